import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStore, safeStore } from '../../../src/lib/storage/stores';
import { openDocument, readDocument } from '../../../src/lib/storage/documents-store';
import { listQuarantine } from '../../../src/lib/storage/quarantine';
import { exportAll, importAll } from '../../../src/lib/storage/backup';
import { MAX_IMPORT_BYTES } from '../../../src/lib/storage/limits';
import { goals, meta } from '../../../src/lib/storage/documents';
import {
  T0,
  ticking,
  fixed,
  envelope,
  snapshot,
  flakyStore,
  arabicNote,
  filledStore,
  readAll,
  progressArb,
  checklistsArb,
  goalsArb,
  MIGRATION_FIXTURES,
} from './helpers';

describe('export', () => {
  it('writes every stored document and records the export time in meta', () => {
    const store = filledStore();
    const text = exportAll(store, fixed('2026-12-01T12:00:00.000Z'));
    const file = JSON.parse(text);
    expect(file.app).toBe('dalil');
    expect(file.exportedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(Object.keys(file.documents).sort()).toEqual(['checklists', 'goals', 'meta', 'progress']);
    expect(file.documents.goals).toMatchObject({
      schemaVersion: goals.version,
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
    expect(file.documents.goals).toMatchObject({
      schemaVersion: goals.version,
      data: MIGRATION_FIXTURES.goals[0]?.expected,
    });
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
      schemaVersion: goals.version,
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
      valid({ progress: goodProgress, goals: JSON.parse(envelope(goals.version + 1, {})) }),
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
});
