/** Reading levels of a guide, shown as a badge and offered as a search filter. */
export const LEVELS = ['مبتدئ', 'متوسط', 'متقدم'] as const;
export type Level = (typeof LEVELS)[number];
