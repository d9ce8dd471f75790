/**
 * The calculator's Arabic copy (labels, hints, notes on each payment model). Rendered by the page and passed to
 * the island as props, so these words travel in the HTML instead of the JavaScript bundle. The field messages and
 * currency names both tools use are in forms/messages.ts and format/currency-names.ts.
 */
import type { FieldId } from './form';
import type { PlausibilityHint } from './plausibility';

/** Tab ids of the calculator, one per payment model plus the microservice and price-ladder views. */
export type TabId = 'hourly' | 'compare' | 'project' | 'incentive' | 'retainer' | 'value' | 'micro' | 'ladder';

export const FIELD_COPY: Record<FieldId, { label: string; hint: string }> = {
  target: { label: 'الدخل الصافي الذي تريده كل شهر', hint: 'ما تريد أن يبقى لك بعد الضريبة والمصاريف والعمولة.' },
  expenses: { label: 'مصاريف العمل الشهرية', hint: 'الإنترنت والبرامج والأجهزة وكل ما تدفعه لتعمل.' },
  tax: { label: 'نسبة الضريبة على دخلك', hint: 'اكتب 0 إن لم تدفع ضريبة دخل في بلدك.' },
  fee: { label: 'عمولة المنصة', hint: 'ما تقتطعه المنصة من كل دفعة؛ اختر منصة أعلاه أو اكتب النسبة.' },
  hours: { label: 'الساعات المدفوعة في الأسبوع', hint: 'ساعات العمل للعملاء فقط، دون وقت البحث عن العمل والتواصل.' },
  weeksOff: { label: 'أسابيع بلا عمل في السنة', hint: 'الإجازات والمرض والأسابيع الهادئة.' },
  days: { label: 'أيام العمل في الأسبوع', hint: 'لحساب أجر اليوم الواحد.' },
  servicePrice: { label: 'سعر الخدمة المصغرة', hint: 'السعر المعروض للمشتري على المنصة.' },
  minutes: { label: 'الوقت الذي يستغرقه الطلب الواحد', hint: 'بالدقائق، مع التواصل والتعديلات.' },
  projectHours: { label: 'ساعات المشروع المتوقعة', hint: 'قدّرها بصدق؛ التقدير الأول يكون أقل من الواقع غالبًا.' },
  contingency: { label: 'هامش الطوارئ', hint: 'للتعديلات وسوء الفهم وما لا تتوقعه.' },
  retainerHours: { label: 'الساعات المحجوزة للعميل كل شهر', hint: 'ما يدفعه العميل مقدمًا ليضمن وصوله إليك.' },
  retainerPremium: { label: 'علاوة الجاهزية', hint: 'زيادة مقابل أن تكون متاحًا له في أي وقت.' },
  clientGain: { label: 'ما يكسبه العميل أو يوفره بفضل عملك', hint: 'في السنة الأولى مثلًا؛ اتفقا على طريقة قياسه.' },
  share: { label: 'نصيبك من هذه القيمة', hint: 'نسبة متفق عليها تترك للعميل ربحًا واضحًا.' },
  bonus: { label: 'الحافز إن تحقق الهدف المتفق عليه', hint: 'نسبة تضاف إلى سعر المشروع حين يبلغ العمل نتيجة محددة.' },
  ladderStart: { label: 'سعر البداية', hint: 'سعر منخفض يجلب أول الطلبات والتقييمات.' },
  ladderTarget: { label: 'السعر الذي تستحقه', hint: 'السعر الذي تريد الوصول إليه.' },
  ladderStep: { label: 'الزيادة في كل خطوة', hint: 'نسبة رفع السعر بعد كل مجموعة طلبات.' },
  ladderOrders: { label: 'عدد الطلبات قبل كل زيادة', hint: 'كم طلبًا تنجز بالسعر نفسه قبل أن ترفعه.' },
  compareAmount: {
    label: 'المبلغ الذي تقارن به',
    hint: 'سعر خدمة أو مشروع: كم يبقى لك منه، وكم تطلب ليصلك هو نفسه.',
  },
  withdrawPercent: {
    label: 'نسبة تضيع عند السحب',
    hint: 'رسوم التحويل وفرق سعر الصرف في طريقة سحبك؛ اسأل عنها مزوّد الخدمة.',
  },
  withdrawFixed: {
    label: 'رسم ثابت لكل عملية سحب',
    hint: 'بعملتك؛ الجدول يفترض أنك تسحب هذا المبلغ كله مرة واحدة.',
  },
};

/** When each model fits, honestly. */
export const TAB_NOTES: Record<TabId, string> = {
  hourly:
    'الأجر بالساعة يطمئن العميل لأنه يستطيع إيقاف العمل والدفع متى شاء، ويناسب الأعمال التي يصعب تقدير حجمها. عيبه أنه لا يكافئك حين تصبح أسرع.',
  project:
    'السعر الثابت يناسب عملًا واضح الحدود. إن قللت تقدير الساعات دفعت الفرق من وقتك، لذلك اكتب نطاق العمل وعدد التعديلات في العرض.',
  incentive:
    'الحافز لا يصلح وحده، بل يضاف إلى طريقة أخرى حين يمكن قياس النتيجة بوضوح (مبيعات، زيارات). اتفقا مكتوبًا على الهدف وطريقة قياسه.',
  retainer:
    'أجر الاحتفاظ يناسب عميلًا يحتاجك باستمرار ويريد أن يصل إليك في أي وقت. احسب الساعات المحجوزة بواقعية، واتفق على ما يحدث للساعات غير المستعملة.',
  value: 'التسعير بالقيمة يناسب عملًا يمكن قياس أثره على أرباح العميل، ويحتاج ثقة وخبرة. لا تبدأ به مع عميلك الأول.',
  micro:
    'في الخدمات المصغرة تقتطع المنصة عمولتها من كل طلب، والخدمة الرخيصة التي تأخذ وقتًا طويلًا تعني أجرًا ضعيفًا في الساعة.',
  compare:
    'العمولات هنا من بيانات المنصات في الموقع، وأغلبها لم نتحقق منه في مواقع المنصات بعد: راجع صفحة الرسوم في المنصة قبل أن تعتمد على الرقم. ولا نعرف بعد رسوم المشتري في أي منصة، فلا يحسبها الجدول.',
  ladder:
    'ابدأ بسعر منخفض لتجمع أول الطلبات والتقييمات، ثم ارفعه خطوة بعد كل مجموعة طلبات، حتى تصل إلى السعر الذي يستحقه عملك.',
};

/** Labels and sentences of the calculator's interface. */
export const UI = {
  toPlanner: 'حوّل هذا الدخل إلى خطة أسبوعية بمخطط الأهداف',
  explainRate:
    'لكي يبقى لك {net} كل شهر، اطلب {hourly} في الساعة على الأقل، أي {daily} في اليوم، وهذا {monthly} يدفعها عملاؤك كل شهر. من كل {hundred} يدفعها العميل تذهب {fee} إلى المنصة، و{tax} إلى الضريبة، و{expenses} إلى المصاريف، ويبقى لك {kept}. هذا على أساس {hours} ساعة مدفوعة في السنة؛ إن قلّت ساعاتك ارتفع الأجر الذي تحتاجه.',
  loading: 'جارٍ تحميل هذه الحاسبة…',
  tab_hourly: 'بالساعة',
  tab_compare: 'قارن المنصات',
  daysOpen: 'تعدّ إجازتك بالأيام؟ حوّلها إلى أسابيع',
  daysLabel: 'أيام الإجازة والمرض في السنة',
  daysHint: 'كل يوم عمل لا تعمل فيه: الإجازات والأعياد والمرض.',
  daysResult: 'أي {weeks} من أسابيع العمل، بحساب {perWeek} من أيام العمل في الأسبوع.',
  daysUse: 'ضعها في «أسابيع بلا عمل»',
  daysNeedWeek: 'صحّح «أيام العمل في الأسبوع» أولًا: منها نحسب الأسابيع.',
  daysUnit: 'يوم',
  otherWays: 'طرق أخرى للتسعير',
  chooseModel: 'اختر طريقة…',
  compareCaption: 'إن طلبت {amount} فكم يصلك؟ ولكي يصلك {amount} فكم تطلب؟',
  colPlatform: 'أين تعمل وعمولته',
  colKeep: 'يصلك',
  colQuote: 'تطلب',
  unknownFee: 'عمولة غير معروفة',
  needFee: 'لا نعرف عمولتها: اخترها في «المنصة» واكتب عمولتها لتحسب.',
  directRow: 'عميل مباشر',
  fact_fixedPerOrder: 'مبلغ ثابت من كل طلب',
  fact_buyerPercent: 'رسم يدفعه العميل فوق السعر',
  fact_withdrawalPercent: 'نسبة تأخذها المنصة عند السحب',
  fact_withdrawalFixed: 'مبلغ ثابت تأخذه المنصة عند السحب',
  factsUnknown: 'لا نعرفها فلم نحتسبها: {facts}.',
  factsUnknownAll:
    'لم نحتسب في الجدول رسومًا لا نعرفها بعد في أي منصة: {facts}. راجعها في صفحة الرسوم لكل منصة قبل أن تعتمد على هذه الأرقام.',
  factOtherCurrency: 'بعملة المنصة، فلم نحتسبه بعملتك',
  tab_project: 'سعر المشروع',
  tab_incentive: 'الحوافز',
  tab_retainer: 'أجر الاحتفاظ',
  tab_value: 'بالقيمة',
  tab_micro: 'خدمة مصغرة',
  tab_ladder: 'سلّم الأسعار',
  copied: 'نُسخ الرابط. أرسله لمن تريد، وسيفتح الحاسبة بأرقامك نفسها.',
  copyFailed: 'لم نستطع النسخ تلقائيًا. انسخ الرابط من شريط العنوان:',
  stale: 'هذه النتيجة من آخر أرقام صحيحة كتبتها. صحّح الحقل المعلَّم لتتحدث.',
  settings: 'الإعدادات',
  platform: 'المنصة',
  choosePlatform: 'اختر منصة لتعبئة العمولة',
  direct: 'عميل مباشر بلا منصة (0٪)',
  currency: 'العملة',
  digitsLegend: 'الأرقام في النتائج',
  copyButton: 'انسخ رابط هذه النتيجة',
  scenariosOpen: 'احفظ هذه الأرقام باسم، وقارن بين سيناريوهاتك',
  ladderCaption: 'خطة رفع السعر',
  stepCol: 'الخطوة',
  priceCol: 'السعر',
  ordersCol: 'الطلبات',
  latn: 'لاتينية 123',
  arab: 'عربية ١٢٣',
  models: 'طرق الأجر',
  unverified: 'غير مؤكد',
  hourlyRate: 'الأجر بالساعة',
  daily: 'أجر اليوم',
  monthly: 'الإجمالي الشهري',
  yearly: 'الإجمالي السنوي',
  receives: 'يصلك من كل طلب',
  keeps: 'تأخذه المنصة من كل طلب',
  effective: 'أجرك الفعلي في الساعة',
  chartTitle: 'أين تذهب مدفوعات العملاء في السنة',
  net: 'يبقى لك',
  platformTakes: 'تأخذه المنصة',
  taxTakes: 'تأخذه الضريبة',
  expenses: 'المصاريف',
  projectPrice: 'سعر المشروع:',
  projectBase: 'ساعاتك المقدرة تساوي',
  projectAtRate: 'بأجر للساعة قدره',
  projectMargin: 'ويضاف إليها هامش طوارئ',
  incentiveTotal: 'إن تحقق الهدف المتفق عليه يصبح المبلغ',
  incentivePart: 'منها حافز',
  retainer: 'أجر الاحتفاظ الشهري:',
  retainerPremium: 'منها علاوة جاهزية',
  valuePrice: 'سعرك المبني على القيمة:',
  valueVs: 'مقابل',
  valueVsHours: 'لو سعّرت المشروع بالساعات.',
  microEnough: 'هذا السعر يغطي الأجر الذي تحتاجه بالساعة: أقل سعر لهذا الوقت {minimum}.',
  microLow: 'هذا السعر أقل مما يحتاجه وقتك: أقل سعر لهذا الوقت {minimum}. ارفع السعر أو اختصر وقت الطلب.',
  minPrice: 'السعر أقل من الحد الأدنى في',
  fromOrder: 'من الطلب',
  onwards: 'فصاعدًا',
} as const;
export type UiKey = keyof typeof UI;

/** The note under a platform preset, written at build time from the platforms collection. */
export const PRESET_NOTE = {
  known: 'عمولة {name}: {fee}٪{unverified}.',
  unknown: 'لا نعرف عمولة {name}، فاكتبها بنفسك.',
  unverifiedMark: ' (غير مؤكدة)',
  verifiedAt: 'آخر تحقق: {date}.',
  neverVerified: 'لم نتحقق منها في موقع المنصة بعد، فعدّلها إن عرفت الرقم الحالي.',
} as const;

/** Why an allowed figure looks unusual (see plausibility.ts); the result is still computed. */
export const PLAUSIBILITY_COPY: Record<PlausibilityHint, string> = {
  'high-tax': 'نسبة ضريبة فوق 60٪ نادرة جدًا: تأكد أنك كتبت النسبة على دخلك، لا مبلغها.',
  'few-hours':
    'أقل من 5 ساعات مدفوعة في الأسبوع يرفع الأجر الذي تحتاجه كثيرًا: هل هذه ساعاتك للعملاء فعلًا، دون وقت البحث عن العمل؟',
  'many-weeks-off':
    'أكثر من 20 أسبوعًا بلا عمل يعني أقل من ثلثي السنة للعمل. إن كنت تعد الأيام فاقسمها على أيام عملك في الأسبوع.',
};

/**
 * The named scenarios' copy. Unlike the rest, the scenarios part imports it when the reader opens it, so these
 * words cost the page nothing until then. Templates use `{name}` placeholders (fillTemplate).
 */
export const SCENARIO_COPY = {
  title: 'سيناريوهاتك المحفوظة',
  intro:
    'احفظ أرقامك الحالية باسم (مثل «خمسات بالجنيه» أو «عميل مباشر»)، ثم قارن بين اثنين أو ثلاثة منها. تُحفظ في متصفحك وحده، وتجدها في صفحة «بياناتك» حين تنزّل نسخة.',
  nameLabel: 'اسم السيناريو',
  nameHint: 'حتى 80 حرفًا. إن حفظت باسم موجود حدّثنا السيناريو الذي يحمله.',
  save: 'احفظ الأرقام الحالية بهذا الاسم',
  saved: 'حُفظ «{name}».',
  replaced: 'حدّثنا «{name}» بالأرقام الحالية.',
  'name-empty': 'اكتب اسمًا للسيناريو لتجده بين سيناريوهاتك.',
  'name-too-long': 'الاسم أطول من 80 حرفًا. اختصره ثم احفظ.',
  full: 'حفظت 50 سيناريو، وهو أقصى ما نحفظه. احذف واحدًا لا تحتاجه، أو احفظ باسم موجود لتحدّثه.',
  notSaved:
    'لم نستطع الحفظ في هذا المتصفح (التخزين ممتلئ أو معطل أو في وضع التصفح الخاص). أرقامك باقية في الحاسبة وفي رابط الصفحة.',
  readOnly:
    'حفظ إصدار أحدث من الدليل سيناريوهاتك، فنعرضها دون تعديل كي لا نفسدها. أعد تحميل الصفحة لتعمل بالإصدار الأحدث.',
  quarantined: 'وجدنا سيناريوهات محفوظة لا نستطيع قراءتها كلها، فأبقينا ما أمكن قراءته واحتفظنا بنسخة من الأصل.',
  downloadRaw: 'نزّل النسخة الأصلية',
  failed: 'لم نستطع فتح السيناريوهات، وقد يكون الاتصال انقطع. أرقامك في الحاسبة كما هي؛ حاول مرة أخرى.',
  none: 'لم تحفظ أي سيناريو بعد.',
  compare: 'قارن',
  compareHint: 'اختر حتى ثلاثة سيناريوهات لتراها جنبًا إلى جنب.',
  open: 'افتح',
  openLabel: 'افتح «{name}» في الحاسبة',
  opened: 'فتحنا «{name}»: أرقامه الآن في الحاسبة.',
  remove: 'احذف',
  removeLabel: 'احذف «{name}»',
  removed: 'حذفنا «{name}».',
  undo: 'تراجع عن الحذف',
  restored: 'أعدنا «{name}».',
  noPlatform: 'دون منصة',
  direct: 'عميل مباشر',
  tableTitle: 'المقارنة',
  hourly: 'سعر الساعة',
  daily: 'أجر يوم العمل',
  yearly: 'الهدف السنوي بعد العمولة (ما يحمله الرابط إلى مخطط الأهداف)',
  currency: 'العملة',
  platform: 'المنصة',
  invalid: 'في أرقامه حقل لا يُقرأ؛ افتحه لتصححه.',
} as const;
export type ScenarioCopyKey = keyof typeof SCENARIO_COPY;
