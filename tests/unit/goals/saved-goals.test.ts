import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GOAL_FIELD_IDS } from '../../../src/lib/goals/form';
import { memoryStore, type KeyValueStore } from '../../../src/lib/storage/stores';
import { openDocument, readDocument } from '../../../src/lib/storage/documents-store';
import { documentKey, STORAGE_KEYS } from '../../../src/lib/storage/keys';
import { GOAL_FIELDS, goals, type Goals } from '../../../src/lib/storage/documents';
import { GOALS_VERSION, goalsFromStoredText } from '../../../src/lib/goals/saved-goals';

const GOALS_KEY = STORAGE_KEYS.goals;

const T0 = '2026-11-23T10:00:00.000Z';
const week = { weekStart: '2026-11-02', income: 300, orders: 10, proposals: 60, note: 'بداية بطيئة' };
const data: Goals = { fields: { targetYearlyNet: '١٨٠٠٠', platformFeePercent: '20' }, weeks: [week] };
const envelope = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: GOALS_VERSION, revision: 3, updatedAt: T0, data, ...over });

/** What storage/documents-store.ts makes of `raw` stored as the goals document, and whether reading it changed the store. */
function opened(raw: string) {
  const store = memoryStore({ [GOALS_KEY]: raw });
  const state = readDocument(store, goals, () => new Date(T0));
  return { state, untouched: store.length === 1 && store.getItem(GOALS_KEY) === raw };
}

describe('strict reading of saved goals, before storage/documents-store.ts loads', () => {
  it('matches the goals document of storage/documents.ts: its key, version and fields', () => {
    expect(GOALS_KEY).toBe(documentKey(goals));
    expect(GOALS_VERSION).toBe(goals.version);
    expect([...GOAL_FIELD_IDS].sort()).toEqual([...GOAL_FIELDS].sort());
  });

  it('shows nothing stored as empty goals, and a current document as storage/documents-store.ts opens it', () => {
    expect(goalsFromStoredText(null, GOAL_FIELD_IDS)).toEqual(goals.empty());
    expect(goalsFromStoredText(envelope(), GOAL_FIELD_IDS)).toEqual(data);
    expect(goalsFromStoredText(envelope(), GOAL_FIELD_IDS)).toEqual(opened(envelope()).state.data);
    // With the currency the reader chose (version 4).
    const inPounds = envelope({ data: { ...data, currency: 'EGP' } });
    expect(goalsFromStoredText(inPounds, GOAL_FIELD_IDS)).toEqual({ ...data, currency: 'EGP' });
    expect(goalsFromStoredText(inPounds, GOAL_FIELD_IDS)).toEqual(opened(inPounds).state.data);
  });

  it('migrates version 3 goals (no currency) as they were, and stores the chosen currency from then on', () => {
    const v3 = JSON.stringify({ schemaVersion: 3, revision: 2, updatedAt: T0, data });
    expect(goalsFromStoredText(v3, GOAL_FIELD_IDS)).toBeNull();
    expect(opened(v3).state.data).toEqual(data);
  });

  it('leaves to storage/documents-store.ts anything it would quarantine, migrate or open read-only', () => {
    const cases: Record<string, string> = {
      empty: '',
      'not JSON': '{"schemaVersion":2,"revision":3,"data":{"fields":',
      'not an object': '[1]',
      'version 1 (migrated)': JSON.stringify({
        schemaVersion: 1,
        revision: 1,
        updatedAt: T0,
        data: { fields: {}, fee: 0.2, weeks: [] },
      }),
      'version 2 (migrated)': envelope({ schemaVersion: 2 }),
      'newer version (read-only)': envelope({ schemaVersion: GOALS_VERSION + 1 }),
      'extra envelope key': envelope({ extra: 1 }),
      'no revision': JSON.stringify({ schemaVersion: GOALS_VERSION, updatedAt: T0, data }),
      'unknown currency': envelope({ data: { ...data, currency: 'XYZ' } }),
      'currency not text': envelope({ data: { ...data, currency: 5 } }),
      'negative revision': envelope({ revision: -1 }),
      'time not ISO': envelope({ updatedAt: '2026-11-23 10:00' }),
      'time not real': envelope({ updatedAt: '2026-02-30T10:00:00.000Z' }),
      'extra data key': envelope({ data: { ...data, fee: 0.2 } }),
      'fields an array': envelope({ data: { fields: [], weeks: [] } }),
      'unknown field': envelope({ data: { fields: { hourlyRate: '5' }, weeks: [] } }),
      'field not text': envelope({ data: { fields: { startPrice: 10 }, weeks: [] } }),
      'field too long': envelope({ data: { fields: { startPrice: '1'.repeat(101) }, weeks: [] } }),
      'weeks not an array': envelope({ data: { fields: {}, weeks: {} } }),
      'day not real': envelope({ data: { fields: {}, weeks: [{ ...week, weekStart: '2026-02-30' }] } }),
      'day as an array': envelope({ data: { fields: {}, weeks: [{ ...week, weekStart: ['2026-11-02'] }] } }),
      'negative income': envelope({ data: { fields: {}, weeks: [{ ...week, income: -1 }] } }),
      'infinite income': envelope({ data: { fields: {}, weeks: [{ ...week, income: 1e400 }] } }).replace(
        'null',
        '1e400',
      ),
      'fractional orders': envelope({ data: { fields: {}, weeks: [{ ...week, orders: 1.5 }] } }),
      'unsafe proposals': envelope({ data: { fields: {}, weeks: [{ ...week, proposals: 2 ** 53 }] } }),
      'note too long': envelope({ data: { fields: {}, weeks: [{ ...week, note: 'x'.repeat(2001) }] } }),
      'extra week key': envelope({ data: { fields: {}, weeks: [{ ...week, rating: 5 }] } }),
      'same week twice': envelope({ data: { fields: {}, weeks: [week, { ...week, note: '' }] } }),
      'a prototype key': envelope().replace('"fields":{', '"fields":{"__proto__":"x",'),
    };
    for (const [name, raw] of Object.entries(cases)) expect(goalsFromStoredText(raw, GOAL_FIELD_IDS), name).toBeNull();
  });

  it('never vouches for text that storage/documents-store.ts would not open as it is (stricter is allowed, looser never)', () => {
    // Mostly valid documents with a near miss here and there, so that both answers come up often.
    const nearly = <T>(valid: fc.Arbitrary<T>, ...misses: fc.Arbitrary<unknown>[]) =>
      fc.oneof(
        { weight: 12, arbitrary: valid as fc.Arbitrary<unknown> },
        ...misses.map((arbitrary) => ({ weight: 1, arbitrary })),
      );
    const someDate = fc.date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    // An extra key now and then (JSON.stringify drops the undefined ones).
    const extra = nearly(fc.constant(undefined), fc.anything());
    const count = nearly(fc.nat(), fc.constantFrom(-1, 1.5, 2 ** 53, '3', null, -0));
    const weekArb = fc.record(
      {
        weekStart: nearly(
          someDate.map((d) => d.toISOString().slice(0, 10)),
          fc.stringMatching(/^\d{4}-\d\d-\d\d$/),
          fc.constantFrom('2026-11-2', '', 20261102),
        ),
        income: nearly(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom(-0.5, '5', null, 1e13)),
        orders: count,
        proposals: count,
        note: nearly(fc.string({ maxLength: 5 }), fc.constantFrom('x'.repeat(2000), 'x'.repeat(2001), 7)),
        extra,
      },
      { requiredKeys: ['weekStart', 'income', 'orders', 'proposals', 'note', 'extra'] },
    );
    const weeksArb = nearly(fc.array(weekArb, { maxLength: 3 }), fc.constant({}), fc.constant('[]'));
    const fieldsArb = nearly(
      fc.dictionary(
        nearly(
          fc.constantFrom(...GOAL_FIELDS),
          fc.constantFrom('hourlyRate', '__proto__', 'toString'),
        ) as fc.Arbitrary<string>,
        nearly(fc.string({ maxLength: 5 }), fc.constantFrom('1'.repeat(100), '1'.repeat(101), 5)),
        { maxKeys: 4 },
      ),
      fc.constant([]),
      fc.constant(null),
    );
    const envelopeArb = fc.record({
      schemaVersion: nearly(
        fc.constant(GOALS_VERSION),
        fc.constantFrom(1, GOALS_VERSION - 1, GOALS_VERSION + 1, String(GOALS_VERSION), 0),
      ),
      revision: count,
      updatedAt: nearly(
        someDate.map((d) => d.toISOString()),
        fc.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        fc.constantFrom('2026-11-23T10:00:00Z', '2026-11-23T10:00:00.000+01:00', ''),
      ),
      data: nearly(fc.record({ fields: fieldsArb, weeks: weeksArb, extra }), fc.anything()),
      extra,
    });
    let vouched = 0;
    let refused = 0;
    fc.assert(
      fc.property(envelopeArb, (value) => {
        const raw = JSON.stringify(value);
        const seen = goalsFromStoredText(raw, GOAL_FIELD_IDS);
        if (seen === null) return void refused++;
        vouched++;
        const { state, untouched } = opened(raw);
        expect(state.notice).toBeNull();
        expect(state.readOnly).toBe(false);
        expect(untouched).toBe(true);
        expect(seen).toEqual(state.data);
      }),
      { numRuns: 3000 },
    );
    expect(vouched, 'documents vouched for').toBeGreaterThan(100);
    expect(refused, 'documents refused').toBeGreaterThan(100);
  });

  it('vouches for whatever storage/documents-store.ts writes, so a returning reader never waits for it', () => {
    const text = fc.string({ maxLength: 100 });
    const weekArb = fc.record({
      weekStart: fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      income: fc.double({ min: 0, max: 1e12, noNaN: true }),
      orders: fc.nat(),
      proposals: fc.nat(),
      note: fc.string({ maxLength: 2000 }),
    });
    const goalsArb: fc.Arbitrary<Goals> = fc.record({
      fields: fc.record(Object.fromEntries(GOAL_FIELDS.map((f) => [f, text])), { requiredKeys: [] }),
      weeks: fc.uniqueArray(weekArb, { selector: (w) => w.weekStart, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        goalsArb,
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (g, when) => {
          const store: KeyValueStore = memoryStore();
          expect(openDocument(store, 'goals', () => when).update(() => g).saved).toBe(true);
          expect(goalsFromStoredText(store.getItem(GOALS_KEY), GOAL_FIELD_IDS)).toEqual(g);
        },
      ),
      { numRuns: 300 },
    );
  });
});
