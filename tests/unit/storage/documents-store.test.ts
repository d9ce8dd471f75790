import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import {
  applyExternalChange,
  discardQuarantine,
  documentKey,
  DocumentStore,
  exportAll,
  importAll,
  listQuarantine,
  MAX_IMPORT_BYTES,
  memoryStore,
  openDocument,
  readDocument,
  safeStore,
  StorageUnavailableError,
  updateDocument,
  type KeyValueStore,
} from '../../../src/lib/storage/documents-store';
import {
  checklists,
  DOCUMENT_NAMES,
  DOCUMENTS,
  goals,
  meta,
  progress,
  type Checklists,
  type DocumentName,
  type Goals,
  type Meta,
  type Progress,
} from '../../../src/lib/storage/documents';

const T0 = '2026-11-23T10:00:00.000Z';

/** A clock that moves one second per call, so every write has its own `updatedAt`. */
function ticking(start = T0): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
const fixed =
  (iso = T0) =>
  () =>
    new Date(iso);

function envelope(schemaVersion: number, data: unknown, revision = 1, updatedAt = T0): string {
  return JSON.stringify({ schemaVersion, revision, updatedAt, data });
}

/** Every key and value, to show an operation changed nothing. */
function snapshot(store: KeyValueStore): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null) out[key] = store.getItem(key);
  }
  return out;
}

/** A store that works until told otherwise, then fails writes the way a full browser storage does. */
function flakyStore(error: unknown = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
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

const tick =
  (list: string, item: string) =>
  (data: Checklists): Checklists => ({
    ...data,
    [list]: { ...data[list], [item]: true },
  });

describe('stores', () => {
  it('memoryStore behaves like Web Storage', () => {
    const store = memoryStore({ a: '1' });
    store.setItem('b', '2');
    expect([store.length, store.getItem('a'), store.getItem('b'), store.getItem('c')]).toEqual([2, '1', '2', null]);
    expect([store.key(0), store.key(1), store.key(2)]).toEqual(['a', 'b', null]);
    store.removeItem('a');
    expect([store.length, store.getItem('a')]).toEqual([1, null]);
  });

  it('safeStore survives a localStorage getter that throws SecurityError, and asks only once', () => {
    let calls = 0;
    const store = safeStore(() => {
      calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getItem('dalil:progress')).toBeNull();
    expect(store.length).toBe(0);
    expect(store.key(0)).toBeNull();
    expect(() => store.setItem('k', 'v')).toThrow(StorageUnavailableError);
    expect(() => store.removeItem('k')).toThrow(StorageUnavailableError);
    expect(calls).toBe(1);
  });

  it('safeStore treats a missing localStorage as unavailable and passes a real one through', () => {
    expect(() => safeStore(() => null).setItem('k', 'v')).toThrow(StorageUnavailableError);
    expect(() => safeStore(() => undefined).setItem('k', 'v')).toThrow(StorageUnavailableError);
    const inner = memoryStore();
    const store = safeStore(() => inner);
    store.setItem('k', 'v');
    expect([inner.getItem('k'), store.getItem('k'), store.length, store.key(0)]).toEqual(['v', 'v', 1, 'k']);
    store.removeItem('k');
    expect(inner.length).toBe(0);
  });

  it('accepts the browser Storage type, and never throws on whatever globalThis.localStorage is here', () => {
    expectTypeOf<Storage>().toExtend<KeyValueStore>();
    const store = safeStore(() => globalThis.localStorage);
    expect(() => store.getItem('dalil:progress')).not.toThrow();
  });

  it('keeps working in memory without storage, and says each save was not kept', () => {
    const doc = openDocument(
      safeStore(() => null),
      'checklists',
      ticking(),
    );
    const first = doc.update(tick('first-client', 'profile'));
    const second = doc.update(tick('first-client', 'portfolio'));
    expect(first).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(second).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(doc.state.data).toEqual({ 'first-client': { profile: true, portfolio: true } });
  });

  it('reports quota when setItem throws a QuotaExceededError, keeps the change in memory, and saves it later', () => {
    const { store, inner, control } = flakyStore();
    const doc = openDocument(store, 'checklists', ticking());
    expect(doc.update(tick('a', 'one'))).toMatchObject({ saved: true });
    control.failWrites = true;
    expect(doc.update(tick('a', 'two'))).toMatchObject({ saved: false, reason: 'quota' });
    expect(doc.update(tick('a', 'three'))).toMatchObject({ saved: false, reason: 'quota' });
    expect(doc.state.data).toEqual({ a: { one: true, two: true, three: true } });
    expect(JSON.parse(inner.getItem('dalil:checklists') ?? '').data).toEqual({ a: { one: true } });
    control.failWrites = false;
    const saved = doc.update(tick('a', 'four'));
    expect(saved.saved).toBe(true);
    expect(JSON.parse(inner.getItem('dalil:checklists') ?? '')).toMatchObject({
      revision: 2,
      data: { a: { one: true, two: true, three: true, four: true } },
    });
  });

  it('recognises quota errors by legacy code and Firefox name; anything else is unavailable', () => {
    for (const error of [
      { name: 'Error', code: 22 },
      { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 },
    ]) {
      const { store, control } = flakyStore(error);
      control.failWrites = true;
      expect(openDocument(store, 'progress', ticking()).update((p) => ({ ...p, x: 'done' }))).toMatchObject({
        reason: 'quota',
      });
    }
    const { store, control } = flakyStore(new TypeError('boom'));
    control.failWrites = true;
    expect(openDocument(store, 'progress', ticking()).update((p) => ({ ...p, x: 'done' }))).toMatchObject({
      reason: 'unavailable',
    });
  });

  it('never throws when getItem throws: the document starts empty and saves report unavailable', () => {
    const { store, control } = flakyStore();
    control.failReads = true;
    const doc = openDocument(store, 'progress', ticking());
    expect(doc.state.data).toEqual({});
    expect(doc.update((p) => ({ ...p, intro: 'done' }))).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(doc.state.data).toEqual({ intro: 'done' });
    expect(listQuarantine(store)).toEqual([]);
  });
});

describe('reading documents', () => {
  it('starts empty when nothing is stored', () => {
    for (const name of DOCUMENT_NAMES) {
      const state = openDocument(memoryStore(), name, ticking()).state;
      expect(state).toEqual({
        data: DOCUMENTS[name].empty(),
        revision: 0,
        updatedAt: null,
        storedVersion: null,
        readOnly: false,
        notice: null,
      });
    }
  });

  it('reads a valid envelope', () => {
    const store = memoryStore({
      'dalil:progress': envelope(1, { 'first-gig': 'done', 'profile-photo': 'skipped' }, 4),
    });
    const state = readDocument(store, progress, ticking());
    expect(state).toMatchObject({
      data: { 'first-gig': 'done', 'profile-photo': 'skipped' },
      revision: 4,
      updatedAt: T0,
      readOnly: false,
    });
  });

  it('writes the envelope with revision + 1 under a dalil: key', () => {
    const store = memoryStore();
    const doc = openDocument(store, 'meta', fixed('2026-12-01T08:00:00.000Z'));
    doc.update(() => ({ lastExportedAt: T0 }));
    expect(JSON.parse(store.getItem('dalil:meta') ?? '')).toEqual({
      schemaVersion: 1,
      revision: 1,
      updatedAt: '2026-12-01T08:00:00.000Z',
      data: { lastExportedAt: T0 },
    });
  });

  it('quarantines unparseable JSON, reports it with the raw text and starts empty', () => {
    const raw = '{"schemaVersion":1,"revision":2,"data":{"a": tru';
    const store = memoryStore({ 'dalil:checklists': raw });
    const doc = openDocument(store, 'checklists', fixed());
    const key = `dalil:quarantine:checklists:${T0}`;
    expect(doc.state).toMatchObject({
      data: {},
      revision: 0,
      notice: { kind: 'quarantined', reason: 'not-json', raw, quarantineKey: key },
    });
    expect(store.getItem(key)).toBe(raw);
    expect(store.getItem('dalil:checklists')).toBeNull();
    expect(listQuarantine(store)).toEqual([{ key, document: 'checklists', raw, savedAt: T0 }]);
  });

  it.each([
    ['a wrong step state', envelope(1, { intro: 'finished' })],
    ['an id that is not a slug', envelope(1, { 'First Step': 'done' })],
    ['a reserved id', envelope(1, { constructor: 'done' })],
    ['data of the wrong type', envelope(1, ['intro'])],
    ['a missing revision', JSON.stringify({ schemaVersion: 1, updatedAt: T0, data: {} })],
    ['an unknown envelope field', JSON.stringify({ schemaVersion: 1, revision: 1, updatedAt: T0, data: {}, extra: 1 })],
    ['no envelope at all', '"just a string"'],
    ['null', 'null'],
    ['a version 0', envelope(0, {})],
  ])('quarantines valid JSON with %s', (_label, raw) => {
    const store = memoryStore({ 'dalil:progress': raw });
    const state = readDocument(store, progress, fixed());
    expect(state.data).toEqual({});
    expect(state.notice).toEqual({
      kind: 'quarantined',
      reason: 'invalid',
      raw,
      quarantineKey: `dalil:quarantine:progress:${T0}`,
    });
    expect(listQuarantine(store).map((e) => e.raw)).toEqual([raw]);
  });

  it('does not quarantine the same text twice when it could not be removed', () => {
    const { store, inner, control } = flakyStore();
    inner.setItem('dalil:progress', 'oops');
    control.failRemoves = true;
    readDocument(store, progress, ticking());
    const again = readDocument(store, progress, ticking('2026-12-01T00:00:00.000Z'));
    expect(listQuarantine(store)).toHaveLength(1);
    expect(again.notice).toMatchObject({ quarantineKey: `dalil:quarantine:progress:${T0}` });
  });

  it('keeps broken text in place when the quarantine copy fails, and refuses to overwrite it', () => {
    const { store, inner, control } = flakyStore();
    inner.setItem('dalil:goals', '{broken');
    control.failWrites = true;
    const doc = openDocument(store, 'goals', ticking());
    expect(doc.state.notice).toEqual({ kind: 'quarantined', reason: 'not-json', raw: '{broken', quarantineKey: null });
    const result = doc.update((g) => ({ ...g, fields: { startPrice: '5' } }));
    expect(result).toMatchObject({ saved: false, reason: 'quota' });
    expect(inner.getItem('dalil:goals')).toBe('{broken');
    expect(doc.state.data.fields).toEqual({ startPrice: '5' });
    control.failWrites = false;
    const saved = doc.update((g) => ({ ...g, fields: { ...g.fields, targetYearlyNet: '12000' } }));
    expect(saved.saved).toBe(true);
    expect(listQuarantine(store).map((e) => e.raw)).toEqual(['{broken']);
    expect(readDocument(store, goals, ticking()).data.fields).toEqual({ startPrice: '5', targetYearlyNet: '12000' });
  });

  it('starts a fresh revision after quarantine', () => {
    const store = memoryStore({ 'dalil:progress': 'nope' });
    const doc = openDocument(store, 'progress', ticking());
    expect(doc.update((p) => ({ ...p, intro: 'done' }))).toMatchObject({ saved: true, state: { revision: 1 } });
    expect(doc.state.notice?.kind).toBe('quarantined');
  });

  it('lists quarantined texts oldest first, separates same-time copies, and discards only quarantine keys', () => {
    const store = memoryStore();
    store.setItem('dalil:goals', 'bad goals');
    readDocument(store, goals, fixed('2026-11-25T00:00:00.000Z'));
    store.setItem('dalil:progress', 'bad progress 1');
    readDocument(store, progress, fixed());
    store.setItem('dalil:progress', 'bad progress 2');
    readDocument(store, progress, fixed());
    const list = listQuarantine(store);
    expect(list.map((e) => [e.document, e.raw, e.savedAt])).toEqual([
      ['progress', 'bad progress 1', T0],
      ['progress', 'bad progress 2', T0],
      ['goals', 'bad goals', '2026-11-25T00:00:00.000Z'],
    ]);
    expect(list[1]?.key).toBe(`dalil:quarantine:progress:${T0}~2`);
    store.setItem('dalil:checklists', envelope(1, {}));
    expect(discardQuarantine(store, 'dalil:checklists')).toBe(false);
    expect(store.getItem('dalil:checklists')).not.toBeNull();
    expect(discardQuarantine(store, list[0]?.key ?? '')).toBe(true);
    expect(listQuarantine(store).map((e) => e.raw)).toEqual(['bad progress 2', 'bad goals']);
  });

  it('never throws from listQuarantine or discardQuarantine on a broken store', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('x');
      },
      setItem: () => {
        throw new Error('x');
      },
      removeItem: () => {
        throw new Error('x');
      },
      key: () => 'dalil:quarantine:progress:' + T0,
      length: 1,
    };
    expect(listQuarantine(broken)).toEqual([]);
    expect(discardQuarantine(broken, 'dalil:quarantine:progress:' + T0)).toBe(false);
    expect(readDocument(broken, progress, fixed()).data).toEqual({});
  });
});

describe('a newer version', () => {
  it('opens read-only with a notice, shows data the current schema still reads, and is never overwritten', () => {
    const raw = envelope(7, { intro: 'done' }, 9);
    const store = memoryStore({ 'dalil:progress': raw });
    const doc = openDocument(store, 'progress', ticking());
    expect(doc.state).toMatchObject({
      data: { intro: 'done' },
      readOnly: true,
      storedVersion: 7,
      revision: 9,
      notice: { kind: 'newer-version', storedVersion: 7 },
    });
    const result = doc.update((p) => ({ ...p, other: 'done' }));
    expect(result).toMatchObject({ saved: false, reason: 'read-only' });
    expect(store.getItem('dalil:progress')).toBe(raw);
    expect(listQuarantine(store)).toEqual([]);
  });

  it('shows an empty read-only document when the newer data has a shape we do not know', () => {
    const raw = JSON.stringify({ schemaVersion: 3, rev: 'x', data: { steps: [{ id: 'intro' }] } });
    const store = memoryStore({ 'dalil:progress': raw });
    const state = readDocument(store, progress, ticking());
    expect(state).toMatchObject({
      data: {},
      readOnly: true,
      revision: 0,
      updatedAt: null,
      notice: { kind: 'newer-version', storedVersion: 3 },
    });
    expect(store.getItem('dalil:progress')).toBe(raw);
  });

  it('refuses a save when another tab wrote a newer version after this one loaded', () => {
    const store = memoryStore();
    const doc = openDocument(store, 'checklists', ticking());
    const raw = envelope(2, { a: { b: true } }, 5);
    store.setItem('dalil:checklists', raw);
    const result = doc.update(tick('a', 'c'));
    expect(result).toMatchObject({ saved: false, reason: 'read-only', state: { readOnly: true } });
    expect(store.getItem('dalil:checklists')).toBe(raw);
  });
});

/**
 * For every document, one stored fixture per earlier version and the data it must become. A new version without
 * fixtures for the versions before it fails the coverage test below.
 */
const MIGRATION_FIXTURES: Record<DocumentName, { version: number; raw: string; expected: unknown }[]> = {
  progress: [],
  checklists: [],
  meta: [],
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
  ],
};

describe('migrations', () => {
  it('has one migration per earlier version and a fixture for each', () => {
    for (const name of DOCUMENT_NAMES) {
      const spec = DOCUMENTS[name];
      expect(spec.migrations).toHaveLength(spec.version - 1);
      const versions = MIGRATION_FIXTURES[name].map((f) => f.version);
      for (let v = 1; v < spec.version; v++) expect(versions, `${name} v${v}`).toContain(v);
    }
  });

  it('migrates every fixture to the current version on read', () => {
    for (const name of DOCUMENT_NAMES) {
      for (const fixture of MIGRATION_FIXTURES[name]) {
        const store = memoryStore({ [documentKey(DOCUMENTS[name])]: fixture.raw });
        const state = openDocument(store, name, ticking()).state;
        expect(state.data).toEqual(fixture.expected);
        expect(state.storedVersion).toBe(fixture.version);
        expect(state.notice).toBeNull();
        expect(store.getItem(documentKey(DOCUMENTS[name]))).toBe(fixture.raw);
      }
    }
  });

  it('turns the v1 fee fraction into typed percent text without float noise, and leaves an unset fee unset', () => {
    const read = (fee: number | null) =>
      readDocument(memoryStore({ 'dalil:goals': envelope(1, { fields: {}, fee, weeks: [] }) }), goals, ticking()).data
        .fields;
    expect(read(0.07)).toEqual({ platformFeePercent: '7' });
    expect(read(0.075)).toEqual({ platformFeePercent: '7.5' });
    expect(read(0)).toEqual({ platformFeePercent: '0' });
    expect(read(null)).toEqual({});
  });

  it('writes the current version on the next save', () => {
    const store = memoryStore({ 'dalil:goals': MIGRATION_FIXTURES.goals[0]?.raw ?? '' });
    const doc = openDocument(store, 'goals', ticking());
    expect(doc.update((g) => ({ ...g, fields: { ...g.fields, raiseEveryMonths: '3' } })).saved).toBe(true);
    const stored = JSON.parse(store.getItem('dalil:goals') ?? '');
    expect(stored).toMatchObject({ schemaVersion: 2, revision: 4 });
    expect(stored.data.fields).toMatchObject({ platformFeePercent: '20', raiseEveryMonths: '3' });
    expect(stored.data).not.toHaveProperty('fee');
  });

  it('quarantines an old version that does not match its own schema', () => {
    for (const data of [
      { fields: {}, fee: 20, weeks: [] },
      { fields: { platformFeePercent: '20' }, fee: null, weeks: [] },
    ]) {
      const store = memoryStore({ 'dalil:goals': envelope(1, data) });
      expect(readDocument(store, goals, ticking()).notice).toMatchObject({ kind: 'quarantined', reason: 'invalid' });
    }
  });

  it('rejects a version-2 goals document in the version-1 shape', () => {
    const store = memoryStore({ 'dalil:goals': envelope(2, { fields: {}, fee: 0.2, weeks: [] }) });
    expect(readDocument(store, goals, ticking()).notice).toMatchObject({ reason: 'invalid' });
  });
});

describe('goals schema', () => {
  const base: Goals = { fields: {}, weeks: [] };
  const week = { weekStart: '2026-11-16', income: 10.5, orders: 1, proposals: 4, note: '' };
  it.each([
    ['an unknown field', { ...base, fields: { hourlyRate: '10' } }],
    ['a number where text is typed', { ...base, fields: { startPrice: 5 } }],
    ['an impossible date', { ...base, weeks: [{ ...week, weekStart: '2026-02-30' }] }],
    ['a fractional order count', { ...base, weeks: [{ ...week, orders: 1.5 }] }],
    ['negative income', { ...base, weeks: [{ ...week, income: -1 }] }],
    ['two entries for one week', { ...base, weeks: [week, { ...week, note: 'again' }] }],
    ['an extra key in a week', { ...base, weeks: [{ ...week, mood: 'good' }] }],
  ])('refuses %s', (_label, data) => {
    expect(goals.schema.safeParse(data).success).toBe(false);
  });
  it('accepts a complete planner', () => {
    expect(
      goals.schema.safeParse({ fields: { targetYearlyNet: '12000', workingDaysPerWeek: '٥' }, weeks: [week] }).success,
    ).toBe(true);
  });
  it('refuses a change that breaks the schema without writing it', () => {
    const store = memoryStore();
    const doc = openDocument(store, 'goals', ticking());
    const result = doc.update((g) => ({ ...g, weeks: [week, week] }));
    expect(result).toMatchObject({ saved: false, reason: 'invalid' });
    expect(doc.state.data).toEqual(base);
    expect(store.length).toBe(0);
  });
});

describe('two tabs', () => {
  it('keeps both tabs’ ticks when each writes from a stale copy', () => {
    const shared = memoryStore();
    const clock = ticking();
    const tabA = new DocumentStore(shared, checklists, clock);
    const tabB = new DocumentStore(shared, checklists, clock);
    expect(tabA.update(tick('first-client', 'profile')).saved).toBe(true);
    expect(tabB.update(tick('first-client', 'portfolio')).saved).toBe(true);
    expect(tabA.update(tick('pricing', 'rate')).saved).toBe(true);
    const expected = { 'first-client': { profile: true, portfolio: true }, pricing: { rate: true } };
    expect(tabA.state.data).toEqual(expected);
    expect(readDocument(shared, checklists, clock)).toMatchObject({ data: expected, revision: 3 });
  });

  it('converges through storage events', () => {
    const shared = memoryStore();
    const clock = ticking();
    const tabA = new DocumentStore(shared, progress, clock);
    const tabB = new DocumentStore(shared, progress, clock);
    tabA.update((p) => ({ ...p, intro: 'done' }));
    expect(tabB.applyExternalChange({ key: 'dalil:progress', newValue: shared.getItem('dalil:progress') })).toBe(true);
    expect(tabB.state).toEqual(tabA.state);
    expect(tabB.applyExternalChange({ key: 'dalil:checklists', newValue: '{}' })).toBe(false);
    expect(tabB.state).toEqual(tabA.state);
  });

  it('applyExternalChange is pure and covers removal, clearing, newer versions and broken text', () => {
    const store = memoryStore();
    const doc = readDocument(store, progress, ticking());
    expect(applyExternalChange(progress, doc, { key: 'other', newValue: 'x' })).toBeNull();
    const changed = applyExternalChange(progress, doc, {
      key: 'dalil:progress',
      newValue: envelope(1, { a: 'done' }, 2),
    });
    expect(changed).toMatchObject({ data: { a: 'done' }, revision: 2, readOnly: false });
    expect(applyExternalChange(progress, changed ?? doc, { key: 'dalil:progress', newValue: null })).toMatchObject({
      data: {},
      revision: 0,
    });
    expect(applyExternalChange(progress, changed ?? doc, { key: null, newValue: null })).toMatchObject({
      data: {},
      revision: 0,
    });
    expect(applyExternalChange(progress, doc, { key: 'dalil:progress', newValue: envelope(2, {}) })).toMatchObject({
      readOnly: true,
    });
    expect(applyExternalChange(progress, doc, { key: 'dalil:progress', newValue: '{' })).toMatchObject({
      data: {},
      notice: { kind: 'quarantined', reason: 'not-json', raw: '{', quarantineKey: null },
    });
    expect(store.length).toBe(0);
  });

  it('quarantines broken text that arrived by event before the next save overwrites it', () => {
    const shared = memoryStore();
    const doc = new DocumentStore(shared, progress, ticking());
    shared.setItem('dalil:progress', '{');
    doc.applyExternalChange({ key: 'dalil:progress', newValue: '{' });
    const result = doc.update((p) => ({ ...p, intro: 'done' }));
    expect(result.saved).toBe(true);
    expect(listQuarantine(shared).map((e) => e.raw)).toEqual(['{']);
    expect(doc.state.notice).toMatchObject({
      kind: 'quarantined',
      quarantineKey: expect.stringMatching(/^dalil:quarantine:progress:/),
    });
  });

  it('uses the fresh copy when another tab removed the document and restarted at revision 1', () => {
    const shared = memoryStore();
    const clock = ticking();
    const tabA = new DocumentStore(shared, progress, clock);
    const tabB = new DocumentStore(shared, progress, clock);
    tabA.update((p) => ({ ...p, old: 'done' }));
    tabB.reload();
    shared.removeItem('dalil:progress');
    tabA.reload();
    tabA.update((p) => ({ ...p, fresh: 'done' }));
    expect(tabB.state.revision).toBe(1);
    tabB.update((p) => ({ ...p, other: 'skipped' }));
    expect(tabB.state.data).toEqual({ fresh: 'done', other: 'skipped' });
  });

  it('updateDocument works on plain states as well as through DocumentStore', () => {
    const store = memoryStore();
    const state = readDocument(store, meta, fixed());
    const result = updateDocument(store, meta, state, (): Meta => ({ lastExportedAt: T0 }), fixed());
    expect(result).toMatchObject({ saved: true, state: { revision: 1, data: { lastExportedAt: T0 } } });
  });
});

const arabicNote = 'أنهيت طلبين لعميل من الرياض، والثالث غدًا إن شاء الله 🎉';

function filledStore(clock = ticking()): KeyValueStore {
  const store = memoryStore();
  openDocument(store, 'progress', clock).update(() => ({ 'first-gig': 'done', 'profile-photo': 'skipped' }));
  openDocument(store, 'checklists', clock).update(() => ({ 'first-client': { profile: true, 'portfolio-3': true } }));
  openDocument(store, 'goals', clock).update(() => ({
    fields: { targetYearlyNet: '١٢٠٠٠', platformFeePercent: '20' },
    weeks: [{ weekStart: '2026-11-16', income: 37.5, orders: 3, proposals: 12, note: arabicNote }],
  }));
  return store;
}

function readAll(store: KeyValueStore) {
  return Object.fromEntries(DOCUMENT_NAMES.map((name) => [name, openDocument(store, name, ticking()).state.data]));
}

describe('export', () => {
  it('writes every stored document and records the export time in meta', () => {
    const store = filledStore();
    const text = exportAll(store, fixed('2026-12-01T12:00:00.000Z'));
    const file = JSON.parse(text);
    expect(file.app).toBe('dalil');
    expect(file.exportedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(Object.keys(file.documents).sort()).toEqual(['checklists', 'goals', 'meta', 'progress']);
    expect(file.documents.goals).toMatchObject({
      schemaVersion: 2,
      revision: 1,
      data: { weeks: [{ note: arabicNote }] },
    });
    expect(file.documents.meta.data).toEqual({ lastExportedAt: '2026-12-01T12:00:00.000Z' });
    expect(readDocument(store, meta, ticking()).data.lastExportedAt).toBe('2026-12-01T12:00:00.000Z');
  });

  it('exports old versions migrated, newer ones as stored, and leaves broken ones out', () => {
    const store = memoryStore({
      'dalil:goals': MIGRATION_FIXTURES.goals[0]?.raw ?? '',
      'dalil:progress': envelope(5, { future: true }),
      'dalil:checklists': 'broken',
    });
    const file = JSON.parse(exportAll(store, ticking()));
    expect(file.documents.goals).toMatchObject({ schemaVersion: 2, data: MIGRATION_FIXTURES.goals[0]?.expected });
    expect(file.documents.progress).toEqual(JSON.parse(envelope(5, { future: true })));
    expect(file.documents).not.toHaveProperty('checklists');
    expect(store.getItem('dalil:checklists')).toBe('broken');
  });

  it('still exports when meta cannot be saved', () => {
    const { store, control } = flakyStore();
    openDocument(store, 'progress', ticking()).update(() => ({ a: 'done' }));
    control.failWrites = true;
    const file = JSON.parse(exportAll(store, ticking()));
    expect(file.documents.progress.data).toEqual({ a: 'done' });
    expect(file.documents).not.toHaveProperty('meta');
  });
});

describe('import', () => {
  it('round-trips: export then import gives identical data, Arabic notes included', () => {
    const source = filledStore();
    const text = exportAll(source, ticking('2026-12-01T00:00:00.000Z'));
    const target = memoryStore();
    expect(importAll(target, text, ticking())).toEqual({
      ok: true,
      imported: ['progress', 'checklists', 'goals', 'meta'],
    });
    expect(readAll(target)).toEqual(readAll(source));
    expect(readDocument(target, goals, ticking()).data.weeks[0]?.note).toBe(arabicNote);
  });

  it('replaces the documents in the file as the next revision and leaves the others alone', () => {
    const store = filledStore();
    openDocument(store, 'progress', ticking()).update((p) => ({ ...p, extra: 'done' }));
    const file = {
      app: 'dalil',
      exportedAt: T0,
      documents: { progress: JSON.parse(envelope(1, { intro: 'done' }, 1)) },
    };
    const goalsBefore = store.getItem('dalil:goals');
    expect(importAll(store, JSON.stringify(file), fixed('2026-12-02T00:00:00.000Z'))).toEqual({
      ok: true,
      imported: ['progress'],
    });
    expect(JSON.parse(store.getItem('dalil:progress') ?? '')).toEqual({
      schemaVersion: 1,
      revision: 3,
      updatedAt: '2026-12-02T00:00:00.000Z',
      data: { intro: 'done' },
    });
    expect(store.getItem('dalil:goals')).toBe(goalsBefore);
  });

  it('lets an open tab pick up the import and not overwrite it with its stale copy', () => {
    const store = filledStore();
    const tab = openDocument(store, 'progress', ticking());
    const file = {
      app: 'dalil',
      exportedAt: T0,
      documents: { progress: JSON.parse(envelope(1, { intro: 'done' }, 1)) },
    };
    importAll(store, JSON.stringify(file), ticking());
    tab.update((p) => ({ ...p, next: 'done' }));
    expect(tab.state.data).toEqual({ intro: 'done', next: 'done' });
  });

  it('migrates older versions in the file', () => {
    const store = memoryStore();
    const file = {
      app: 'dalil',
      exportedAt: T0,
      documents: { goals: JSON.parse(MIGRATION_FIXTURES.goals[0]?.raw ?? '') },
    };
    expect(importAll(store, JSON.stringify(file), ticking())).toMatchObject({ ok: true });
    expect(JSON.parse(store.getItem('dalil:goals') ?? '')).toMatchObject({
      schemaVersion: 2,
      data: MIGRATION_FIXTURES.goals[0]?.expected,
    });
  });

  it('quarantines broken stored text before replacing it', () => {
    const store = memoryStore({ 'dalil:progress': 'broken' });
    const file = { app: 'dalil', exportedAt: T0, documents: { progress: JSON.parse(envelope(1, {})) } };
    expect(importAll(store, JSON.stringify(file), fixed())).toMatchObject({ ok: true });
    expect(listQuarantine(store).map((e) => e.raw)).toEqual(['broken']);
  });

  it('accepts a file of exactly 1 000 000 UTF-8 bytes', () => {
    const head = JSON.stringify({ app: 'dalil', exportedAt: T0, documents: {} });
    const text = head + ' '.repeat(MAX_IMPORT_BYTES - head.length);
    expect(new TextEncoder().encode(text).byteLength).toBe(MAX_IMPORT_BYTES);
    expect(importAll(memoryStore(), text, ticking())).toEqual({ ok: true, imported: [] });
  });

  const valid = (documents: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ app: 'dalil', exportedAt: T0, documents, ...extra });
  const goodProgress = JSON.parse(envelope(1, { intro: 'done' }));
  const week = { weekStart: '2026-11-16', income: 1, orders: 1, proposals: 1, note: '' };

  const rejections: [string, string, string, string?][] = [
    // Two-byte Arabic letters: fewer UTF-16 units than the limit, more bytes.
    [
      'over 1 MB of UTF-8',
      'too-large',
      valid({ progress: goodProgress }).replace('}}}', `}}, "pad": "${'ع'.repeat(500_000)}"}`),
    ],
    ['over 1 MB of text', 'too-large', ' '.repeat(MAX_IMPORT_BYTES + 1)],
    ['not JSON', 'not-json', '{"app": "dalil",'],
    ['an empty file', 'not-json', ''],
    [
      '__proto__ at the top',
      'forbidden-key',
      '{"__proto__": {"polluted": true}, "app": "dalil", "exportedAt": "' + T0 + '", "documents": {}}',
    ],
    [
      'constructor deep inside a checklist',
      'forbidden-key',
      valid({ checklists: JSON.parse(envelope(1, { list: { constructor: true } })) }),
    ],
    [
      'prototype inside a week',
      'forbidden-key',
      valid({ goals: JSON.parse(envelope(2, { fields: {}, weeks: [{ ...week, prototype: 1 }] })) }),
    ],
    ['another app', 'wrong-shape', JSON.stringify({ app: 'other', exportedAt: T0, documents: {} })],
    ['a bare array', 'wrong-shape', '[]'],
    ['no exportedAt', 'wrong-shape', JSON.stringify({ app: 'dalil', documents: {} })],
    ['an unknown document', 'wrong-shape', valid({ settings: goodProgress })],
    ['an extra top-level field', 'wrong-shape', valid({}, { extra: 1 })],
    [
      'orders as text',
      'wrong-shape',
      valid({ goals: JSON.parse(envelope(2, { fields: {}, weeks: [{ ...week, orders: '3' }] })) }),
      'goals',
    ],
    [
      'a valid document before a broken one',
      'wrong-shape',
      valid({ progress: goodProgress, meta: JSON.parse(envelope(1, { lastExportedAt: 5 })) }),
      'meta',
    ],
    [
      'an envelope without data',
      'wrong-shape',
      valid({ progress: { schemaVersion: 1, revision: 1, updatedAt: T0 } }),
      'progress',
    ],
    [
      'a newer document',
      'newer-version',
      valid({ progress: goodProgress, goals: JSON.parse(envelope(3, {})) }),
      'goals',
    ],
  ];

  it.each(rejections)('refuses %s with %s and changes nothing', (_label, error, text, document) => {
    const store = filledStore();
    store.setItem('dalil:quarantine:progress:' + T0, 'old');
    const before = snapshot(store);
    const result = importAll(store, text, ticking());
    expect(result).toEqual(document ? { ok: false, error, document } : { ok: false, error });
    expect(snapshot(store)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses to overwrite a stored document from a newer version, changing nothing', () => {
    const store = filledStore();
    store.setItem('dalil:checklists', envelope(4, { anything: 1 }));
    const before = snapshot(store);
    const text = valid({ progress: goodProgress, checklists: JSON.parse(envelope(1, {})) });
    expect(importAll(store, text, ticking())).toEqual({ ok: false, error: 'newer-version', document: 'checklists' });
    expect(snapshot(store)).toEqual(before);
  });

  it('restores what it had written when the browser refuses a later write', () => {
    const { store, control } = flakyStore();
    const source = filledStore();
    const text = exportAll(source, ticking());
    openDocument(store, 'progress', ticking()).update(() => ({ mine: 'done' }));
    const before = snapshot(store);
    control.failKeys.add('dalil:goals');
    expect(importAll(store, text, ticking())).toEqual({ ok: false, error: 'quota' });
    expect(snapshot(store)).toEqual(before);
  });

  it('reports unavailable storage', () => {
    const text = exportAll(filledStore(), ticking());
    expect(
      importAll(
        safeStore(() => null),
        text,
        ticking(),
      ),
    ).toEqual({ ok: false, error: 'unavailable' });
  });
});

// ---- properties ---------------------------------------------------------------------------------------------------

const idArb = fc
  .stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .filter((id) => id.length <= 100 && id !== 'constructor' && id !== 'prototype');
const arabicArb = fc.constantFrom('', 'عميل', 'طلب أول', 'خدمة مصغرة', '١٢٠٠٠', 'مرحبًا 👋', '\u200f', '"\\');
const textArb = fc
  .array(fc.oneof(arabicArb, fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 5 })), {
    maxLength: 4,
  })
  .map((parts) => parts.join(' '));
const progressArb: fc.Arbitrary<Progress> = fc.dictionary(idArb, fc.constantFrom('done' as const, 'skipped' as const), {
  maxKeys: 6,
});
const checklistsArb: fc.Arbitrary<Checklists> = fc.dictionary(
  idArb,
  fc.dictionary(idArb, fc.constant(true as const), { maxKeys: 5 }),
  { maxKeys: 4 },
);
const weekArb = fc.record({
  weekStart: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  income: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  orders: fc.nat(1000),
  proposals: fc.nat(1000),
  note: textArb.map((t) => t.slice(0, 2000)),
});
const goalsArb: fc.Arbitrary<Goals> = fc.record({
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

describe('properties', () => {
  it('export → import reproduces any valid documents exactly', () => {
    fc.assert(
      fc.property(progressArb, checklistsArb, goalsArb, (p, c, g) => {
        const source = memoryStore();
        const clock = ticking();
        expect(openDocument(source, 'progress', clock).update(() => p).saved).toBe(true);
        expect(openDocument(source, 'checklists', clock).update(() => c).saved).toBe(true);
        expect(openDocument(source, 'goals', clock).update(() => g).saved).toBe(true);
        const target = memoryStore();
        expect(importAll(target, exportAll(source, clock), clock)).toMatchObject({ ok: true });
        const back = readAll(target);
        expect(back).toEqual(readAll(source));
        expect(back['goals']).toEqual(g);
      }),
      { numRuns: 150 },
    );
  });

  it('importAll never throws, and whatever it refuses leaves the store unchanged', () => {
    const store = filledStore();
    const before = snapshot(store);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ app: 'dalil', exportedAt: T0, documents: v })),
        ),
        (text) => {
          const result = importAll(store, text, ticking());
          if (!result.ok) expect(snapshot(store)).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reading never throws on any stored text, and anything unreadable is quarantined', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const store = memoryStore({ 'dalil:goals': raw });
        const state = readDocument(store, goals, fixed());
        if (state.notice?.kind === 'quarantined') expect(listQuarantine(store).map((e) => e.raw)).toEqual([raw]);
        else expect(store.getItem('dalil:goals')).toBe(raw);
      }),
    );
  });
});
