/**
 * The goal planner's Arabic copy, rendered by the page and passed to the island as props (like pricing/copy.ts),
 * so the words travel in the HTML rather than in the bundle. Templates use `{name}` placeholders (fillTemplate).
 */
import type { GoalField } from '../storage/documents';
import { UNIT_LABELS } from '../forms/units';

export const GOAL_FIELD_COPY: Record<GoalField, { label: string; hint: string }> = {
  targetYearlyNet: { label: 'الدخل الصافي الذي تريده في السنة', hint: 'ما يصلك بعد عمولة المنصة، من العمل الحر وحده.' },
  averageOrderPrice: { label: 'متوسط سعر الطلب الذي تستهدفه', hint: 'السعر الذي تريد أن تبيع به حين تستقر.' },
  platformFeePercent: { label: 'عمولة المنصة', hint: 'ما تقتطعه المنصة من كل طلب.' },
  acceptancePercent: {
    label: 'نسبة العروض التي تتحول إلى طلبات',
    hint: 'من كل 100 عرض ترسله، كم عميلًا يوافق؟ ابدأ بتقدير متواضع.',
  },
  workingDaysPerWeek: { label: 'أيام العمل في الأسبوع', hint: 'الأيام التي ترسل فيها العروض وتعمل.' },
  weeksOff: {
    label: 'أسابيع بلا عمل في السنة',
    hint: 'الإجازات والمرض والأسابيع الهادئة؛ يتوزع هدف السنة على ما بقي من أسابيع.',
  },
  startPrice: { label: 'سعر البداية', hint: 'سعر منخفض تبدأ به لتجمع أول الطلبات والتقييمات.' },
  raisePercent: { label: 'الزيادة في كل مرة', hint: 'بكم ترفع السعر كلما حان موعد الزيادة.' },
  raiseEveryMonths: { label: 'ترفع السعر كل', hint: 'عدد الأشهر بين زيادة وأخرى.' },
  monthlyCapacity: { label: 'أقصى عدد طلبات تنجزه في الشهر', hint: 'بجودة تحافظ على تقييماتك.' },
};

/** The planner's units only, so the page's props carry no label the planner never shows. */
export const GOAL_UNITS = {
  percent: UNIT_LABELS.percent,
  weeks: UNIT_LABELS.weeks,
  days: UNIT_LABELS.days,
  months: UNIT_LABELS.months,
  orders: UNIT_LABELS.orders,
};

export const LOG_COPY = {
  weekStart: {
    label: 'الأسبوع الذي تسجله',
    hint: 'تبدأ الأسابيع من السبت، أو من يوم بداية آخر أسبوع سجلته، فلا يتداخل أسبوعان.',
  },
  income: { label: 'الدخل الصافي هذا الأسبوع', hint: 'ما وصلك فعلًا بعد العمولة.' },
  orders: { label: 'الطلبات المنجزة', hint: 'عدد الطلبات التي سلمتها.', unit: 'طلب' },
  proposals: { label: 'العروض المرسلة', hint: 'كل عرض أرسلته، قُبل أو لم يُقبل.', unit: 'عرض' },
  note: { label: 'ما الذي نجح وما الذي تعثر، ولماذا؟', hint: 'سطر أو سطران تعود إليهما حين تراجع شهرك.' },
} as const;

export const GOAL_UI = {
  planTitle: 'خطتك',
  currency: 'العملة',
  deleteCol: 'حذف',
  targetsTitle: 'هدفك مقسمًا',
  monthly: 'في الشهر',
  weekly: 'في الأسبوع',
  daily: 'في يوم العمل',
  habitTitle: 'ما يتطلبه ذلك منك',
  overCapacity:
    'الطلبات التي تحتاجها هذه الخطة في الشهر: {needed}، وأقصى ما تقدر عليه: {capacity}. ارفع متوسط السعر أو خفّض الهدف أو زد طاقتك، وانظر في جدول الأسعار أدناه متى يصبح الهدف ممكنًا.',
  netPerOrder: 'يصلك من كل طلب',
  ordersPerMonth: 'طلبات في الشهر',
  ordersPerWeek: 'طلبات في الأسبوع',
  proposalsPerWeek: 'عروض في الأسبوع',
  proposalsPerDay: 'عروض في اليوم',
  rampTitle: 'ابدأ منخفضًا وارفع خطوة خطوة',
  rampMonth: 'الشهر',
  rampPrice: 'السعر',
  rampOrders: 'الطلبات اللازمة',
  rampReachable: 'في حدود طاقتك؟',
  yes: 'نعم',
  no: 'لا',
  reachedIn: 'بهذه الخطة تبلغ هدفك الشهري في الشهر {month}، حين يصير سعرك {price}.',
  notReached:
    'بهذه الأرقام لا تبلغ هدفك خلال {months} شهرًا: ارفع السعر أسرع، أو زد عدد الطلبات التي تستطيع إنجازها، أو راجع الهدف.',
  logTitle: 'سجلك الأسبوعي',
  logIntro: 'سجل كل أسبوع ما حققته وما تعثر فيه وسببه، وقارن الطريق الذي قطعته بخطتك.',
  addWeek: 'أضف الأسبوع',
  deleteWeek: 'احذف أسبوع {week}',
  noWeeks: 'لم تسجل أي أسبوع بعد. أضف أسبوعك الأول أعلاه.',
  chartTitle: 'الدخل التراكمي: الخطة مقابل الواقع',
  planned: 'المخطط',
  actual: 'الفعلي',
  ahead:
    'أنت متقدم على خطتك: جمعت {actual} من أصل {planned} مخططة حتى الآن ({percent}٪). حافظ على ما نجح، وفكر في رفع سعرك.',
  onTrack: 'أنت على المسار: جمعت {actual} من أصل {planned} مخططة ({percent}٪). استمر بالإيقاع نفسه.',
  behind:
    'أنت متأخر عن خطتك: جمعت {actual} من أصل {planned} مخططة ({percent}٪). راجع ملاحظاتك لتعرف السبب: قلة العروض، أم نسبة القبول، أم السعر؟',
  logRate: 'نسبة قبول عروضك من سجلك: {percent}٪ (الطلبات {orders} من العروض {proposals}).',
  useRate: 'استعمل {percent}٪ في خطتك بدل {planned}٪',
  logPace:
    'في الأسبوع، في المتوسط: الطلبات المنجزة {orders} والخطة تحتاج {targetOrders}، والعروض المرسلة {proposals} والخطة تحتاج {targetProposals}.',
  weekCol: 'الأسبوع',
  incomeCol: 'الدخل',
  ordersCol: 'الطلبات',
  proposalsCol: 'العروض',
  noteCol: 'ملاحظة',
  print: 'اطبع خطتك في صفحة',
  copyPlan: 'انسخ رابط هذه الخطة',
  exportCsv: 'نزّل الخطة جدولًا (CSV)',
  exportIcs: 'أضف المراجعة الأسبوعية ومواعيد رفع السعر إلى تقويمك',
  exportDone: 'نزّلنا الملف. تبدأ الخطة فيه من اليوم، وكل تاريخ فيه محسوب منه.',
  exportFailed: 'لم نستطع تجهيز الملف، وقد يكون الاتصال انقطع. خطتك محفوظة كما هي؛ حاول مرة أخرى.',
  exportFixFirst: 'صحّح الحقول المعلّمة أعلاه أولًا، ثم نزّل الخطة.',
  csvStarts: 'يبدأ في',
  csvNetPerOrder: 'يصلك من الطلب',
  csvCapacity: 'طاقتك في الشهر',
  csvMonthlyTarget: 'هدفك الشهري',
  icsName: 'خطة دخلي من العمل الحر',
  icsReview: 'راجع أسبوعك في مخطط الأهداف',
  icsReviewNote:
    'سجّل دخلك وطلباتك وعروضك هذا الأسبوع، وقارنها بخطتك: {orders} طلبات و{proposals} عروض في الأسبوع لتبلغ {weekly}.',
  icsRaise: 'ارفع سعرك إلى {price}',
  icsRaiseNote: 'موعد الزيادة في خطتك: سعرك الجديد {price}. طبّقه على العملاء الجدد، وراجع هل يكفي هدفك الشهري.',
  planCopied: 'نُسخ الرابط. من يفتحه يرى خطتك بأرقامها وعملتها، ولا يتغير شيء مما حفظه هو.',
  planCopyFailed: 'لم نستطع النسخ تلقائيًا. انسخ هذا الرابط:',
  invalidDate: 'اختر الأسبوع الذي تسجله من القائمة.',
  overlappingWeek: 'سجلت هذا الأسبوع من قبل، أو أسبوعًا يتداخل معه. احذف القديم أولًا أو اختر أسبوعًا آخر.',
  thisWeek: 'هذا الأسبوع',
  lastWeek: 'الأسبوع الماضي',
  weekFrom: 'من {start}',
  weekTaken: '(سجلته)',
  notSaved:
    'لم نستطع حفظ بياناتك في هذا المتصفح (التخزين ممتلئ أو معطل أو في وضع التصفح الخاص). ما تكتبه باقٍ في هذه الصفحة فقط حتى تغلقها.',
  readOnly:
    'حُفظت بياناتك بإصدار أحدث من الموقع، فنعرضها للقراءة فقط كي لا نفسدها. أعد تحميل الصفحة لتحصل على الإصدار الأحدث.',
  quarantined:
    'وجدنا في متصفحك بيانات محفوظة للمخطط لا نستطيع قراءتها، فبدأنا من جديد دون أن نحذفها: احتفظنا بنسخة منها كما هي.',
  downloadRaw: 'نزّل النسخة المحفوظة',
  fieldCut: 'لا يتسع هذا الحقل لأكثر من 100 حرف، فأبقينا أول 100 مما كتبته أو لصقته، وهي المحفوظة الآن. راجع الرقم.',
  linkOffer:
    'فتحت رابطًا يحمل أرقامًا غير خطتك المحفوظة، فأبقينا خطتك كما هي. هذه أرقام الرابط، فاستخدمها إن أردت أن تحل محل أرقامك:',
  useLink: 'استخدم أرقام الرابط',
  keepSaved: 'أبقِ خطتي المحفوظة',
} as const;
export type GoalUiKey = keyof typeof GOAL_UI;
