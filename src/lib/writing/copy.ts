/**
 * What each rule tells the reader: the problem and what to do (`what`), why it matters to a client (`why`), and the
 * guide heading that teaches it. The page shows these beside the draft and lists them all, so a dist test checks
 * that every heading exists in the built guide.
 */

export interface GuideLink {
  /** Site-relative, with the heading's id. */
  readonly href: string;
  /** The heading's wording, shown as the link. */
  readonly label: string;
}

export interface RuleCopy {
  /** Short name of the rule, for the list of what the workbench checks. */
  readonly name: string;
  readonly what: string;
  readonly why: string;
  readonly guide: GuideLink;
}

const PROPOSAL_LENGTH = { href: '/guides/write-a-proposal/#كم-يكون-طول-العرض', label: 'كم يكون طول العرض؟' };
const OPENING = {
  href: '/guides/cover-letter/#1-افتتاحية-تثبت-أنك-قرأت-الطلب',
  label: 'افتتاحية تثبت أنك قرأت الطلب',
};
const BENEFITS = {
  href: '/guides/write-a-proposal/#كيف-تعرف-الفوائد-التي-تهم-العميل',
  label: 'كيف تعرف الفوائد التي تهم العميل؟',
};
const CALL = { href: '/guides/write-a-proposal/#5-الدعوة-إلى-العمل', label: 'الدعوة إلى العمل' };
const PROJECT = { href: '/guides/how-marketplaces-work/#المشروع', label: 'المشروع: السعر والمدة لكل مشروع' };
const STAY = {
  href: '/guides/how-marketplaces-work/#قاعدة-ذهبية-ابقَ-داخل-المنصة',
  label: 'قاعدة ذهبية: ابقَ داخل المنصة',
};
const MISTAKES = { href: '/guides/write-a-proposal/#أخطاء-تضعف-العرض', label: 'أخطاء تضعف العرض' };
const BEFORE_SEND = { href: '/guides/cover-letter/#قبل-أن-تضغط-إرسال', label: 'قبل أن تضغط «إرسال»' };
const LENGTH = {
  href: '/guides/cover-letter/#الطول-المناسب-مكتمل-دون-ملل',
  label: 'الطول المناسب: مكتمل دون ملل',
};
const SERVICES = {
  href: '/guides/build-your-profile/#الخدمات-محددة-وواضحة-الحدود',
  label: 'الخدمات: محددة وواضحة الحدود',
};
const BIO = {
  href: '/guides/build-your-profile/#النبذة-من-أنت-وماذا-تقدم-ولمن',
  label: 'النبذة: من أنت، وماذا تقدم، ولمن',
};
const PORTFOLIO = {
  href: '/guides/build-your-profile/#معرض-الأعمال-الدليل-على-ما-تقول',
  label: 'معرض الأعمال: الدليل على ما تقول',
};
const FIRST_IMPRESSION = {
  href: '/guides/build-your-profile/#أخطاء-تضعف-الانطباع-الأول',
  label: 'أخطاء تضعف الانطباع الأول',
};

export const RULE_COPY = {
  'too-long-to-check': {
    name: 'نص أطول من أن يُفحص كله',
    what: 'هذه الخانة أطول من عشرين ألف حرف، فلم نفحص إلا أولها. ما بعد ذلك محفوظ كما هو لكنه بلا ملاحظات.',
    why: 'لا يقرأ عميل نصًا بهذا الطول؛ اختصره إلى ما يخدم قراره.',
    guide: LENGTH,
  },
  'proposal-too-short': {
    name: 'طول العرض',
    what: 'العرض أقصر من أربعين كلمة. أضف ما فهمته من الطلب، وما ستفعله، والخطوة الأولى.',
    why: 'العرض القصير جدًا لا يترك للعميل ما يقرر به، فيبدو كأنه أُرسل للجميع.',
    guide: PROPOSAL_LENGTH,
  },
  'proposal-too-long': {
    name: 'طول العرض',
    what: 'العرض أطول من ثلاثمئة كلمة. الجزء المظلل هو ما بعدها: احذف منه ما لا يخدم قرار العميل.',
    why: 'كثير من العملاء يقرؤون على الهاتف ويتوقفون بعد بضعة أسطر.',
    guide: PROPOSAL_LENGTH,
  },
  'opening-about-you': {
    name: 'افتتاحية عن العميل',
    what: 'الجملة الأولى تبدأ بالحديث عن نفسك ولا تذكر طلب العميل. ابدأ بما فهمته من حاجته، ثم عرّف بنفسك.',
    why: 'يقرأ العميل أول سطرين ليعرف هل فهمت طلبه؛ إن وجدهما عنك انتقل إلى العرض التالي.',
    guide: OPENING,
  },
  'post-missing': {
    name: 'تفاصيل من الطلب',
    what: 'الصق طلب العميل في خانته لنتحقق من أن ردك يذكر تفاصيله.',
    why: 'العرض الذي يذكر تفاصيل الطلب يثبت أنك قرأته.',
    guide: BENEFITS,
  },
  'post-specifics': {
    name: 'تفاصيل من الطلب',
    what: 'ردك لا يكاد يذكر شيئًا مما كتبه العميل. الكلمات المظللة في طلبه أمثلة على ما يمكنك أن تبني عليه.',
    why: 'الرد الذي يصلح لأي طلب لا يقنع صاحب هذا الطلب.',
    guide: BENEFITS,
  },
  'no-question': {
    name: 'سؤال للعميل',
    what: 'لا يوجد سؤال للعميل. اختم بسؤال محدد يجيب عنه بكلمة، مثل موعد البدء بالمرحلة الأولى.',
    why: 'السؤال المحدد يسهّل الرد، والرد السهل أقرب إلى الموافقة.',
    guide: CALL,
  },
  'no-delivery-time': {
    name: 'مدة التسليم',
    what: 'لم تذكر مدة التسليم. اكتب مدة تقدر على الالتزام بها، بالأيام أو الأسابيع.',
    why: 'يقارن العميل العروض بالمدة والسعر؛ العرض الذي يخلو منهما يؤجل قراره.',
    guide: PROJECT,
  },
  'no-price': {
    name: 'السعر',
    what: 'لم تذكر السعر. اكتب رقمًا وعملة، ولو لمرحلة أولى صغيرة.',
    why: 'العميل لا يستطيع أن يوافق على عرض لا يعرف كلفته.',
    guide: PROJECT,
  },
  contact: {
    name: 'وسائل تواصل خارج المنصة',
    what: 'في النص بريد أو رقم هاتف أو رابط أو ذكر لتطبيق مراسلة. احذفه وتواصل من داخل المنصة.',
    why: 'المنصات تمنع ذلك وقد توقف حسابك، ومن يخرج منها يفقد ضمان الدفع والتقييم.',
    guide: STAY,
  },
  'stock-phrase': {
    name: 'عبارات مكررة',
    what: 'عبارة يكتبها معظم المتقدمين. ضع مكانها شيئًا لا يصدق إلا عليك وعلى هذا الطلب.',
    why: 'العبارة التي تصلح لكل عرض لا تقول للعميل شيئًا.',
    guide: MISTAKES,
  },
  'template-hole': {
    name: 'فراغ من القالب',
    what: 'بقي فراغ من القالب (أقواس مربعة أو نقاط). املأه أو احذفه.',
    why: 'الفراغ المتروك يكشف أن النص منسوخ، فيفقد العرض ثقته.',
    guide: BEFORE_SEND,
  },
  'long-sentence': {
    name: 'جمل طويلة',
    what: 'جملة من أكثر من أربعين كلمة. قسّمها إلى جملتين أو ثلاث.',
    why: 'الجملة الطويلة تتعب القارئ على شاشة الهاتف ويضيع معناها.',
    guide: LENGTH,
  },
  'service-title-time': {
    name: 'العنوان يذكر المدة',
    what: 'عنوان الخدمة لا يذكر مدة التسليم. أضفها، مثل «خلال يومين».',
    why: 'المشتري يقارن الخدمات من عناوينها قبل أن يفتحها.',
    guide: SERVICES,
  },
  'service-title-vague': {
    name: 'العنوان يذكر ما يحصل عليه المشتري',
    what: 'عنوان الخدمة قصير لا يقول ما يحصل عليه المشتري. اكتب ما يستلمه، بكلمات يبحث بها هو.',
    why: 'العنوان العام لا يظهر في بحث المشتري ولا يقنعه.',
    guide: SERVICES,
  },
  'service-description-short': {
    name: 'الوصف يشرح ما تقدمه',
    what: 'الوصف أقصر من أربعين كلمة. اذكر ما يشمله السعر: الكمية، والصيغة، وعدد التعديلات.',
    why: 'المشتري يحتاج أن يعرف ما يستلمه بالضبط قبل أن يدفع.',
    guide: SERVICES,
  },
  'service-who': {
    name: 'الوصف يذكر لمن الخدمة',
    what: 'الوصف لا يقول لمن الخدمة. اذكر من تناسبه، مثل «إن كان لديك متجر إلكتروني…».',
    why: 'المشتري يبحث عن خدمة تناسب حالته، فإن لم يجدها مذكورة ظن أنها ليست له.',
    guide: SERVICES,
  },
  'service-time': {
    name: 'مدة التسليم',
    what: 'لم تكتب مدة التسليم. اكتبها في خانتها، مدة تقدر على الالتزام بها.',
    why: 'المدة الواضحة تمنع الخلاف بعد الطلب.',
    guide: SERVICES,
  },
  'service-needs': {
    name: 'ما تحتاجه من المشتري',
    what: 'لم تذكر ما تحتاجه من المشتري لتبدأ. اكتبه في التعليمات: النصوص، الصور، الحسابات.',
    why: 'إن لم يعرف المشتري ما يرسله تأخر البدء وتأخر التسليم.',
    guide: SERVICES,
  },
  'extra-unpriced': {
    name: 'التطويرات بسعرها',
    what: 'تطوير بلا سعر. اكتب سعر كل تطوير على سطره.',
    why: 'المشتري لا يضيف تطويرًا لا يعرف كلفته.',
    guide: SERVICES,
  },
  'profile-no-specialty': {
    name: 'التخصص في العنوان',
    what: 'العنوان لا يذكر تخصصًا. اكتب ما تقدمه بالضبط، مثل «مترجم من الإنجليزية إلى العربية».',
    why: 'العميل يبحث عن تخصص لا عن «مستقل محترف».',
    guide: BIO,
  },
  'profile-first-line': {
    name: 'التخصص في السطر الأول',
    what: 'السطر الأول من النبذة لا يذكر تخصصك الذي في العنوان. ابدأ بما تقدمه ولمن.',
    why: 'كثير من العملاء لا يقرؤون غير السطر الأول.',
    guide: BIO,
  },
  'profile-no-proof': {
    name: 'دليل على ما تقول',
    what: 'النبذة بلا دليل: لا رقم ولا عمل سابق ولا نماذج. اذكر ما أنجزته، أو نموذجًا في معرض أعمالك.',
    why: 'العميل يصدق ما يراه أكثر مما يقرؤه عنك.',
    guide: PORTFOLIO,
  },
  'generic-claim': {
    name: 'ادعاءات عامة',
    what: 'ادعاء عام يكتبه كثيرون ولا يستطيع العميل التحقق منه. ضع مكانه حقيقة محددة عنك.',
    why: 'الوعود المبالغ فيها تثير الشك أكثر مما تقنع.',
    guide: FIRST_IMPRESSION,
  },
} as const satisfies Record<string, RuleCopy>;

export type RuleId = keyof typeof RULE_COPY;
export const RULE_IDS = Object.keys(RULE_COPY) as RuleId[];
