import { describe, expect, it } from 'vitest';
import { bidiLevels, layoutTitle, visualRuns, type CardRun } from '../../../src/lib/cards/layout';
import { cardImagePath, isCardKind } from '../../../src/lib/cards/cards';

/** Every character half an em wide: enough to test breaking without a font. */
const measure = (run: CardRun) => [...run.text].length * 0.5;
const runsOf = (text: string) => visualRuns(text, bidiLevels(text));
const levelsOf = (text: string) => bidiLevels(text).join('');

describe('bidi levels of a right-to-left title', () => {
  it('keeps Arabic, its spaces and punctuation right to left', () => {
    expect(levelsOf('كيف تسعّر خدماتك؟')).toBe('1'.repeat('كيف تسعّر خدماتك؟'.length));
  });

  it('isolates a Latin word and joins Latin words separated by spaces into one run', () => {
    expect(runsOf('ابدأ على Upwork اليوم')).toEqual([
      { text: 'ابدأ على ', rtl: true },
      { text: 'Upwork', rtl: false },
      { text: ' اليوم', rtl: true },
    ]);
    expect(runsOf('حساب Google Play الجديد')).toEqual([
      { text: 'حساب ', rtl: true },
      { text: 'Google Play', rtl: false },
      { text: ' الجديد', rtl: true },
    ]);
  });

  it('keeps a number with its percent sign and separators, and a number after Latin with the Latin', () => {
    expect(runsOf('العشي: 40% من دخله')).toEqual([
      { text: 'العشي: ', rtl: true },
      { text: '40%', rtl: false },
      { text: ' من دخله', rtl: true },
    ]);
    expect(runsOf('أكثر من 12,500 خدمة')).toEqual([
      { text: 'أكثر من ', rtl: true },
      { text: '12,500', rtl: false },
      { text: ' خدمة', rtl: true },
    ]);
    expect(runsOf('نظام Windows 11 للعمل')).toEqual([
      { text: 'نظام ', rtl: true },
      { text: 'Windows 11', rtl: false },
      { text: ' للعمل', rtl: true },
    ]);
  });

  it('gives Arabic-Indic digits their own left-to-right run and tashkeel the level of its letter', () => {
    expect(runsOf('في ٢٠٢٦ تسعّر')).toEqual([
      { text: 'في ', rtl: true },
      { text: '٢٠٢٦', rtl: false },
      { text: ' تسعّر', rtl: true },
    ]);
  });

  it('leaves a space between two Latin words of different runs right to left when Arabic separates them', () => {
    expect(runsOf('Upwork أو Fiverr')).toEqual([
      { text: 'Upwork', rtl: false },
      { text: ' أو ', rtl: true },
      { text: 'Fiverr', rtl: false },
    ]);
  });
});

describe('title lines', () => {
  const words = (text: string) => text.split(' ');

  it('keeps a short title on one line at the largest size', () => {
    const layout = layoutTitle('مسار التعلم', { sizes: [60, 76], maxWidth: 1040, maxLines: 3, measure });
    expect(layout).toMatchObject({ size: 76, shortened: false });
    expect(layout.lines.map((l) => l.text)).toEqual(['مسار التعلم']);
  });

  it('breaks only between words, each line within the width, in reading order', () => {
    const title = 'كيف تكتب عرضًا يقنع العميل من السطر الأول ويجعله يقرأ حتى النهاية';
    const layout = layoutTitle(title, { sizes: [76, 60], maxWidth: 1040, maxLines: 3, measure });
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.length).toBeLessThanOrEqual(3);
    expect(layout.lines.flatMap((l) => words(l.text))).toEqual(words(title));
    for (const line of layout.lines)
      expect(measure({ text: line.text, rtl: true }) * layout.size).toBeLessThanOrEqual(1040);
  });

  it('steps down a size before using a fourth line', () => {
    // 30 words of 4 letters: 150 characters, 75 ems; at 76 px 13 ems fit a line (6 lines), at 40 px 26 ems (3 lines).
    const title = Array.from({ length: 30 }, () => 'كلمة').join(' ');
    const layout = layoutTitle(title, { sizes: [76, 40], maxWidth: 1040, maxLines: 3, measure });
    expect(layout).toMatchObject({ size: 40, shortened: false });
    expect(layout.lines).toHaveLength(3);
  });

  it('ends a title too long for three lines with «…» after a whole word', () => {
    const title = Array.from({ length: 60 }, (_, i) => `كلمة${'ب'.repeat(i % 3)}`).join(' ');
    const layout = layoutTitle(title, { sizes: [76, 60], maxWidth: 1040, maxLines: 3, measure });
    expect(layout.shortened).toBe(true);
    expect(layout.size).toBe(60);
    expect(layout.lines).toHaveLength(3);
    const last = layout.lines[2]!.text;
    expect(last.endsWith(' …')).toBe(true);
    expect(measure({ text: last, rtl: true }) * 60).toBeLessThanOrEqual(1040);
    const shown = layout.lines.flatMap((l) => words(l.text)).filter((w) => w !== '…');
    expect(shown).toEqual(words(title).slice(0, shown.length));
    // The ellipsis is drawn at the line's left end: after the last Arabic word, in the same right-to-left run.
    expect(layout.lines[2]!.runs.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('orders a line of mixed runs from the right and keeps a Latin word whole on one line', () => {
    const layout = layoutTitle('كيف تبدأ على Upwork في 2026 خطوة بخطوة', {
      sizes: [76],
      maxWidth: 9 * 76,
      maxLines: 3,
      measure,
    });
    expect(layout.lines.map((l) => l.text)).toEqual(['كيف تبدأ على', 'Upwork في 2026', 'خطوة بخطوة']);
    expect(layout.lines[1]!.runs).toEqual([
      { text: 'Upwork', rtl: false },
      { text: ' في ', rtl: true },
      { text: '2026', rtl: false },
    ]);
  });
});

describe('card addresses and kinds', () => {
  it('names one image per page path', () => {
    expect(cardImagePath('/guides/pricing/')).toBe('/og/guides/pricing.png');
    expect(cardImagePath('/path/')).toBe('/og/path.png');
    expect(cardImagePath('/')).toBe('/og/index.png');
  });

  it('knows the kinds that have cards, and no others', () => {
    expect(['guide', 'story', 'checklist', 'tool', 'path', 'module'].every(isCardKind)).toBe(true);
    expect(isCardKind('glossary')).toBe(false);
    expect(isCardKind('toString')).toBe(false);
  });
});
