import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStore, safeStore } from '../../../src/lib/storage/stores';
import { openDocument, readDocument } from '../../../src/lib/storage/documents-store';
import { listQuarantine } from '../../../src/lib/storage/quarantine';
import {
  discardSetAside,
  exportAll as exportResult,
  importAll,
  previewImport,
  restoreSetAside,
  setAsideBackup,
} from '../../../src/lib/storage/backup';
import { setAsideKeys } from '../../../src/lib/storage/overview';
import { MAX_IMPORT_BYTES } from '../../../src/lib/storage/limits';
import { checklists, goals, meta } from '../../../src/lib/storage/documents';
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

/** The exported text, for tests of stores that hold something. */
function exportAll(...args: Parameters<typeof exportResult>): string {
  const result = exportResult(...args);
  if (!result.ok) throw new Error(`nothing exported: ${result.reason}`);
  return result.text;
}

describe('export', () => {
  it('writes every stored document and records the export time in meta', () => {
    const store = filledStore();
    const text = exportAll(store, fixed('2026-12-01T12:00:00.000Z'));
    const file = JSON.parse(text);
    expect(file.app).toBe('dalil');
    expect(file.exportedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(Object.keys(file.documents).sort()).toEqual([
      'checklists',
      'goals',
      'meta',
      'progress',
      'scenarios',
      'writing',
    ]);
    expect(file.documents.scenarios.data.scenarios[0]).toMatchObject({ name: 'خمسات بالجنيه', currency: 'EGP' });
    expect(file.documents.writing.data.drafts[0]).toMatchObject({ kind: 'proposal', fields: { reply: arabicNote } });
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

describe('nothing to export', () => {
  it('says so instead of exporting an empty file, and records no export time', () => {
    const store = memoryStore();
    expect(exportResult(store, ticking())).toEqual({ ok: false, reason: 'empty' });
    expect(store.length).toBe(0);
    const onlyMeta = memoryStore({ 'dalil:meta': envelope(1, { lastExportedAt: T0 }) });
    expect(exportResult(onlyMeta, ticking())).toEqual({ ok: false, reason: 'empty' });
    expect(snapshot(onlyMeta)).toEqual({ 'dalil:meta': envelope(1, { lastExportedAt: T0 }) });
  });

  it('names a browser that blocks storage, apart from one that refused every save', () => {
    expect(
      exportResult(
        safeStore(() => null),
        ticking(),
      ),
    ).toEqual({ ok: false, reason: 'blocked' });
    const blocked = safeStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(exportResult(blocked, ticking())).toEqual({ ok: false, reason: 'blocked' });
    const { store, control } = flakyStore();
    control.failWrites = true;
    expect(exportResult(store, ticking())).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('before an import', () => {
  const fileWith = (documents: Record<string, unknown>) => JSON.stringify({ app: 'dalil', exportedAt: T0, documents });

  it('compares what the file holds with what is stored, document by document, without writing', () => {
    const store = filledStore();
    store.setItem('dalil:checklists', 'broken');
    const before = snapshot(store);
    const text = fileWith({
      goals: JSON.parse(envelope(2, { fields: { targetYearlyNet: '30000' }, weeks: [] })),
      checklists: JSON.parse(envelope(1, { a: { x: true, y: true } })),
      meta: JSON.parse(envelope(1, { lastExportedAt: T0 })),
    });
    expect(previewImport(store, text)).toEqual({
      ok: true,
      documents: [
        {
          name: 'checklists',
          incoming: { document: 'checklists', lists: 1, ticks: 2 },
          stored: null,
          damaged: true,
        },
        {
          name: 'goals',
          incoming: { document: 'goals', fields: 1, weeks: 0 },
          stored: { document: 'goals', fields: 2, weeks: 1 },
          damaged: false,
        },
        {
          name: 'meta',
          incoming: { document: 'meta', lastExportedAt: T0 },
          stored: null,
          damaged: false,
        },
      ],
    });
    expect(snapshot(store)).toEqual(before);
  });

  it('refuses in the preview exactly what the import refuses', () => {
    const store = filledStore();
    for (const text of [
      '{',
      fileWith({}),
      fileWith({ settings: {} }),
      fileWith({ goals: JSON.parse(envelope(9, {})) }),
    ])
      expect(previewImport(store, text)).toEqual(importAll(store, text, ticking()));
  });
});

describe('undoing an import', () => {
  const fileWith = (documents: Record<string, unknown>) => JSON.stringify({ app: 'dalil', exportedAt: T0, documents });

  it('sets aside what a file with no weeks replaced, and one restore brings the week back', () => {
    const store = filledStore();
    const goalsBefore = readDocument(store, goals, ticking()).data;
    const progressBefore = store.getItem('dalil:progress');
    const text = fileWith({
      goals: JSON.parse(envelope(2, { fields: {}, weeks: [] })),
      checklists: JSON.parse(envelope(1, { other: { x: true } })),
    });
    const clock = ticking('2026-12-05T09:00:00.000Z');
    const result = importAll(store, text, clock);
    expect(result).toEqual({
      ok: true,
      imported: ['checklists', 'goals'],
      setAside: 'dalil:before-import:2026-12-05T09:00:00.000Z',
    });
    expect(readDocument(store, goals, ticking()).data.weeks).toEqual([]);
    expect(setAsideKeys(store)).toEqual(['dalil:before-import:2026-12-05T09:00:00.000Z']);

    // The set-aside copy downloads as a backup the import takes again.
    const backup = setAsideBackup(store, 'dalil:before-import:2026-12-05T09:00:00.000Z');
    const elsewhere = memoryStore();
    expect(importAll(elsewhere, backup ?? '', ticking())).toMatchObject({
      ok: true,
      imported: ['checklists', 'goals'],
    });
    expect(readDocument(elsewhere, goals, ticking()).data).toEqual(goalsBefore);

    const restored = restoreSetAside(store, 'dalil:before-import:2026-12-05T09:00:00.000Z', clock);
    expect(restored).toMatchObject({ ok: true, restored: ['checklists', 'goals'] });
    expect(readDocument(store, goals, ticking()).data).toEqual(goalsBefore);
    expect(readDocument(store, checklists, ticking()).data).toEqual({
      'first-client': { profile: true, 'portfolio-3': true },
    });
    expect(store.getItem('dalil:progress')).toBe(progressBefore);
    // The imported data is set aside in turn, so the restore can be undone the same way.
    expect(setAsideKeys(store)).toEqual([restored.ok ? restored.setAside : '']);
    const again = restoreSetAside(store, restored.ok ? restored.setAside : '', clock);
    expect(again.ok).toBe(true);
    expect(readDocument(store, goals, ticking()).data.weeks).toEqual([]);
  });

  it('removes again a document that did not exist before the import', () => {
    const store = memoryStore();
    const result = importAll(store, fileWith({ progress: JSON.parse(envelope(1, { a: 'done' })) }), ticking());
    expect(result.ok).toBe(true);
    expect(restoreSetAside(store, result.ok ? result.setAside : '', ticking())).toMatchObject({ ok: true });
    expect(store.getItem('dalil:progress')).toBeNull();
  });

  it('refuses the import when what it replaces cannot be set aside, changing nothing', () => {
    const { store, control } = flakyStore();
    openDocument(store, 'progress', ticking()).update(() => ({ mine: 'done' }));
    const before = snapshot(store);
    control.failKeys.add(`dalil:before-import:${T0}`);
    const text = fileWith({ progress: JSON.parse(envelope(1, { a: 'done' })) });
    expect(importAll(store, text, fixed())).toEqual({ ok: false, error: 'quota' });
    expect(snapshot(store)).toEqual(before);
  });

  it('refuses to restore over a newer version, or a key that is not a set-aside record', () => {
    const store = filledStore();
    const result = importAll(store, fileWith({ progress: JSON.parse(envelope(1, { a: 'done' })) }), ticking());
    const key = result.ok ? result.setAside : '';
    store.setItem('dalil:progress', envelope(5, {}));
    const before = snapshot(store);
    expect(restoreSetAside(store, key, ticking())).toEqual({ ok: false, error: 'newer-stored', document: 'progress' });
    expect(restoreSetAside(store, 'dalil:goals', ticking())).toEqual({ ok: false, error: 'not-found' });
    expect(setAsideBackup(store, 'dalil:goals')).toBeNull();
    expect(snapshot(store)).toEqual(before);
    expect(discardSetAside(store, 'dalil:goals')).toBe(false);
    expect(discardSetAside(store, key)).toBe(true);
    expect(setAsideKeys(store)).toEqual([]);
  });
});

describe('import', () => {
  it('round-trips: export then import gives identical data, Arabic notes included', () => {
    const source = filledStore();
    const text = exportAll(source, ticking('2026-12-01T00:00:00.000Z'));
    const target = memoryStore();
    expect(importAll(target, text, ticking())).toMatchObject({
      ok: true,
      imported: ['progress', 'checklists', 'goals', 'writing', 'scenarios', 'meta'],
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
      setAside: 'dalil:before-import:2026-12-02T00:00:00.000Z',
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
    const head = JSON.stringify({ app: 'dalil', exportedAt: T0, documents: { progress: JSON.parse(envelope(1, {})) } });
    const text = head + ' '.repeat(MAX_IMPORT_BYTES - head.length);
    expect(new TextEncoder().encode(text).byteLength).toBe(MAX_IMPORT_BYTES);
    expect(importAll(memoryStore(), text, ticking())).toMatchObject({ ok: true, imported: ['progress'] });
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
    [
      'an unknown document beside known ones',
      'unknown-document',
      valid({ progress: goodProgress, settings: goodProgress }),
    ],
    ['no documents at all', 'empty', valid({})],
    ['only the export time', 'empty', valid({ meta: JSON.parse(envelope(1, { lastExportedAt: T0 })) })],
    ['valid JSON nested far deeper than a backup', 'too-deep', `{"pad": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    [
      'a document nested deeper than a backup',
      'too-deep',
      valid({ progress: JSON.parse(envelope(1, { a: JSON.parse('['.repeat(40) + ']'.repeat(40)) })) }),
    ],
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
      'newer-file',
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
    expect(importAll(store, text, ticking())).toEqual({ ok: false, error: 'newer-stored', document: 'checklists' });
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
