/** Where learning-path progress is kept in localStorage (its own module so pages can check for it cheaply). */
export const PROGRESS_KEY = 'dalil:progress';
