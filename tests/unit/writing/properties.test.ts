import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { review } from '../../../src/lib/writing/rules';
import { FIELDS, KINDS, type DraftFields } from '../../../src/lib/writing/kinds';
import { GENERIC_CLAIMS, STOCK_PHRASES } from '../../../src/lib/writing/phrases';
import { RULE_COPY } from '../../../src/lib/writing/copy';
import { foldArabic } from '../../../src/lib/text/arabic';
import { view } from '../../../src/lib/writing/text-view';

// Text built from the characters drafts are made of: Arabic letters, tashkeel, tatweel, three digit sets, Latin,
// punctuation the rules look at, bidi controls, emoji halves and whole emoji.
const pieces = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ...'أإآءؤئةى',
  '\u064B',
  '\u064E',
  '\u0651',
  '\u0640',
  ...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
  ...'abcXYZ@.:/-_+$€',
  ...' \n\t،؛؟?!…[]{}<>',
  '...',
  'أنا ',
  'هل ',
  'يومين',
  ' دولار',
  'واتساب',
  'https://',
  '\u202B',
  '\u2067',
  '\uD83D',
  '😀',
  'ﻻ',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((p) => p.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const kind = fc.constantFrom(...KINDS);
const draft = (k: (typeof KINDS)[number]) =>
  fc.record(Object.fromEntries(FIELDS[k].map((f) => [f, anyText])) as Record<string, fc.Arbitrary<string>>, {
    requiredKeys: [],
  }) as fc.Arbitrary<DraftFields>;

describe('every rule, on any input', () => {
  it('never throws, gives the same findings for the same text, and points only inside the text', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => fc.tuple(fc.constant(k), draft(k))),
        ([k, d]) => {
          const first = review(k, d);
          expect(review(k, { ...d })).toEqual(first);
          for (const f of first) {
            expect(RULE_COPY[f.rule]).toBeDefined();
            for (const r of f.ranges) {
              const length = (d[r.field] ?? '').length;
              expect(r.start).toBeGreaterThanOrEqual(0);
              expect(r.end).toBeGreaterThanOrEqual(r.start);
              expect(r.end).toBeLessThanOrEqual(length);
            }
          }
        },
      ),
      { numRuns: 400, seed: 15 },
    );
  });

  it('tashkeel and tatweel never change a verdict', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => fc.tuple(fc.constant(k), draft(k))),
        ([k, d]) => {
          const decorate = (s: string): string => s.replace(/([ب-ي])(?=[ب-ي])/g, '$1\u064E').replace(/س/g, 'سـ');
          const plain = review(k, d).map((f) => f.rule);
          const decorated = review(k, Object.fromEntries(Object.entries(d).map(([f, s]) => [f, decorate(s!)])));
          expect(decorated.map((f) => f.rule)).toEqual(plain);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('the phrase lists', () => {
  it('hold distinct phrases that survive folding (nothing a rule could never match)', () => {
    for (const list of [STOCK_PHRASES, GENERIC_CLAIMS]) {
      const folded = list.map((p) => foldArabic(p));
      expect(new Set(folded).size).toBe(list.length);
      for (const p of list) expect(view(p).folded.trim().length, p).toBeGreaterThan(2);
    }
  });

  it('each phrase is found by its rule when written in a draft', () => {
    for (const phrase of STOCK_PHRASES) {
      const found = review('proposal', { reply: `كتبت لك ${phrase} اليوم.` }).find((f) => f.rule === 'stock-phrase');
      expect(found, phrase).toBeDefined();
    }
    for (const phrase of GENERIC_CLAIMS) {
      const found = review('profile', { bio: `كتبت ${phrase} هنا.` }).find((f) => f.rule === 'generic-claim');
      expect(found, phrase).toBeDefined();
    }
  });
});
