/** Shared by the storage tests: clocks, stored text, snapshots, a store that fails on demand, and arbitraries. */
import fc from 'fast-check';
import { memoryStore, type KeyValueStore } from '../../../src/lib/storage/stores';
import { openDocument } from '../../../src/lib/storage/documents-store';
import {
  DOCUMENT_NAMES,
  type Checklists,
  type DocumentName,
  type Goals,
  type Progress,
} from '../../../src/lib/storage/documents';

export const T0 = '2026-11-23T10:00:00.000Z';

/** A clock that moves one second per call, so every write has its own `updatedAt`. */
export function ticking(start = T0): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
export const fixed =
  (iso = T0) =>
  () =>
    new Date(iso);

export function envelope(schemaVersion: number, data: unknown, revision = 1, updatedAt = T0): string {
  return JSON.stringify({ schemaVersion, revision, updatedAt, data });
}

/** Every key and value, to show an operation changed nothing. */
export function snapshot(store: KeyValueStore): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null) out[key] = store.getItem(key);
  }
  return out;
}

/** A store that works until told otherwise, then fails writes the way a full browser storage does. */
export function flakyStore(error: unknown = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const inner = memoryStore();
  const control = { failWrites: false, failReads: false, failRemoves: false, failKeys: new Set<string>() };
  const store: KeyValueStore = {
    getItem: (key) => {
      if (control.failReads) throw new Error('read failed');
      return inner.getItem(key);
    },
    setItem: (key, value) => {
      if (control.failWrites || control.failKeys.has(key)) throw error;
      inner.setItem(key, value);
    },
    removeItem: (key) => {
      if (control.failRemoves) throw error;
      inner.removeItem(key);
    },
    key: (i) => inner.key(i),
    get length() {
      return inner.length;
    },
  };
  return { store, inner, control };
}

export const tick =
  (list: string, item: string) =>
  (data: Checklists): Checklists => ({
    ...data,
    [list]: { ...data[list], [item]: true },
  });

export const arabicNote = 'أنهيت طلبين لعميل من الرياض، والثالث غدًا إن شاء الله 🎉';

export function filledStore(clock = ticking()): KeyValueStore {
  const store = memoryStore();
  openDocument(store, 'progress', clock).update(() => ({ 'first-gig': 'done', 'profile-photo': 'skipped' }));
  openDocument(store, 'checklists', clock).update(() => ({ 'first-client': { profile: true, 'portfolio-3': true } }));
  openDocument(store, 'goals', clock).update(() => ({
    fields: { targetYearlyNet: '١٢٠٠٠', platformFeePercent: '20' },
    weeks: [{ weekStart: '2026-11-16', income: 37.5, orders: 3, proposals: 12, note: arabicNote }],
  }));
  openDocument(store, 'writing', clock).update(() => ({
    drafts: [
      {
        id: 'd-1',
        kind: 'proposal',
        name: 'عرض متجر الملابس',
        fields: { post: 'أحتاج كاتب أوصاف', reply: arabicNote },
        updatedAt: T0,
      },
    ],
  }));
  openDocument(store, 'scenarios', clock).update(() => ({
    scenarios: [
      {
        id: 's-1',
        name: 'خمسات بالجنيه',
        fields: { target: '٢٠٠٠٠' },
        currency: 'EGP',
        platform: 'khamsat',
        savedAt: T0,
      },
    ],
  }));
  return store;
}

export function readAll(store: KeyValueStore) {
  return Object.fromEntries(DOCUMENT_NAMES.map((name) => [name, openDocument(store, name, ticking()).state.data]));
}

// ---- properties ---------------------------------------------------------------------------------------------------

export const idArb = fc
  .stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .filter((id) => id.length <= 100 && id !== 'constructor' && id !== 'prototype');
export const arabicArb = fc.constantFrom('', 'عميل', 'طلب أول', 'خدمة مصغرة', '١٢٠٠٠', 'مرحبًا 👋', '\u200f', '"\\');
export const textArb = fc
  .array(fc.oneof(arabicArb, fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 5 })), {
    maxLength: 4,
  })
  .map((parts) => parts.join(' '));
export const progressArb: fc.Arbitrary<Progress> = fc.dictionary(
  idArb,
  fc.constantFrom('done' as const, 'skipped' as const),
  {
    maxKeys: 6,
  },
);
export const checklistsArb: fc.Arbitrary<Checklists> = fc.dictionary(
  idArb,
  fc.dictionary(idArb, fc.constant(true as const), { maxKeys: 5 }),
  { maxKeys: 4 },
);
export const weekArb = fc.record({
  weekStart: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  income: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  orders: fc.nat(1000),
  proposals: fc.nat(1000),
  note: textArb.map((t) => t.slice(0, 2000)),
});
export const goalsArb: fc.Arbitrary<Goals> = fc.record({
  fields: fc.record(
    Object.fromEntries(
      [
        'targetYearlyNet',
        'averageOrderPrice',
        'platformFeePercent',
        'acceptancePercent',
        'workingDaysPerWeek',
        'startPrice',
        'raiseEveryMonths',
      ].map((f) => [f, textArb.map((t) => t.slice(0, 100))]),
    ),
    { requiredKeys: [] },
  ),
  weeks: fc.uniqueArray(weekArb, { selector: (w) => w.weekStart, maxLength: 5 }),
});

/**
 * For every document, one stored fixture per earlier version and the data it must become. A new version without
 * fixtures for the versions before it fails the coverage test in documents-store.test.ts.
 */
export const MIGRATION_FIXTURES: Record<DocumentName, { version: number; raw: string; expected: unknown }[]> = {
  progress: [],
  checklists: [],
  practice: [
    {
      // Version 1 had no deliverables: the answers and ticks come through unchanged, and none is delivered.
      version: 1,
      raw: envelope(
        1,
        {
          answers: { 'understand-escrow-late': { chosen: ['b'], at: T0 } },
          projects: { 'from-zero-to-steady-income': { understand: { 'hourly-rate-known': true } } },
        },
        3,
      ),
      expected: {
        answers: { 'understand-escrow-late': { chosen: ['b'], at: T0 } },
        projects: { 'from-zero-to-steady-income': { understand: { 'hourly-rate-known': true } } },
      },
    },
  ],
  meta: [],
  writing: [],
  scenarios: [],
  goals: [
    {
      version: 1,
      raw: envelope(
        1,
        {
          fields: { targetYearlyNet: '١٢٠٠٠', averageOrderPrice: '25', startPrice: '5' },
          fee: 0.2,
          weeks: [
            { weekStart: '2026-11-16', income: 40, orders: 2, proposals: 9, note: 'أول طلبين من عميل في الرياض' },
          ],
        },
        3,
      ),
      expected: {
        fields: { targetYearlyNet: '١٢٠٠٠', averageOrderPrice: '25', startPrice: '5', platformFeePercent: '20' },
        weeks: [{ weekStart: '2026-11-16', income: 40, orders: 2, proposals: 9, note: 'أول طلبين من عميل في الرياض' }],
      },
    },
    {
      // Version 2 had no weeks off: the planner's default applies until the reader types one.
      version: 2,
      raw: envelope(2, { fields: { targetYearlyNet: '24000', platformFeePercent: '15' }, weeks: [] }, 5),
      expected: { fields: { targetYearlyNet: '24000', platformFeePercent: '15' }, weeks: [] },
    },
    {
      // Version 3 kept no currency: the planner's default applies until the reader chooses one.
      version: 3,
      raw: envelope(3, { fields: { targetYearlyNet: '24000', weeksOff: '4' }, weeks: [] }, 2),
      expected: { fields: { targetYearlyNet: '24000', weeksOff: '4' }, weeks: [] },
    },
  ],
};
