/**
 * Loads the progress display (reader.ts) only for readers who have saved progress: a first visit downloads none of
 * it. It runs on every guide, so it reads storage itself rather than importing the shared helper chunk.
 */
import { PROGRESS_KEY } from '../../lib/storage/keys';

let saved: string | null = null;
try {
  saved = localStorage.getItem(PROGRESS_KEY);
} catch {
  /* storage blocked: nothing to show */
}
if (saved) void import('./reader');
