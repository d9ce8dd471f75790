/** Sent by the header launcher to an already loaded search dialog. */
export const OPEN_SEARCH_EVENT = 'dalil:open-search';
