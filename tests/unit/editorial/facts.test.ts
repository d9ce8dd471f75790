/**
 * Platform and country facts (fees, minimums, withdrawal costs, taxes, availability) change without notice, so the
 * site never states one as certain: each is checked and dated, or visibly labelled unverified with what to check.
 * These checks read content/ directly and fail on a fact that carries neither.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const contentDir = path.resolve(__dirname, '../../../content');

function yamlEntries(collection: string): { file: string; data: Record<string, unknown> }[] {
  const dir = path.join(contentDir, collection);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((f) => ({ file: `${collection}/${f}`, data: parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

function bodies(collection: string): { file: string; body: string }[] {
  const dir = path.join(contentDir, collection);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      file: `${collection}/${f}`,
      body: fs.readFileSync(path.join(dir, f), 'utf8').split(/\n---\n/)[1] ?? '',
    }));
}

/** A line that talks about a fee, a minimum, a withdrawal or a tax and gives a figure for it. */
const FEE_WORDS = /عمول|رسم|رسوم|الحد الأدنى|أقل سعر|ضريب|سحب/;
const FIGURE = /\d+(?:[.,٫]\d+)?\s*(?:<\/bdi>)?\s*(?:%|٪|دولار|USD|\$|جنيه|ريال|درهم|دينار|ليرة)/;
/** What makes such a figure honest: an unverified label, an explicit assumption, or a check date. */
const LABEL = /غير مؤكد|افتراض|نفترض|المفترض|تحققنا في/;

/** The lines of a body that state a platform or country figure without a label. */
function unlabelledFigures(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => FEE_WORDS.test(line) && FIGURE.test(line) && !LABEL.test(line))
    .map((line) => line.trim());
}

describe('platform and country facts', () => {
  it('every payout cell is verified with a date and a source, or unverified with what to check and where', () => {
    const countries = yamlEntries('payout-options');
    expect(countries.length).toBeGreaterThanOrEqual(5);
    for (const { file, data } of countries) {
      for (const cell of data.methods as Record<string, unknown>[]) {
        const where = `${file} (${String(cell.method)})`;
        if (cell.status === 'verified') {
          expect(String(cell.verifiedAt), `${where}: verified without a date`).toMatch(/^\d{4}-\d{2}-\d{2}/);
          expect(String(cell.verifiedSource), `${where}: verified without a source`).toMatch(/^https:\/\//);
        } else {
          expect(cell.status, `${where}: status must be verified or unverified`).toBe('unverified');
          expect(String(cell.check ?? ''), `${where}: says nothing about what to check`).toMatch(/\S{2,}.{18,}/);
        }
      }
    }
  });

  it('a platform never checked lists every fact as unverified, and never names CashU as current', () => {
    for (const { file, data } of yamlEntries('platforms')) {
      if (data.verifiedAt === null) {
        expect(data.unverified, file).toEqual(
          expect.arrayContaining(['feePercent', 'minimumPrice', 'buyerPayment', 'sellerWithdrawal', 'feeModel']),
        );
      }
      expect(JSON.stringify([data.buyerPayment, data.sellerWithdrawal]), file).not.toMatch(/cashu/i);
    }
  });

  it('a fee, minimum, withdrawal cost or tax figure in a guide or story carries a label', () => {
    for (const { file, body } of [...bodies('guides'), ...bodies('stories')]) {
      expect(unlabelledFigures(body), file).toEqual([]);
    }
  });

  it('the label check catches an unlabelled fee and accepts a labelled one', () => {
    expect(unlabelledFigures('تقتطع خمسات عمولة 20% من كل طلب.')).toHaveLength(1);
    expect(unlabelledFigures('رسم السحب <bdi>3</bdi> دولارات لكل عملية.')).toHaveLength(1);
    expect(unlabelledFigures('تقتطع خمسات عمولة 20% (غير مؤكد؛ راجع صفحة الشروط).')).toEqual([]);
    expect(unlabelledFigures('نفترض رسمًا قدره <bdi>3</bdi> دولارات.')).toEqual([]);
  });
});
