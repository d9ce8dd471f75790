/**
 * How readers type, as opposed to how the guides are worded: colloquial question words and verbs from Egypt, the
 * Levant, the Gulf and the Maghreb, verbs where the guides use the noun («أسعّر» for «تسعير»), dialect words for
 * money, work, price and client, "there is none" forms, and brand names in Latin and Arabic letters. The planner
 * (query.ts) drops what carries no topic and searches the guides' own words for the rest. Pure data and lookups.
 */
import { foldArabic } from '../text/arabic';

/** Words that only frame the question (how, what, want, can, where…): searched they would find every page. */
const FRAMING = [
  // how
  'ازاي',
  'ازاى',
  'ازيك',
  'شلون',
  'اشلون',
  'كيفاش',
  'كيفية',
  'كيفيه',
  // what, which
  'ايش',
  'شو',
  'شنو',
  'اشنو',
  'شنهو',
  'ايه',
  'واش',
  'وش',
  'ماهو',
  'ماهي',
  'انهي',
  // why, where, when
  'ليش',
  'ليه',
  'علاش',
  'وين',
  'فين',
  'منين',
  'امتى',
  'امتي',
  'وقتاش',
  // want, like to
  'عايز',
  'عايزه',
  'عاوز',
  'عاوزه',
  'بدي',
  'بدنا',
  'بدك',
  'ابغي',
  'ابغا',
  'نبغي',
  'نبغا',
  'بغيت',
  'ابي',
  'ابى',
  'حاب',
  'حابب',
  'حابه',
  'اريد',
  'نريد',
  'احب',
  'نحب',
  // can, must, know
  'اقدر',
  'نقدر',
  'يقدر',
  'ممكن',
  'يمكن',
  'يمكنني',
  'لازم',
  'اعرف',
  'نعرف',
  // get, bring, make (the object carries the topic)
  'اجيب',
  'نجيب',
  'احصل',
  'نحصل',
  'اعمل',
  'نعمل',
  'اسوي',
  'نسوي',
  'اطلع',
  'نطلع',
  'ادير',
  'ندير',
  // fillers and pointers
  'يعني',
  'عشان',
  'علشان',
  'باش',
  'هيك',
  'كده',
  'كدا',
  'دي',
  'ده',
  'هاد',
  'هادا',
  'هذي',
  'هاي',
  'اللي',
  'حق',
  'تاع',
  'ديال',
  'بتاع',
  'شي',
  'شيء',
  'حد',
];

/** The guides' words for a reader's word: dialect nouns, verbs mapped to the nouns the guides use. */
const MEANINGS: Record<string, readonly string[]> = {};
const mean = (forms: readonly string[], as: readonly string[]) => {
  for (const form of forms) MEANINGS[foldArabic(form)] = as;
};

// money, earn, sell
mean(['فلوس', 'الفلوس', 'مصاري', 'مصارى', 'المصاري', 'بيزات', 'بيزه', 'دراهم', 'الدراهم', 'فليسات'], ['مال', 'دخل']);
mean(['اربح', 'نربح', 'يربح', 'تربح', 'اكسب', 'نكسب'], ['ربح', 'دخل']);
mean(['ابيع', 'نبيع', 'يبيع', 'تبيع', 'بيع'], ['بيع']);
// work
mean(['شغل', 'الشغل', 'شغلي', 'اشتغل', 'نشتغل', 'يشتغل', 'تشتغل', 'بشتغل', 'نخدم', 'نخدمو', 'اخدم', 'يخدم'], ['عمل']);
// price
mean(['بكم', 'بكام', 'كام', 'قديش', 'بقديش', 'تمن', 'التمن'], ['تسعير', 'سعر']);
mean(['اسعر', 'نسعر', 'يسعر', 'تسعر', 'اسعّر', 'بسعر'], ['تسعير', 'سعر']);
// client
mean(
  ['زباين', 'الزباين', 'زبايني', 'كليان', 'الكليان', 'كلاينت', 'الكلاينت', 'كلاينتات', 'الكلاينتات', 'كلاينتس'],
  ['عميل'],
);
// find, start
mean(['الاقي', 'الاقى', 'القى', 'القي', 'نلقى', 'نلقي', 'نلقا', 'نلاقي', 'يلاقي'], ['تجد']);
// The guides address the reader: «قبل أن تبدأ», «البداية».
mean(['ابدا', 'نبدا', 'ابدي', 'نبدي', 'ابتدي', 'نبتدي', 'يبدا'], ['تبدأ', 'البداية']);
// there is none: the guides speak of few orders and stagnation
mean(['مفيش', 'مافيش', 'مافي', 'ماكو', 'ماكاين', 'ماكاينش', 'مكاينش', 'ماكانش', 'مافيه'], ['قلة']);
// verbs whose topic the guides name with a noun
mean(['اكتب', 'نكتب', 'يكتب', 'تكتب'], ['كتابة']);
mean(['اخطط', 'نخطط', 'يخطط', 'تخطط'], ['تخطيط', 'خطة']);
mean(['اسوق', 'نسوق', 'يسوق'], ['تسويق']);
mean(['استثمر', 'نستثمر', 'يستثمر', 'تستثمر'], ['استثمار']);
mean(['اتخصص', 'نتخصص', 'يتخصص', 'تتخصص'], ['تخصص']);
mean(['اقدم', 'نقدم', 'قدمت'], ['تقديم']);
mean(['اقيم', 'نقيم', 'يقيم', 'يقيمني', 'يقيموني', 'قيمني'], ['تقييم']);
mean(['اسلم', 'نسلم', 'سلمت'], ['تسليم']);
mean(['ادقق', 'ندقق', 'يدقق'], ['تدقيق']);
mean(['اعرب', 'نعرب', 'يعرب'], ['تعريب']);
mean(['اصمم', 'نصمم', 'يصمم'], ['تصميم']);
mean(['اترجم', 'نترجم', 'يترجم'], ['ترجمة']);
mean(['ابرمج', 'نبرمج', 'يبرمج'], ['برمجة']);
mean(['احدد', 'نحدد', 'يحدد'], ['تحديد']);
mean(['اطور', 'نطور', 'يطور'], ['تطوير']);
mean(['اتعلم', 'نتعلم', 'يتعلم'], ['تعلم']);

const FRAMING_SET = new Set(FRAMING.map(foldArabic));

/** Two-word "there is none" forms («ما في», «ما كو»), read as one word. */
const NONE_SECOND = new Set(['في', 'فيه', 'فيش', 'كو', 'كاين', 'كاينش'].map(foldArabic));

/**
 * Brand names as readers spell them, in Latin and Arabic letters. A brand the site names (خمسات, مستقل, كفيل,
 * PayPal) is searched under every spelling; one it does not (Upwork, Fiverr, Payoneer) also searches what it
 * is, so the reader reaches the pages about that kind of service.
 */
export interface Brand {
  /** Spellings a reader may type. */
  names: readonly string[];
  /** How the pages write it in Latin letters, searched even for an Arabic query. */
  written: readonly string[];
}

export const BRANDS: readonly Brand[] = [
  { names: ['khamsat', 'خمسات', 'منصة خمسات'], written: [] },
  { names: ['mostaql', 'منصة مستقل', 'موقع مستقل'], written: [] },
  { names: ['kafiil', 'كفيل', 'منصة كفيل'], written: [] },
  { names: ['paypal', 'بايبال', 'باي بال'], written: ['PayPal'] },
  { names: ['cashu', 'كاش يو'], written: ['CashU'] },
  { names: ['upwork', 'أب وورك', 'اب ورك', 'ابورك', 'منصات العمل الحر'], written: [] },
  { names: ['fiverr', 'فايفر', 'فايفير', 'فيفر', 'منصات الخدمات المصغرة'], written: [] },
  { names: ['freelancer.com', 'فريلانسر دوت كوم', 'منصات العمل الحر'], written: [] },
  { names: ['payoneer', 'بايونير', 'بايونيير', 'وسائل الدفع', 'حماية الدفع'], written: [] },
];

/** Loanwords written in two words or one, or with a letter less: the first spelling is the lexicon's. */
const SPELLINGS: readonly (readonly string[])[] = [
  ['فريلانس', 'فري لانس', 'فري لانسينج', 'فريلانسينج'],
  ['فريلانسر', 'فري لانسر', 'فريلنسر'],
  ['اونلاين', 'اون لاين', 'أون لاين'],
  ['بروفايل', 'بروفيل'],
];

export type Reading = { kind: 'framing' } | { kind: 'means'; as: readonly string[] } | { kind: 'plain' };

/** Endings a verb or noun takes in speech that the table does not list one by one. */
const OBJECT_ENDING = /^(.{3,}?)(ني|وني|و|ه|ها|هم)$/;

/** What one typed word is to the search: a question frame to drop, a word to search as the guides' words, or plain. */
export function readWord(word: string): Reading {
  const folded = foldArabic(word);
  if (FRAMING_SET.has(folded)) return { kind: 'framing' };
  const forms = [folded];
  // Egyptian and Levantine present tense «ب» (بشتغل), and spoken object endings (يقيمني, نخدمو).
  if (/^ب.{3,}$/.test(folded)) forms.push(folded.slice(1));
  for (const form of [...forms]) {
    const ending = OBJECT_ENDING.exec(form);
    if (ending) forms.push(ending[1]!);
  }
  for (const form of forms) {
    const as = MEANINGS[form];
    if (as) return { kind: 'means', as };
  }
  return { kind: 'plain' };
}

/** Joins a two-word "there is none" («ما في») into one word, so it is read as such and not dropped as common. */
export function joinNoneForms(typed: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    const next = typed[i + 1];
    if (foldArabic(typed[i]!) === 'ما' && next !== undefined && NONE_SECOND.has(foldArabic(next))) {
      out.push(`ما${next}`);
      i++;
    } else out.push(typed[i]!);
  }
  return out;
}

const RESPELL = SPELLINGS.flatMap(([canonical, ...others]) =>
  others.map((other) => ({ parts: other.split(' ').map(foldArabic), canonical: canonical! })),
).sort((a, b) => b.parts.length - a.parts.length);

/** Rewrites another spelling of a loanword («فري لانس», «بروفيل») as the lexicon's («فريلانس», «بروفايل»). */
export function respell(typed: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < typed.length;) {
    const match = RESPELL.find((r) =>
      r.parts.every((p, j) => typed[i + j] !== undefined && foldArabic(typed[i + j]!) === p),
    );
    if (match) {
      out.push(match.canonical);
      i += match.parts.length;
    } else out.push(typed[i++]!);
  }
  return out;
}
