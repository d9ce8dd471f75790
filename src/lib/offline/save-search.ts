/**
 * "Make search work offline": which cache each of the search files goes to, and what the reader is told. The
 * list of files (the search page, its scripts, the lexicon and every Pagefind file) is written by the build into
 * `/search/offline-files.json` (scripts/build/service-worker.mjs); src/scripts/offline/save-search.ts stores them.
 */
import { countLabel, type ArabicNoun } from '../format/plural';

export interface OfflineFile {
  url: string;
  bytes: number;
}

/** The cache a file belongs in, as the service worker reads it: pages, search (Pagefind, lexicon) or assets. */
export type OfflineCache = 'pages' | 'search' | 'assets';

export function offlineCacheFor(url: string): OfflineCache | null {
  const pathname = url.split('?')[0]!;
  if (pathname === '/search/') return 'pages';
  if (pathname.startsWith('/pagefind/') || pathname === '/search/lexicon.json') return 'search';
  if (pathname.startsWith('/_astro/')) return 'assets';
  return null;
}

/** The build's list, read loosely: anything that is not a same-site file with a size is left out. */
export function readFileList(data: unknown): OfflineFile[] | null {
  const files = (data as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return null;
  return files.filter(
    (f): f is OfflineFile =>
      typeof f?.url === 'string' &&
      f.url.startsWith('/') &&
      !f.url.startsWith('//') &&
      offlineCacheFor(f.url) !== null &&
      Number.isFinite(f.bytes) &&
      f.bytes >= 0,
  );
}

export interface SaveSearchOutcome {
  /** Files on this device once done (stored now or before). */
  stored: number;
  /** Their size in bytes. */
  bytes: number;
  /** Files that could not be stored. */
  failed: number;
}

const FILES: ArabicNoun = { one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا', other: 'ملف' };

/**
 * Kilobytes, rounded, never 0 for something stored; plain Latin digits like the rest of the site's counts (the
 * number formatter would split a shared chunk off the tools' bundles for this one message).
 */
export const kilobytes = (bytes: number): string => `${bytes > 0 ? Math.max(1, Math.round(bytes / 1024)) : 0} كيلوبايت`;

export const SAVE_SEARCH_COPY = {
  saving: (done: number, total: number) => `نحفظ البحث… ${done} من ${total}`,
  noList: 'لم نستطع جلب قائمة ملفات البحث: يبدو أنك غير متصل. اتصل بالإنترنت ثم اضغط مرة أخرى.',
  noStorage: 'لا يسمح هذا المتصفح بحفظ الملفات للقراءة دون اتصال (ربما لأنه في وضع التصفح الخاص).',
} as const;

/** What the reader sees when saving ends: what is stored and its size, or what is missing and what to do. */
export function searchSavedMessage({ stored, bytes, failed }: SaveSearchOutcome): string {
  if (failed)
    return `بقي ${countLabel(failed, FILES)} من ملفات البحث دون حفظ (انقطع الاتصال أو امتلأت مساحة المتصفح). ما حُفظ باقٍ على جهازك (${countLabel(stored, FILES)}، ${kilobytes(bytes)})؛ اضغط مرة أخرى لإكمال الباقي.`;
  return `البحث يعمل الآن دون اتصال في كل صفحات الدليل: حُفظ على جهازك ${countLabel(stored, FILES)} (${kilobytes(bytes)}).`;
}
