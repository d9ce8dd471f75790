import { describe, expect, it } from 'vitest';
import { lastExportedAt, quarantinedKeys, setAsideKeys } from '../../../src/lib/storage/overview';
import { memoryStore } from '../../../src/lib/storage/stores';

describe('data overview', () => {
  it('reads when the data was last exported, and nothing from missing or broken meta', () => {
    const meta = (v: unknown) =>
      memoryStore({
        'dalil:meta': JSON.stringify({ schemaVersion: 1, revision: 1, updatedAt: 'x', data: { lastExportedAt: v } }),
      });
    expect(lastExportedAt(meta('2026-11-23T10:00:00.000Z'))?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    for (const store of [
      meta(null),
      meta('not a date'),
      meta(5),
      memoryStore({ 'dalil:meta': '{' }),
      memoryStore(),
      null,
    ])
      expect(lastExportedAt(store)).toBeNull();
  });

  it('lists set-aside keys only, in order', () => {
    const store = memoryStore({
      'dalil:quarantine:goals:2026-11-23T10:00:00.000Z': '{',
      'dalil:goals': '{}',
      other: 'x',
      'dalil:quarantine:checklists:2026-11-22T10:00:00.000Z': 'y',
      'dalil:before-import:2026-11-24T10:00:00.000Z': '{}',
    });
    expect(quarantinedKeys(store)).toEqual([
      'dalil:quarantine:checklists:2026-11-22T10:00:00.000Z',
      'dalil:quarantine:goals:2026-11-23T10:00:00.000Z',
    ]);
    expect(quarantinedKeys(null)).toEqual([]);
    expect(setAsideKeys(store)).toEqual(['dalil:before-import:2026-11-24T10:00:00.000Z']);
    expect(setAsideKeys(null)).toEqual([]);
  });
});
