/**
 * A part of a page loaded on use: every call shares one download, and a failed download (offline, a deploy that
 * removed the file) is forgotten, so the next call tries again instead of failing forever.
 */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
