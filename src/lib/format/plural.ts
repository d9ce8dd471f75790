/**
 * Arabic counted nouns follow the number: 1 and 2 have their own forms, 3–10 take the plural,
 * 11 and above take the singular accusative. `Intl.PluralRules('ar')` gives exactly these classes.
 */
export interface ArabicNoun {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

const rules = new Intl.PluralRules('ar');

export function countLabel(n: number, noun: ArabicNoun): string {
  switch (rules.select(n)) {
    case 'one':
      return noun.one;
    case 'two':
      return noun.two;
    case 'few':
      return `${n} ${noun.few}`;
    case 'many':
      return `${n} ${noun.many}`;
    default:
      return `${n} ${noun.other}`;
  }
}

export const MINUTES: ArabicNoun = { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' };
export const STEPS: ArabicNoun = { one: 'خطوة واحدة', two: 'خطوتان', few: 'خطوات', many: 'خطوة', other: 'خطوة' };
export const MODULES: ArabicNoun = { one: 'وحدة واحدة', two: 'وحدتان', few: 'وحدات', many: 'وحدة', other: 'وحدة' };
export const ITEMS: ArabicNoun = { one: 'بند واحد', two: 'بندان', few: 'بنود', many: 'بندًا', other: 'بند' };
export const RESULTS: ArabicNoun = { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' };
export const PAGES: ArabicNoun = { one: 'صفحة واحدة', two: 'صفحتان', few: 'صفحات', many: 'صفحة', other: 'صفحة' };
