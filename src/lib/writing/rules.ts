/**
 * The workbench's rules: each a pure function over a draft's fields that returns findings (a rule id and the
 * ranges of the text it is about, field by field). Same text, same findings; no rule throws, whatever is pasted.
 * Rules match on the folded text (`text-view.ts`), so hamza forms, tashkeel and tatweel never change a verdict, and
 * numbers count in Western, Arabic-Indic (٠-٩) and Persian (۰-۹) digits alike. Every field is checked up to
 * MAX_CHECKED_CHARS, so a huge paste costs a bounded time and is reported instead.
 */
import { isCommonWord } from '../text/arabic';
import type { RuleId } from './copy';
import { FIELDS, type DraftFields, type FieldId, type Kind } from './kinds';
import { GENERIC_CLAIMS, STOCK_PHRASES } from './phrases';
import {
  MAX_CHECKED_CHARS,
  matches,
  sentences,
  stem,
  tokens,
  view,
  type Sentence,
  type TextView,
  type Token,
} from './text-view';

export interface FieldRange {
  readonly field: FieldId;
  readonly start: number;
  readonly end: number;
}

export interface Finding {
  readonly rule: RuleId;
  /** What the finding is about, in the text as typed; empty when it is about something missing. */
  readonly ranges: readonly FieldRange[];
}

/** Words a reply should hold: between these counts. */
export const PROPOSAL_MIN_WORDS = 40;
export const PROPOSAL_MAX_WORDS = 300;
export const LONG_SENTENCE_WORDS = 40;
export const SERVICE_DESCRIPTION_MIN_WORDS = 40;

const DIGIT = '[0-9٠-٩۰-۹]';
const NUMBER = `${DIGIT}+(?:[.,٫٬]${DIGIT}+)*`;
// Folded spellings (ة→ه, أ/إ/آ→ا, ى→ي), so one pattern matches every way of writing them.
const COUNT_WORD =
  '(?:واحد|اثنين|اثنان|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|سته|ست|سبع|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه|عشر|عشره)';
const UNIT = '(?:ايام|يوم|ساعات|ساعه|اسابيع|اسبوع|اشهر|شهور|شهر|دقائق|دقيقه|days?|hours?|hrs?|h|weeks?|months?)';
const DUAL = '(?:يومين|ساعتين|اسبوعين|شهرين|يومان|اسبوعان)';
const NOT_LETTER = '(?![\\p{L}])';
const TIME = new RegExp(
  `(?:(?:${NUMBER}|${COUNT_WORD})\\s*(?:[-–]\\s*${NUMBER}\\s*)?${UNIT}${NOT_LETTER}|${DUAL}${NOT_LETTER}|(?:خلال|في|بعد)\\s+(?:يوم|اسبوع|شهر|ساعه)${NOT_LETTER}|نفس اليوم|اليوم نفسه|غدا|بكره)`,
  'gu',
);
const CURRENCY =
  '(?:\\$|€|£|دولار\\p{L}*|usd|ريال\\p{L}*|جنيه\\p{L}*|درهم\\p{L}*|دينار\\p{L}*|ليره|ليرات|يورو|sar|egp|aed|kwd|qar|jod|mad|dzd|tnd)';
const PRICE = new RegExp(
  `${NUMBER}\\s*${CURRENCY}|(?:\\$|€|£|usd)\\s*${NUMBER}|(?:سعر|بسعر|السعر|سعري|تكلفه|التكلفه|بتكلفه|بمبلغ|مبلغ|مقابل|الميزانيه|ميزانيتك)\\p{L}*\\s+(?:\\S+\\s+){0,3}${NUMBER}`,
  'giu',
);

const CONTACT = new RegExp(
  [
    '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63})+', // email (bounded, so a huge word costs linear time)
    '(?:https?://|www\\.)[^\\s]*[^\\s.,،؛:!?؟)]', // links, without the sentence's closing punctuation
    '(?<![\\p{L}\\p{N}@.])[a-z0-9-]+\\.(?:com|net|org|io|me|co|info|dev|app|ly|sa|eg|ae|ma|dz|tn|jo|link|site|store)(?:/[^\\s]*)?(?![\\p{L}\\p{N}])', // bare domains
    `(?:\\+|00)?${DIGIT}(?:[\\s-]?${DIGIT}){7,}`, // phone numbers (eight digits or more)
    '(?:ال)?(?:واتس|وتس)\\p{L}*|whats\\s?app|(?:ال)?(?:تيليجرام|تليجرام|تلجرام|تلغرام|تيليغرام)|telegram|(?:ال)?سكايب|skype|(?:ال)?(?:ايميل|اميل)\\p{L}*|e-?mail|gmail|hotmail',
  ].join('|'),
  'giu',
);

const HOLES = /\[[^\]\n]{0,80}\]|\{\{?[^}\n]{0,80}\}?\}|<<[^>\n]{0,80}>>|\.{3,}|…|_{3,}|xxx+|×××+/giu;

/** Folded words that mean the writer is talking about themselves (standard and dialect). */
const SELF = new Set(['انا', 'اسمي', 'انني', 'اني', 'معك', 'معاك', 'معكم', 'نحن', 'احنا', 'اقدم']);
/** Greetings and forms of address that may come before the first real word of an opening. */
const GREETING = new Set([
  'مرحبا',
  'مرحبتين',
  'اهلا',
  'هلا',
  'السلام',
  'سلام',
  'عليكم',
  'ورحمه',
  'الله',
  'وبركاته',
  'تحيه',
  'طيبه',
  'صباح',
  'مساء',
  'الخير',
  'النور',
  'استاذ',
  'استاذه',
  'الاستاذ',
  'الاستاذه',
  'اخي',
  'اختي',
  'الكريم',
  'الكريمه',
  'عزيزي',
  'عزيزتي',
  'سيدي',
  'سيدتي',
  'hi',
  'hello',
  'dear',
]);
/** Words that do not make a title or a specialty specific. */
const GENERIC_TITLE = new Set([
  'مستقل',
  'مستقله',
  'فريلانسر',
  'freelancer',
  'محترف',
  'محترفه',
  'خبير',
  'خبيره',
  'متعدد',
  'متعدده',
  'المهارات',
  'مبدع',
  'مبدعه',
  'شغوف',
  'جميع',
  'الخدمات',
  'خدمات',
  'اعمال',
  'حر',
  'حره',
  'العمل',
  'الحر',
  'خدمه',
  'عامه',
]);

const WHO =
  /(?:لكل من|لمن|اذا كنت|ان كنت|لو كنت|لو عندك|اذا عندك|اذا كان لديك|ان كان لديك|لاصحاب|اصحاب|تناسب|مناسب\p{L}* ل|موجه\p{L}* ل|مخصص\p{L}* ل|صاحب|صاحبه)/gu;
const NEEDS =
  /(?:احتاج منك|احتاج الى|ما احتاجه|المطلوب منك|ارسل لي|ارسل\p{L}* لي|ابعت\p{L}*|زودني|تزويدي|يرجي ارسال|ارجو ارسال|قبل البدء|لكي ابدا|لابدا)/gu;
const PROOF =
  /(?:نموذج|نماذج|معرض|انجزت|انجاز|عملت (?:مع|على|لدي|في)|عملاء|عميل|مشروع|مشاريع|ترجمت|صممت|كتبت|برمجت|طورت|حررت|درست|portfolio|behance|github)/gu;

function phrasePattern(list: readonly string[]): RegExp {
  const folded = list.map((p) => view(p).folded.trim());
  const alternatives = folded
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // An attached و/ف/ب/ل before, and up to three letters of ending after («إعجابكم», «بسرعه»), still match.
  return new RegExp(`(?<![\\p{L}\\p{N}])[وفبل]?(?:${alternatives.join('|')})\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'gu');
}
const STOCK = phrasePattern(STOCK_PHRASES);
const GENERIC = phrasePattern(GENERIC_CLAIMS);

interface Field {
  readonly id: FieldId;
  readonly text: string;
  readonly view: TextView;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

function field(id: FieldId, text: string): Field {
  const v = view(text);
  const toks = tokens(v);
  return { id, text, view: v, tokens: toks, sentences: sentences(v, toks) };
}

const at = (f: Field, ranges: readonly (readonly [number, number])[]): FieldRange[] =>
  ranges.map(([start, end]) => ({ field: f.id, start, end }));

const has = (f: Field, pattern: RegExp): boolean => {
  pattern.lastIndex = 0;
  const found = pattern.test(f.view.folded);
  pattern.lastIndex = 0;
  return found;
};

const words = (f: Field): number => f.tokens.length;
const contentStems = (f: Field): Set<string> =>
  new Set(
    f.tokens
      .filter((t) => t.word.length >= 3 && !/\p{N}/u.test(t.word) && !isCommonWord(t.word))
      .map((t) => stem(t.word)),
  );

// ---- rules for every kind ---------------------------------------------------------------------------------------

function tooLongToCheck(fields: readonly Field[]): Finding[] {
  return fields
    .filter((f) => f.text.length > MAX_CHECKED_CHARS)
    .map((f) => ({ rule: 'too-long-to-check', ranges: at(f, [[MAX_CHECKED_CHARS, f.text.length]]) }));
}

function patternRule(rule: RuleId, pattern: RegExp, fields: readonly Field[]): Finding[] {
  const ranges = fields.flatMap((f) => at(f, matches(f.view, pattern)));
  return ranges.length > 0 ? [{ rule, ranges }] : [];
}

function longSentences(fields: readonly Field[]): Finding[] {
  const ranges = fields.flatMap((f) =>
    at(
      f,
      f.sentences.filter((s) => s.words.length > LONG_SENTENCE_WORDS).map((s) => [s.start, s.end] as const),
    ),
  );
  return ranges.length > 0 ? [{ rule: 'long-sentence', ranges }] : [];
}

// ---- proposal ---------------------------------------------------------------------------------------------------

function proposalLength(reply: Field): Finding[] {
  const n = words(reply);
  if (n === 0) return [];
  if (n < PROPOSAL_MIN_WORDS) return [{ rule: 'proposal-too-short', ranges: [] }];
  if (n > PROPOSAL_MAX_WORDS) {
    const from = reply.tokens[PROPOSAL_MAX_WORDS]!.start;
    return [{ rule: 'proposal-too-long', ranges: at(reply, [[from, reply.view.source.length]]) }];
  }
  return [];
}

/** The client is addressed: a second-person ending («طلبك», «متجرك») or pronoun, or a word of their post. */
function mentionsClient(s: Sentence, postStems: ReadonlySet<string>): boolean {
  const second = s.words.some(
    (t) =>
      /^(?:انت|انتي|انتم|لك|لكم|حضرتك|you|your)$/.test(t.word) ||
      (t.word.length >= 4 && /(?:ك|كم)$/.test(t.word) && !SELF.has(t.word) && !GREETING.has(t.word)),
  );
  if (second) return true;
  // A shared word or two is often just the role («أنا كاتب محتوى»); three mean the opening is about the post.
  const shared = new Set(s.words.map((t) => stem(t.word)).filter((w) => postStems.has(w)));
  return shared.size >= 3;
}

function openingAboutYou(reply: Field, postStems: ReadonlySet<string>): Finding[] {
  const first = reply.sentences[0];
  if (!first) return [];
  let i = 0;
  // Skip a greeting and the name after a form of address («مرحبًا أستاذة سارة،»).
  while (i < first.words.length && i < 6 && GREETING.has(first.words[i]!.word)) {
    const title = /^(?:ال)?(?:استاذ|استاذه|اخي|اختي|عزيزي|عزيزتي|سيدي|سيدتي|dear)$/.test(first.words[i]!.word);
    i += title && i + 1 < first.words.length && !SELF.has(first.words[i + 1]!.word) ? 2 : 1;
  }
  const opener = first.words[i];
  if (!opener || !SELF.has(opener.word.replace(/^و(?=.{3})/, ''))) return [];
  if (mentionsClient(first, postStems)) return [];
  return [{ rule: 'opening-about-you', ranges: at(reply, [[first.start, first.end]]) }];
}

function postSpecifics(post: Field, reply: Field): Finding[] {
  if (words(reply) === 0) return [];
  if (words(post) === 0) return [{ rule: 'post-missing', ranges: [] }];
  const postStems = contentStems(post);
  const replyStems = contentStems(reply);
  let shared = 0;
  for (const s of postStems) if (replyStems.has(s)) shared++;
  const needed = Math.min(2, postStems.size);
  if (shared >= needed) return [];
  // Point at a few of the post's longer words the reply could pick up.
  const seen = new Set<string>();
  const hints = [...post.tokens]
    .filter((t) => t.word.length >= 4 && !/\p{N}/u.test(t.word) && !isCommonWord(t.word))
    .sort((a, b) => b.word.length - a.word.length || a.start - b.start)
    .filter((t) => {
      const s = stem(t.word);
      if (seen.has(s) || replyStems.has(s)) return false;
      seen.add(s);
      return true;
    })
    .slice(0, 5)
    .sort((a, b) => a.start - b.start);
  return [
    {
      rule: 'post-specifics',
      ranges: at(
        post,
        hints.map((t) => [t.start, t.end]),
      ),
    },
  ];
}

const QUESTION_START =
  /^(?:هل|ممكن|متي|كيف|ماذا|ما|ايش|وش|شو|امتي|ايه|لماذا|اين|فين|وين|كم|اي|تحب|تحبي|تفضل|تفضلين|توافق|توافقين)$/;

function noQuestion(reply: Field): Finding[] {
  if (words(reply) === 0) return [];
  if (/[?؟]/.test(reply.view.source)) return [];
  if (reply.sentences.some((s) => QUESTION_START.test(s.words[0]!.word.replace(/^و(?=.{2})/, '')))) return [];
  const last = reply.sentences[reply.sentences.length - 1]!;
  return [{ rule: 'no-question', ranges: at(reply, [[last.start, last.end]]) }];
}

function proposal(d: DraftFields): Finding[] {
  const post = field('post', d.post ?? '');
  const reply = field('reply', d.reply ?? '');
  const postStems = contentStems(post);
  const out: Finding[] = [...tooLongToCheck([post, reply]), ...proposalLength(reply)];
  out.push(...openingAboutYou(reply, postStems), ...postSpecifics(post, reply), ...noQuestion(reply));
  if (words(reply) > 0) {
    if (!has(reply, TIME)) out.push({ rule: 'no-delivery-time', ranges: [] });
    if (!has(reply, PRICE)) out.push({ rule: 'no-price', ranges: [] });
  }
  out.push(
    ...patternRule('contact', CONTACT, [reply]),
    ...patternRule('stock-phrase', STOCK, [reply]),
    ...patternRule('template-hole', HOLES, [reply]),
    ...longSentences([reply]),
  );
  return out;
}

/** Words that say what the buyer gets: the title's content words outside its time expression. */
function whatWords(f: Field): number {
  const time = matches(f.view, TIME);
  const inTime = (t: Token): boolean => time.some(([s, e]) => t.start >= s && t.end <= e);
  return f.tokens.filter(
    (t) =>
      t.word.length >= 3 &&
      !/\p{N}/u.test(t.word) &&
      !isCommonWord(t.word) &&
      !/^(?:خلال|مده|مدة)$/.test(t.word) &&
      !inTime(t),
  ).length;
}

// ---- service ----------------------------------------------------------------------------------------------------

function service(d: DraftFields): Finding[] {
  const [title, description, delivery, extras, instructions] = FIELDS.service.map((id) => field(id, d[id] ?? ''));
  const all = [title!, description!, delivery!, extras!, instructions!];
  const out: Finding[] = [...tooLongToCheck(all)];
  if (words(title!) > 0) {
    if (!has(title!, TIME)) out.push({ rule: 'service-title-time', ranges: [] });
    if (whatWords(title!) < 3)
      out.push({ rule: 'service-title-vague', ranges: at(title!, [[0, title!.view.source.length]]) });
  }
  if (words(description!) > 0) {
    if (words(description!) < SERVICE_DESCRIPTION_MIN_WORDS)
      out.push({ rule: 'service-description-short', ranges: [] });
    if (!has(description!, WHO)) out.push({ rule: 'service-who', ranges: [] });
  }
  if (words(title!) + words(description!) > 0) {
    const timed =
      /\p{N}/u.test(delivery!.view.folded) || has(delivery!, TIME) || has(title!, TIME) || has(description!, TIME);
    if (!timed) out.push({ rule: 'service-time', ranges: [] });
    if (words(instructions!) < 3 && !has(description!, NEEDS)) out.push({ rule: 'service-needs', ranges: [] });
  }
  const unpriced: [number, number][] = [];
  for (const line of extras!.view.source.matchAll(/[^\n]+/g)) {
    if (!/[\p{L}]/u.test(line[0])) continue;
    if (!new RegExp(DIGIT).test(line[0])) unpriced.push([line.index, line.index + line[0].length]);
  }
  if (unpriced.length > 0) out.push({ rule: 'extra-unpriced', ranges: at(extras!, unpriced) });
  const prose = [title!, description!, extras!, instructions!];
  out.push(
    ...patternRule('contact', CONTACT, prose),
    ...patternRule('stock-phrase', STOCK, prose),
    ...patternRule('generic-claim', GENERIC, [title!, description!]),
    ...patternRule('template-hole', HOLES, prose),
    ...longSentences([description!, instructions!]),
  );
  return out;
}

// ---- profile ----------------------------------------------------------------------------------------------------

function profile(d: DraftFields): Finding[] {
  const title = field('title', d.title ?? '');
  const bio = field('bio', d.bio ?? '');
  const out: Finding[] = [...tooLongToCheck([title, bio])];
  const specific = title.tokens.filter(
    (t) => t.word.length >= 3 && !isCommonWord(t.word) && !GENERIC_TITLE.has(t.word),
  );
  if (words(title) > 0 && specific.length === 0) {
    out.push({ rule: 'profile-no-specialty', ranges: at(title, [[0, title.view.source.length]]) });
  }
  const first = bio.sentences[0];
  if (first && specific.length > 0) {
    const wanted = new Set(specific.map((t) => stem(t.word)));
    if (!first.words.some((t) => wanted.has(stem(t.word)))) {
      out.push({ rule: 'profile-first-line', ranges: at(bio, [[first.start, first.end]]) });
    }
  }
  if (words(bio) > 0 && !/\p{N}/u.test(bio.view.folded) && !has(bio, PROOF))
    out.push({ rule: 'profile-no-proof', ranges: [] });
  out.push(
    ...patternRule('contact', CONTACT, [title, bio]),
    ...patternRule('generic-claim', GENERIC, [title, bio]),
    ...patternRule('template-hole', HOLES, [title, bio]),
    ...longSentences([bio]),
  );
  return out;
}

/** Every finding on a draft of this kind, in the order the page lists them. */
export function review(kind: Kind, draft: DraftFields): Finding[] {
  switch (kind) {
    case 'proposal':
      return proposal(draft);
    case 'service':
      return service(draft);
    case 'profile':
      return profile(draft);
  }
}
