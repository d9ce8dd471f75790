/**
 * Recall set for the Arabic site search.
 *
 * Each entry is a query as an Arabic reader new to freelancing would type it,
 * with 1–3 URLs whose *topic* is the query (chosen by reading the content, not
 * by what the engine currently returns). A query passes when ANY expected URL
 * is among the top 5 results.
 *
 * URL forms: /guides/<id>/, /stories/<id>/, /checklists/<id>/, /tools/pricing/,
 * /tools/goals/, /tools/platforms/, /path/, and /glossary/<letter>/#term-<id> (one
 * result per glossary term).
 *
 * `note` starts with the category tag(s) joined by "+", then an optional
 * "—" explanation. Tags: hamza, taa-marbuta, alef-maqsura, tashkeel, tatweel,
 * prefix, no-article, suffix, synonym, stopwords, name, platform, glossary,
 * tool, latin, checklist, path. Any query whose match depends on a synonym
 * (glossary `variants` or a colloquial/transliterated word absent from the page
 * text) carries the `synonym` tag.
 */
export interface RecallQuery {
  query: string;
  expect: string[];
  note?: string;
}

export const RECALL_QUERIES: RecallQuery[] = [
  // ── hamza / alef variants (أ إ آ ا، ئ ىء) ────────────────────────────────
  {
    query: 'اسعار',
    expect: ['/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'hamza+suffix — أسعار typed without hamza; plural of سعر',
  },
  {
    query: 'الاهداف',
    expect: ['/guides/setting-goals/', '/tools/goals/'],
    note: 'hamza — الأهداف without hamza',
  },
  {
    query: 'انواع العمل عبر الانترنت',
    expect: ['/guides/kinds-of-online-work/'],
    note: 'hamza — أنواع / الإنترنت without hamza',
  },
  {
    query: 'إستثمار',
    expect: ['/guides/passive-income-and-investing/', '/glossary/alif/#term-investing'],
    note: 'hamza+no-article — common misspelling with إ (correct: استثمار)',
  },
  {
    query: 'اخلاقيات العمل',
    expect: ['/glossary/alif/#term-work-ethics', '/guides/before-you-start/'],
    note: 'hamza — أخلاقيات without hamza',
  },
  {
    query: 'اراء العملاء',
    expect: ['/glossary/ta/#term-reviews-and-reputation', '/stories/jaber-hadboun/'],
    note: 'hamza — آراء typed with bare alef (آ→ا)',
  },
  {
    query: 'موطيء قدم',
    expect: ['/glossary/ta/#term-foot-in-the-door', '/guides/write-a-proposal/'],
    note: 'hamza — موطئ typed as يء (content has موطئ and موطىء)',
  },
  {
    query: 'اكسس',
    expect: ['/stories/mustafa-al-ashi/'],
    note: 'hamza+name — أكسس (Access) without hamza',
  },

  // ── taa marbuta vs ha (ة/ه) ───────────────────────────────────────────────
  {
    query: 'خدمه مصغره',
    expect: [
      '/glossary/kha/#term-microservice',
      '/guides/how-marketplaces-work/',
      '/guides/why-microservices-stagnate/',
    ],
    note: 'taa-marbuta — خدمة مصغرة typed with ه',
  },
  {
    query: 'العموله',
    expect: ['/glossary/ayn/#term-platform-fee', '/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'taa-marbuta — العمولة typed with ه',
  },
  {
    query: 'الحريه الماليه',
    expect: ['/guides/passive-income-and-investing/', '/glossary/hha/#term-financial-freedom'],
    note: 'taa-marbuta — الحرية المالية typed with ه',
  },
  {
    query: 'قائمه المراجعه الاسبوعيه',
    expect: ['/checklists/weekly-review-checklist/'],
    note: 'taa-marbuta+hamza+checklist — ة→ه and الأسبوعية without hamza',
  },

  // ── alef maqsura vs ya (ى/ي) ──────────────────────────────────────────────
  {
    query: 'مصطفي العشي',
    expect: ['/stories/mustafa-al-ashi/'],
    note: 'alef-maqsura+name — مصطفى typed with ي',
  },
  {
    query: 'متي اترك وظيفتي',
    expect: ['/guides/from-side-to-main-income/'],
    note: 'alef-maqsura+hamza+stopwords — متى typed with ي, أترك without hamza',
  },
  {
    query: 'عميلى الاول',
    expect: ['/guides/find-your-first-client/', '/checklists/first-client-checklist/'],
    note: 'alef-maqsura+hamza — Egyptian-style final ي typed as ى (عميلي→عميلى), الأول without hamza',
  },
  {
    query: 'الهدف السنوى',
    expect: ['/guides/setting-goals/', '/tools/goals/'],
    note: 'alef-maqsura — السنوي typed with ى',
  },

  // ── tashkeel (diacritics) ────────────────────────────────────────────────
  {
    query: 'التَّسْعِير',
    expect: ['/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'tashkeel — shadda + sukun + kasra',
  },
  {
    query: 'العَمَل الحُرّ',
    expect: ['/guides/what-is-online-work/', '/glossary/ayn/#term-freelancing'],
    note: 'tashkeel — fatha/damma/shadda',
  },
  {
    query: 'مَعْرِض الأَعْمَال',
    expect: ['/glossary/mim/#term-portfolio', '/guides/build-your-profile/'],
    note: 'tashkeel+glossary',
  },
  {
    query: 'خِطَابُ التَّقْدِيمِ',
    expect: ['/guides/cover-letter/', '/checklists/cover-letter-checklist/'],
    note: 'tashkeel — full case endings',
  },
  {
    query: 'الدَّخْل السَّلْبِيّ',
    expect: ['/guides/passive-income-and-investing/', '/glossary/dal/#term-passive-income'],
    note: 'tashkeel',
  },

  // ── tatweel (kashida) ────────────────────────────────────────────────────
  {
    query: 'تسعـــير',
    expect: ['/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'tatweel+no-article',
  },
  {
    query: 'العمـــولة',
    expect: ['/glossary/ayn/#term-platform-fee', '/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'tatweel',
  },
  {
    query: 'التسويـــق الشخصـــي',
    expect: ['/guides/personal-marketing/', '/glossary/ta/#term-personal-marketing'],
    note: 'tatweel',
  },

  // ── attached prefixes و ف ب ل ال ──────────────────────────────────────────
  {
    query: 'بالتسعير',
    expect: ['/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'prefix — بـ + ال',
  },
  {
    query: 'وللعملاء',
    expect: ['/guides/clients-as-friends/', '/checklists/client-relationship-checklist/', '/glossary/ayn/#term-client'],
    note: 'prefix — و + لـ + ال (ل+ال→لل) on the plural عملاء',
  },
  {
    query: 'فالعرض',
    expect: ['/guides/write-a-proposal/', '/checklists/proposal-checklist/', '/glossary/ayn/#term-proposal'],
    note: 'prefix — فـ + ال',
  },
  {
    query: 'بالساعة',
    expect: ['/glossary/alif/#term-hourly-rate', '/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'prefix — بـ + ال',
  },
  {
    query: 'بخمسات',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'prefix+platform — بـ on a proper noun',
  },
  {
    query: 'والتخصص',
    expect: ['/guides/personal-marketing/', '/glossary/ta/#term-specialization'],
    note: 'prefix — و + ال',
  },
  {
    query: 'لعميلك الاول',
    expect: ['/guides/find-your-first-client/', '/checklists/first-client-checklist/'],
    note: 'prefix+suffix+hamza — لـ + عميل + ك',
  },

  // ── without the definite article ─────────────────────────────────────────
  {
    query: 'ملف شخصي',
    expect: ['/guides/build-your-profile/', '/checklists/profile-checklist/', '/glossary/mim/#term-profile'],
    note: 'no-article — content says الملف الشخصي',
  },
  {
    query: 'دخل سلبي',
    expect: ['/guides/passive-income-and-investing/', '/glossary/dal/#term-passive-income'],
    note: 'no-article — content says الدخل السلبي',
  },
  {
    query: 'تسويق شخصي',
    expect: ['/guides/personal-marketing/', '/glossary/ta/#term-personal-marketing'],
    note: 'no-article',
  },

  // ── suffixes / plurals ───────────────────────────────────────────────────
  {
    query: 'عروض',
    expect: ['/guides/write-a-proposal/', '/checklists/proposal-checklist/', '/glossary/ayn/#term-proposal'],
    note: 'suffix — broken plural of عرض',
  },
  {
    query: 'عملائي',
    expect: [
      '/guides/clients-as-friends/',
      '/checklists/client-relationship-checklist/',
      '/guides/find-your-first-client/',
    ],
    note: 'suffix — plural + possessive ي',
  },
  {
    query: 'أسعاري',
    expect: ['/guides/pricing-your-work/', '/tools/pricing/'],
    note: 'suffix — plural + possessive ي',
  },
  {
    query: 'مدونات',
    expect: ['/guides/passive-income-and-investing/', '/guides/kinds-of-online-work/'],
    note: 'suffix+no-article — sound feminine plural of مدونة',
  },
  {
    query: 'أهدافي',
    expect: ['/guides/setting-goals/', '/tools/goals/'],
    note: 'suffix — plural + possessive ي',
  },
  {
    query: 'منصات',
    expect: ['/guides/how-marketplaces-work/', '/tools/platforms/'],
    note: 'suffix+no-article — plural of منصة',
  },
  {
    query: 'زملائي',
    expect: ['/guides/peers-and-loneliness/', '/glossary/zay/#term-peers'],
    note: 'suffix — plural + possessive ي',
  },

  // ── synonyms (glossary variants, colloquial, transliterations) ───────────
  {
    query: 'فريلانسر',
    expect: ['/glossary/mim/#term-freelancer', '/guides/what-is-online-work/'],
    note: 'synonym — فريلانسر = مستقل (glossary variant only)',
  },
  {
    query: 'فريلانس',
    expect: ['/guides/what-is-online-work/', '/glossary/ayn/#term-freelancing'],
    note: 'synonym — فريلانس = العمل الحر',
  },
  {
    query: 'العمل المستقل',
    expect: ['/guides/what-is-online-work/', '/glossary/ayn/#term-freelancing'],
    note: 'synonym — العمل المستقل = العمل الحر',
  },
  {
    query: 'شغل اون لاين',
    expect: ['/guides/kinds-of-online-work/', '/guides/what-is-online-work/'],
    note: 'synonym+hamza — اون لاين = عبر الإنترنت, شغل = عمل (colloquial)',
  },
  {
    query: 'العمل أونلاين',
    expect: ['/guides/what-is-online-work/', '/guides/kinds-of-online-work/'],
    note: 'synonym — أونلاين = عبر الإنترنت',
  },
  {
    query: 'الربح من الانترنت',
    expect: ['/guides/what-is-online-work/', '/guides/kinds-of-online-work/'],
    note: 'synonym+hamza — glossary variant of عبر الإنترنت; الإنترنت without hamza',
  },
  {
    query: 'العمل من المنزل',
    expect: [
      '/glossary/ayn/#term-remote-work',
      '/guides/what-is-online-work/',
      '/guides/hiring-freelancers-for-business/',
    ],
    note: 'synonym — المنزل only appears as a variant; guides say البيت / العمل عن بعد',
  },
  {
    query: 'بورتفوليو',
    expect: ['/glossary/mim/#term-portfolio', '/guides/build-your-profile/'],
    note: 'synonym — transliteration of portfolio = معرض الأعمال',
  },
  {
    query: 'بروفايل',
    expect: ['/guides/build-your-profile/', '/checklists/profile-checklist/', '/glossary/mim/#term-profile'],
    note: 'synonym — transliteration = الملف الشخصي',
  },
  {
    query: 'الزبائن',
    expect: ['/glossary/ayn/#term-client', '/guides/clients-as-friends/', '/guides/find-your-first-client/'],
    note: 'synonym — الزبائن = العملاء',
  },
  {
    query: 'كوفر ليتر',
    expect: ['/guides/cover-letter/', '/glossary/kha/#term-cover-letter'],
    note: 'synonym — transliteration = خطاب التقديم',
  },
  {
    query: 'بروبوزال',
    expect: ['/guides/write-a-proposal/', '/glossary/ayn/#term-proposal'],
    note: 'synonym — transliteration = العرض',
  },
  {
    query: 'الديدلاين',
    expect: ['/glossary/mim/#term-deadline', '/stories/ahmed-al-hadi/', '/guides/personal-marketing/'],
    note: 'synonym — الديدلاين = موعد التسليم / المواعيد',
  },
  {
    query: 'الدفع الآمن',
    expect: ['/glossary/hha/#term-escrow', '/guides/how-marketplaces-work/'],
    note: 'synonym+hamza — الدفع الآمن = حماية الدفع',
  },
  {
    query: 'دخل اضافي',
    expect: ['/guides/from-side-to-main-income/', '/glossary/dal/#term-side-income'],
    note: 'synonym+hamza — دخل إضافي = الدخل الجانبي',
  },
  {
    query: 'التسويق الرقمي',
    expect: ['/glossary/ta/#term-online-marketing', '/guides/why-microservices-stagnate/'],
    note: 'synonym — = التسويق الإلكتروني',
  },

  // ── question-style queries full of very common words ─────────────────────
  {
    query: 'كيف أجد عميلي الأول',
    expect: ['/guides/find-your-first-client/', '/checklists/first-client-checklist/'],
    note: 'stopwords+suffix — عميلي vs عميلك',
  },
  {
    query: 'ما هو العمل الحر',
    expect: ['/guides/what-is-online-work/', '/glossary/ayn/#term-freelancing'],
    note: 'stopwords',
  },
  {
    query: 'كم أطلب في الساعة',
    expect: ['/tools/pricing/', '/guides/pricing-your-work/', '/glossary/alif/#term-hourly-rate'],
    note: 'stopwords',
  },
  {
    query: 'كيف اكتب عرض للعميل',
    expect: ['/guides/write-a-proposal/', '/checklists/proposal-checklist/'],
    note: 'stopwords+hamza+prefix — أكتب without hamza, للعميل',
  },
  {
    query: 'لماذا لا يشتري أحد خدمتي',
    expect: ['/guides/why-microservices-stagnate/', '/guides/first-project-patience/'],
    note: 'stopwords+suffix — topic is stagnation/no orders (content: لا يشتريها أحد)',
  },
  {
    query: 'هل العمل عبر الإنترنت حقيقي',
    expect: ['/guides/what-is-online-work/'],
    note: 'stopwords',
  },
  {
    query: 'من أين أبدأ',
    expect: ['/guides/before-you-start/', '/guides/kinds-of-online-work/', '/path/'],
    note: 'stopwords+path — only very common words',
  },
  {
    query: 'كيف اختار مجالي',
    expect: ['/guides/kinds-of-online-work/'],
    note: 'stopwords+hamza+suffix — أختار without hamza, مجال + ي',
  },
  {
    query: 'ماذا أفعل وأنا أنتظر أول مشروع',
    expect: ['/guides/first-project-patience/'],
    note: 'stopwords+prefix — وأنا',
  },

  // ── seller names from stories (with spelling variants) ───────────────────
  {
    query: 'جابر حدبون',
    expect: ['/stories/jaber-hadboun/'],
    note: 'name',
  },
  {
    query: 'عبدالحفيظ شراير',
    expect: ['/stories/abdelhafid-chrayer/'],
    note: 'name — عبد الحفيظ written joined',
  },
  {
    query: 'احمد الهادي',
    expect: ['/stories/ahmed-al-hadi/'],
    note: 'name+hamza — أحمد without hamza',
  },
  {
    query: 'أحمد احمد',
    expect: ['/stories/ahmed-ahmed/'],
    note: 'name+hamza — mixed hamza',
  },
  {
    query: 'يوسف محمود',
    expect: ['/stories/youssef-mahmoud/'],
    note: 'name',
  },
  {
    query: 'مصنع يطلب منه ثماني سنوات',
    expect: ['/stories/factory-clients-eight-years/', '/guides/clients-as-friends/'],
    note: 'name — the unnamed seller story, by its subject (one factory, eight years)',
  },

  // ── platform names ───────────────────────────────────────────────────────
  {
    query: 'خمسات',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'platform',
  },
  {
    query: 'منصة مستقل',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'platform — مستقل is also the word for freelancer',
  },
  {
    query: 'كفيل',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'platform',
  },
  {
    query: 'مقارنة المنصات',
    expect: ['/tools/platforms/'],
    note: 'platform+tool',
  },

  // ── glossary terms ───────────────────────────────────────────────────────
  {
    query: 'عمولة',
    expect: ['/glossary/ayn/#term-platform-fee', '/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'glossary+no-article',
  },
  {
    query: 'معرض أعمال',
    expect: ['/glossary/mim/#term-portfolio', '/guides/build-your-profile/'],
    note: 'glossary+no-article',
  },
  {
    query: 'حماية الدفع',
    expect: ['/glossary/hha/#term-escrow', '/guides/how-marketplaces-work/'],
    note: 'glossary',
  },
  {
    query: 'أجر الاحتفاظ',
    expect: ['/glossary/alif/#term-retainer', '/guides/pricing-your-work/'],
    note: 'glossary',
  },
  {
    query: 'التسعير بالقيمة',
    expect: ['/glossary/ta/#term-value-based-pricing', '/guides/pricing-your-work/'],
    note: 'glossary+prefix',
  },
  {
    query: 'العميل المستهدف',
    expect: ['/glossary/ayn/#term-target-client', '/guides/find-your-first-client/'],
    note: 'glossary',
  },
  {
    query: 'نسبة قبول العروض',
    expect: [
      '/glossary/mim/#term-proposal-acceptance-rate',
      '/guides/setting-goals/',
      '/checklists/weekly-review-checklist/',
    ],
    note: 'glossary+synonym — variant of معدل قبول العروض',
  },
  {
    query: 'التعليق الصوتي',
    expect: ['/glossary/ta/#term-voice-over', '/guides/kinds-of-online-work/', '/stories/ahmed-ahmed/'],
    note: 'glossary',
  },
  {
    query: 'تعريب قوالب',
    expect: ['/glossary/ta/#term-localization', '/stories/abdelhafid-chrayer/'],
    note: 'glossary+suffix — plural قوالب',
  },

  // ── the tools and the learning path ──────────────────────────────────────
  {
    query: 'حاسبة السعر',
    expect: ['/tools/pricing/'],
    note: 'tool — page is titled حاسبة التسعير',
  },
  {
    query: 'حاسبه اجر الساعه',
    expect: ['/tools/pricing/'],
    note: 'tool+taa-marbuta+hamza',
  },
  {
    query: 'خطة أهداف',
    expect: ['/tools/goals/', '/guides/setting-goals/'],
    note: 'tool+no-article — page is titled مخطط الأهداف',
  },
  {
    query: 'مخطط الاهداف',
    expect: ['/tools/goals/'],
    note: 'tool+hamza',
  },
  {
    query: 'مسار التعلم',
    expect: ['/path/'],
    note: 'path',
  },

  // ── checklists ───────────────────────────────────────────────────────────
  {
    query: 'قائمة مراجعة الملف الشخصي',
    expect: ['/checklists/profile-checklist/'],
    note: 'checklist',
  },
  {
    query: 'قبل ان ابدا',
    expect: ['/guides/before-you-start/', '/checklists/before-you-start-checklist/'],
    note: 'checklist+hamza+stopwords — أن / أبدأ without hamza',
  },

  // ── English / Latin queries present in the content ───────────────────────
  {
    query: 'freelancer',
    expect: ['/glossary/mim/#term-freelancer', '/guides/what-is-online-work/'],
    note: 'latin — glossary english field',
  },
  {
    query: 'portfolio',
    expect: ['/glossary/mim/#term-portfolio', '/guides/build-your-profile/'],
    note: 'latin — glossary english field',
  },
  {
    query: 'WordPress',
    expect: ['/stories/abdelhafid-chrayer/'],
    note: 'latin',
  },
  {
    query: 'seo',
    expect: ['/glossary/ta/#term-seo', '/guides/kinds-of-online-work/'],
    note: 'latin — lowercase of SEO',
  },
  {
    query: 'khamsat',
    expect: ['/tools/platforms/'],
    note: 'latin+platform — nameLatin on the comparison page',
  },
  {
    query: 'paypal',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'latin+platform — payment methods',
  },
  {
    query: 'Mostaql',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'latin+platform+synonym — the Latin name widened to «منصة مستقل», never to the bare word for freelancer',
  },
  {
    query: 'موقع كفيل',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'platform+synonym',
  },
  {
    query: 'العميل يطلب تعديلات كثيرة',
    expect: ['/guides/delivering-work/', '/glossary/ta/#term-revisions', '/checklists/delivery-checklist/'],
    note: 'glossary — delivery and revisions',
  },
  {
    query: 'الغاء الطلب',
    expect: ['/glossary/alif/#term-cancellation', '/guides/delivering-work/'],
    note: 'glossary+hamza',
  },
  {
    query: 'نزاع مع العميل',
    expect: ['/glossary/nun/#term-dispute', '/guides/delivering-work/'],
    note: 'glossary',
  },
  {
    query: 'نطاق العمل',
    expect: ['/glossary/nun/#term-scope', '/guides/delivering-work/'],
    note: 'glossary',
  },
  // ── getting paid ───────────────────────────────────────────────────────────
  {
    query: 'كيف اسحب ارباحي',
    expect: ['/guides/getting-paid/', '/glossary/sin/#term-withdrawal'],
    note: 'hamza+suffix+synonym — withdrawal',
  },
  {
    query: 'بايبال في الجزائر',
    expect: ['/guides/getting-paid/'],
    note: 'synonym+name — PayPal in Arabic script, a country in the payout table',
  },
  {
    query: 'باي بال',
    expect: ['/glossary/ba/#term-paypal', '/guides/getting-paid/'],
    note: 'synonym+glossary — PayPal written as two words',
  },
  {
    query: 'payoneer',
    expect: ['/guides/getting-paid/', '/glossary/ba/#term-payoneer'],
    note: 'latin+glossary',
  },
  {
    query: 'الرصيد المعلق',
    expect: ['/guides/getting-paid/', '/glossary/ra/#term-pending-balance'],
    note: 'glossary',
  },
  {
    query: 'توثيق الحساب',
    expect: ['/guides/getting-paid/', '/glossary/ta/#term-account-verification'],
    note: 'glossary',
  },
  {
    query: 'سعر الصرف',
    expect: ['/guides/getting-paid/', '/glossary/sin/#term-exchange-rate'],
    note: 'glossary',
  },
  // ── scams ─────────────────────────────────────────────────────────────────
  {
    query: 'نصب',
    expect: ['/guides/avoid-scams/', '/glossary/alif/#term-scam'],
    note: 'synonym — everyday word for scam',
  },
  {
    query: 'عميل يطلب مني دفع رسوم',
    expect: ['/guides/avoid-scams/', '/checklists/scam-red-flags/'],
    note: 'stopwords+synonym — the first trick of the scams guide',
  },
  {
    query: 'علامات الاحتيال',
    expect: ['/checklists/scam-red-flags/', '/guides/avoid-scams/'],
    note: 'checklist',
  },
  {
    query: 'سرقة حسابي',
    expect: ['/guides/avoid-scams/', '/glossary/ta/#term-phishing'],
    note: 'suffix+synonym — phishing',
  },
  // ── global platforms ──────────────────────────────────────────────────────
  {
    query: 'upwork',
    expect: ['/guides/global-platforms/', '/tools/platforms/'],
    note: 'latin+platform',
  },
  {
    query: 'فايفر',
    expect: ['/guides/global-platforms/', '/tools/platforms/'],
    note: 'platform+name — Fiverr in Arabic script',
  },
  {
    query: 'ابورك',
    expect: ['/guides/global-platforms/', '/tools/platforms/'],
    note: 'synonym+platform — Upwork written as one Arabic word',
  },
  {
    query: 'منصات اجنبية',
    expect: ['/guides/global-platforms/'],
    note: 'hamza+synonym — foreign platforms',
  },
  {
    query: 'ملف شخصي بالانجليزية',
    expect: ['/guides/global-platforms/'],
    note: 'hamza+prefix — an English profile',
  },
  // ── taxes and legal status ────────────────────────────────────────────────
  {
    query: 'ضرائب العمل الحر',
    expect: ['/guides/taxes-and-legal-status/', '/glossary/dad/#term-tax'],
    note: 'glossary+synonym — plural of ضريبة',
  },
  {
    query: 'هل ادفع ضريبة على دخلي من الانترنت',
    expect: ['/guides/taxes-and-legal-status/'],
    note: 'hamza+stopwords+suffix — a long question',
  },
  {
    query: 'سجل تجاري',
    expect: ['/guides/taxes-and-legal-status/'],
    note: 'no-article — registering the activity',
  },
  // ── first service, first proposal, learning a skill ───────────────────────
  {
    query: 'اضافة خدمة على خمسات',
    expect: ['/guides/first-khamsat-service/'],
    note: 'hamza+platform — the service form, إضافة without hamza',
  },
  {
    query: 'كيف اكتب وصف خدمتي',
    expect: ['/guides/first-khamsat-service/'],
    note: 'hamza+suffix+stopwords — the description field',
  },
  {
    query: 'تعليمات المشتري',
    expect: ['/guides/first-khamsat-service/'],
    note: 'no-article — a field of the service form',
  },
  {
    query: 'تقديم عرض على مستقل',
    expect: ['/guides/first-mostaql-proposal/', '/guides/write-a-proposal/'],
    note: 'platform+stopwords — the proposal form',
  },
  {
    query: 'كم يصلني من قيمة العرض',
    expect: ['/guides/first-mostaql-proposal/'],
    note: 'suffix+stopwords — the amount field and what is left after the fee',
  },
  {
    query: 'اي مهارة اتعلم',
    expect: ['/guides/learn-a-skill/'],
    note: 'hamza — choosing a skill to learn',
  },
  {
    query: 'نماذج تدريبية',
    expect: ['/guides/learn-a-skill/'],
    note: 'taa-marbuta — practice samples before the first client',
  },
  {
    query: 'دورات تعليم مهارات',
    expect: ['/guides/learn-a-skill/'],
    note: 'taa-marbuta+no-article — where to learn',
  },
  // ── new checklists ────────────────────────────────────────────────────────
  {
    query: 'التحقق بخطوتين',
    expect: ['/checklists/platform-account-setup/'],
    note: 'checklist+prefix — two-factor sign-in',
  },
  {
    query: 'سحب تجريبي',
    expect: ['/checklists/withdrawal-setup/'],
    note: 'checklist+no-article — a small test withdrawal',
  },
  {
    query: 'تسعير خدمتي الاولى',
    expect: ['/checklists/first-service-pricing/', '/guides/first-khamsat-service/'],
    note: 'checklist+hamza+suffix',
  },
  {
    query: 'كورسات',
    expect: ['/guides/learn-a-skill/', '/guides/avoid-scams/'],
    note: 'synonym — the everyday word for courses: where to learn, or the «earn online» courses to avoid',
  },
  {
    query: 'المصادقة الثنائية',
    expect: ['/glossary/#term-two-factor-authentication', '/checklists/platform-account-setup/'],
    note: 'glossary+synonym — two-factor sign-in by another name',
  },
];
