import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStore, type KeyValueStore } from '../../../src/lib/storage/stores';
import {
  applyExternalChange,
  DocumentStore,
  openDocument,
  readDocument,
  updateDocument,
} from '../../../src/lib/storage/documents-store';
import { listQuarantine, discardQuarantine } from '../../../src/lib/storage/quarantine';
import { documentKey } from '../../../src/lib/storage/keys';
import {
  checklists,
  DOCUMENT_NAMES,
  DOCUMENTS,
  goals,
  meta,
  progress,
  type Goals,
  type Meta,
} from '../../../src/lib/storage/documents';
import { T0, ticking, fixed, envelope, flakyStore, tick, MIGRATION_FIXTURES } from './helpers';

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

  it('keeps every readable mark of damaged progress, quarantines the original, and saves the marks with the next one', () => {
    const cases = [
      [
        'an updatedAt that is not a date',
        JSON.stringify({ schemaVersion: 1, revision: 4, updatedAt: 'yesterday', data: { a: 'done', b: 'done' } }),
      ],
      ['one step neither done nor skipped', envelope(1, { a: 'done', b: 'done', c: 'finished' }, 4)],
      [
        'a reserved or malformed id beside good ones',
        envelope(1, { a: 'done', b: 'done', constructor: 'done', 'Not A Slug': 'done' }),
      ],
    ] as const;
    for (const [label, raw] of cases) {
      const store = memoryStore({ 'dalil:progress': raw });
      const doc = openDocument(store, 'progress', ticking());
      expect(doc.state.data, label).toEqual({ a: 'done', b: 'done' });
      expect(doc.state.notice, label).toMatchObject({ kind: 'quarantined', reason: 'invalid', raw });
      expect(
        listQuarantine(store).map((e) => e.raw),
        label,
      ).toEqual([raw]);
      // The readable part replaced the broken text at once, so the page's loose read still shows it.
      expect(JSON.parse(store.getItem('dalil:progress') ?? '').data, label).toEqual({ a: 'done', b: 'done' });
      expect(doc.update((p) => ({ ...p, c: 'done' })).saved, label).toBe(true);
      expect(readDocument(store, progress, ticking()).data, label).toEqual({ a: 'done', b: 'done', c: 'done' });
    }
  });

  it('keeps the readable ticks of damaged checklists, never goals the planner did not show', () => {
    const ticks = memoryStore({
      'dalil:checklists': envelope(1, { first: { a: true, b: 'yes', c: true }, 'Bad List': { a: true }, second: [] }),
    });
    expect(readDocument(ticks, checklists, ticking()).data).toEqual({ first: { a: true, c: true } });
    const plan = memoryStore({
      'dalil:goals': envelope(2, { fields: { targetYearlyNet: '30000' }, weeks: [{ weekStart: 'soon' }] }),
    });
    expect(readDocument(plan, goals, ticking()).data).toEqual({ fields: {}, weeks: [] });
    expect(plan.getItem('dalil:goals')).toBeNull();
  });

  it('keeps salvaged marks in memory, and the broken text in place, while the browser refuses writes', () => {
    const { store, inner, control } = flakyStore();
    const raw = envelope(1, { a: 'done', b: 'wrong' });
    inner.setItem('dalil:progress', raw);
    control.failKeys.add('dalil:progress');
    const doc = openDocument(store, 'progress', ticking());
    expect(doc.state).toMatchObject({ data: { a: 'done' }, revision: 0 });
    expect(inner.getItem('dalil:progress')).toBe(raw);
    control.failKeys.clear();
    expect(doc.update((p) => ({ ...p, c: 'skipped' })).saved).toBe(true);
    expect(readDocument(store, progress, ticking()).data).toEqual({ a: 'done', c: 'skipped' });
    expect(listQuarantine(store).map((e) => e.raw)).toEqual([raw]);
  });

  it('salvages damaged text that arrived from another tab before the next save', () => {
    const shared = memoryStore();
    const doc = new DocumentStore(shared, progress, ticking());
    doc.update((p) => ({ ...p, mine: 'done' }));
    const broken = envelope(1, { theirs: 'done', odd: 7 }, 9, 'not a date');
    shared.setItem('dalil:progress', broken);
    doc.applyExternalChange({ key: 'dalil:progress', newValue: broken });
    expect(doc.state.data).toEqual({ theirs: 'done' });
    doc.update((p) => ({ ...p, next: 'done' }));
    expect(readDocument(shared, progress, ticking()).data).toEqual({ theirs: 'done', next: 'done' });
    expect(listQuarantine(shared).map((e) => e.raw)).toEqual([broken]);
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
    expect(stored).toMatchObject({ schemaVersion: goals.version, revision: 4 });
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

describe('properties', () => {
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
