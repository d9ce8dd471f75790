/**
 * Bidi controls (overrides, embeddings, isolates) at every entry point of untrusted text: a field typed or pasted
 * (DecimalField, covered in tests/browser/bidi.test.ts), an address (both tools and search), stored documents,
 * an imported file, and a shared progress code. Each must show what it uses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BIDI_CONTROLS, stripBidiControls } from '../../../src/lib/format/bidi';
import { parseNumber } from '../../../src/lib/format/numbers';
import { queryToForm } from '../../../src/lib/pricing/form';
import { GOAL_FIELD_IDS, GOAL_FORM } from '../../../src/lib/goals/form';
import { goalTextFromQuery } from '../../../src/lib/goals/link';
import { goalsFromStoredText } from '../../../src/lib/goals/saved-goals';
import { readSearchState } from '../../../src/lib/search/address';
import { decodeProgress } from '../../../src/lib/progress/path-progress';
import { memoryStore } from '../../../src/lib/storage/stores';
import { readDocument } from '../../../src/lib/storage/documents-store';
import { importAll } from '../../../src/lib/storage/backup';
import { goals } from '../../../src/lib/storage/documents';

const RLO = '\u202E';
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const T0 = '2026-11-23T10:00:00.000Z';
const storedGoals = (fields: Record<string, string>, note = 'ملاحظة') =>
  JSON.stringify({
    schemaVersion: 2,
    revision: 1,
    updatedAt: T0,
    data: { fields, weeks: [{ weekStart: '2026-11-16', income: 100, orders: 1, proposals: 5, note }] },
  });

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate, and nothing else', () => {
    for (const c of CONTROLS) expect(stripBidiControls(`١${c}٢ abc`)).toBe('١٢ abc');
    expect(stripBidiControls('عميل\u200f واحد\u200e 12')).toBe('عميل\u200f واحد\u200e 12');
  });

  it('leaves no control in any text, and is idempotent', () => {
    const withControls = fc.array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS))).map((parts) => parts.join(''));
    fc.assert(
      fc.property(withControls, (text) => {
        const clean = stripBidiControls(text);
        expect(clean.match(BIDI_CONTROLS)).toBeNull();
        expect(stripBidiControls(clean)).toBe(clean);
      }),
    );
  });
});

describe('every entry point shows what it computes with', () => {
  it('the calculator’s address: ‮0001 is kept as 0001, the number it computes with', () => {
    const { form } = queryToForm(new URLSearchParams(`target=${RLO}0001&hours=${RLO}52`));
    expect(form.target).toBe('0001');
    expect(form.hours).toBe('52');
    expect(parseNumber(form.target)).toEqual({ ok: true, value: 1 });
  });

  it('the goal planner’s address', () => {
    expect(goalTextFromQuery(new URLSearchParams(`yearly=${RLO}00021&price=\u2067${RLO}05`), GOAL_FORM)).toEqual({
      targetYearlyNet: '00021',
      averageOrderPrice: '05',
    });
  });

  it('the search address', () => {
    expect(readSearchState(`?q=${encodeURIComponent(`${RLO}تسعير\u2066 خدمة`)}`).q).toBe('تسعير خدمة');
  });

  it('stored goals: the strict reader does not vouch for them, and the storage module opens them without controls', () => {
    const raw = storedGoals({ targetYearlyNet: `${RLO}0001` }, `ملاحظة ${RLO}12`);
    expect(goalsFromStoredText(raw, GOAL_FIELD_IDS)).toBeNull();
    const state = readDocument(memoryStore({ 'dalil:goals': raw }), goals, () => new Date(T0));
    expect(state.notice).toBeNull();
    expect(state.data.fields.targetYearlyNet).toBe('0001');
    expect(state.data.weeks[0]?.note).toBe('ملاحظة 12');
  });

  it('an imported file: what is written has no controls', () => {
    const store = memoryStore();
    const file = JSON.stringify({
      app: 'dalil',
      exportedAt: T0,
      documents: { goals: JSON.parse(storedGoals({ averageOrderPrice: `\u202D50${RLO}` }, `${RLO}أسبوع`)) },
    });
    expect(importAll(store, file, () => new Date(T0))).toMatchObject({ ok: true });
    const written = store.getItem('dalil:goals') ?? '';
    expect(written).toContain('"averageOrderPrice":"50"');
    expect(written.match(BIDI_CONTROLS)).toBeNull();
  });

  it('a shared progress code with a control is refused, so no wrong view is shown', () => {
    expect(decodeProgress(['a', 'b'], `d${RLO}`)).toBeNull();
    expect(decodeProgress(['a', 'b'], `${RLO}ds`)).toBeNull();
  });
});
