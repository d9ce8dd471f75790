import { describe, expect, it } from 'vitest';
import { progressFromStoredText, summarizeProgress } from '../../../src/lib/progress/path-progress';

const ids = ['s1', 's2', 's3', 's4'];
const stored = (data: unknown) =>
  JSON.stringify({ schemaVersion: 1, revision: 1, updatedAt: '2026-11-23T10:00:00.000Z', data });

describe('path progress for display', () => {
  it('reads the states of known steps and ignores the rest', () => {
    const states = progressFromStoredText(stored({ s1: 'done', s3: 'skipped', gone: 'done', s4: 'maybe' }), ids);
    expect([...states]).toEqual([
      ['s1', 'done'],
      ['s3', 'skipped'],
    ]);
  });

  it('shows nothing, and never throws, for missing or broken data', () => {
    for (const raw of [null, '', '{', 'null', '[]', stored(null), stored('x')])
      expect(progressFromStoredText(raw, ids).size, String(raw)).toBe(0);
  });

  it('counts done and skipped steps and finds the next one to take', () => {
    const states = progressFromStoredText(stored({ s1: 'done', s2: 'skipped' }), ids);
    expect(summarizeProgress(ids, states)).toEqual({ done: 1, skipped: 1, total: 4, nextIndex: 2 });
    expect(summarizeProgress(ids, new Map()).nextIndex).toBe(0);
    const all = new Map(ids.map((id) => [id, 'done' as const]));
    expect(summarizeProgress(ids, all)).toEqual({ done: 4, skipped: 0, total: 4, nextIndex: null });
  });
});

describe('sharing progress', () => {
  it('encodes one letter per step and decodes it back', async () => {
    const { encodeProgress, decodeProgress } = await import('../../../src/lib/progress/path-progress');
    const states = new Map([
      ['s1', 'done' as const],
      ['s3', 'skipped' as const],
    ]);
    expect(encodeProgress(ids, states)).toBe('d-s-');
    expect(decodeProgress(ids, 'd-s-')).toEqual(states);
  });

  it('refuses a code that does not fit the path', async () => {
    const { decodeProgress } = await import('../../../src/lib/progress/path-progress');
    for (const code of ['', 'd-s', 'd-s--', 'dxs-', '<img>']) expect(decodeProgress(ids, code), code).toBeNull();
  });
});
