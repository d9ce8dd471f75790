/**
 * Loads the progress display (reader.ts) only for readers who have saved progress, so a first visit
 * downloads none of it. reader.ts is bundled on its own and imported by URL (Vite's `?worker&url` in ES
 * format; it never runs as a worker), which keeps Vite's preload helper off content pages.
 */
import readerModule from './reader?worker&url';
import { PROGRESS_KEY } from '../../lib/progress-key';

let saved: string | null = null;
try {
  saved = localStorage.getItem(PROGRESS_KEY);
} catch {
  /* storage blocked: nothing to show */
}
if (saved) void import(/* @vite-ignore */ readerModule);
