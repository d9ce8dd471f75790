/** What search tells a reader who is offline. */
export const OFFLINE_COPY = {
  /** On a result whose page is not on this device: opening it now would show the offline page. */
  notSaved: 'غير محفوظة للقراءة دون اتصال',
  /** Added to the results count when some results carry that label. */
  someNotSaved: 'النتائج المعلَّمة «غير محفوظة» تفتح حين تتصل بالإنترنت.',
  /** Enter in the header dialog, offline, where this browser cannot open the search page. */
  /** Offline, before the reader has ever searched on this device: nothing of search is stored yet. */
  searchNotSaved:
    'أنت غير متصل، ولم يُحفظ البحث على هذا الجهاز بعد. حين تتصل، ابحث مرة، أو اضغط «اجعل البحث يعمل دون اتصال» في أسفل صفحة البحث ليعمل البحث في كل شيء.',
  searchPageNotSaved: 'صفحة البحث الكاملة غير محفوظة على هذا الجهاز فلن تفتح دون اتصال؛ اختر من النتائج هنا.',
} as const;

/** "Did you mean", when a search finds nothing and the index holds a close word. */
export const SUGGEST_COPY = {
  /** Before the suggested query, which follows as a link and then «؟». */
  lead: 'هل تقصد ',
  /** Announced with the "no results" status. */
  status: (typed: string, suggested: string) => `لا نتائج لـ«${typed}». هل تقصد «${suggested}»؟`,
} as const;
