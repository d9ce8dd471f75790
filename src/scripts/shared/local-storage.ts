/**
 * The one guarded read of `localStorage` for pages, islands and scripts: with cookies blocked even touching
 * `localStorage` throws, and a page must then work as if nothing were saved.
 */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
