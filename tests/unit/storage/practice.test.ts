/** The practice document: self-check answers and project ticks, quarantined when unreadable, exported and imported. */
import { describe, expect, it } from 'vitest';
import { exportAll, importAll } from '../../../src/lib/storage/backup';
import { openDocument, readDocument } from '../../../src/lib/storage/documents-store';
import { practice } from '../../../src/lib/storage/documents';
import { memoryStore } from '../../../src/lib/storage/stores';
import { summarizeDocument } from '../../../src/lib/storage/summary';
import { envelope, fixed, T0, ticking } from './helpers';

const answered = { chosen: ['b' as const], at: T0 };

describe('practice document', () => {
  it('saves an answer and a project tick under their stable ids', () => {
    const store = memoryStore();
    const doc = openDocument(store, 'practice', fixed());
    const result = doc.update((p) => ({
      answers: { ...p.answers, 'understand-escrow-late': answered },
      projects: { 'from-zero-to-steady-income': { understand: { 'hourly-rate-known': true } } },
    }));
    expect(result.saved).toBe(true);
    expect(JSON.parse(store.getItem('dalil:practice')!).data).toEqual({
      answers: { 'understand-escrow-late': answered },
      projects: { 'from-zero-to-steady-income': { understand: { 'hourly-rate-known': true } } },
    });
  });

  it('sets unreadable text aside and never overwrites it', () => {
    const raw = '{"schemaVersion":1,"data":';
    const store = memoryStore({ 'dalil:practice': raw });
    const doc = openDocument(store, 'practice', fixed());
    expect(doc.state.notice).toMatchObject({ kind: 'quarantined', raw });
    expect(store.getItem(`dalil:quarantine:practice:${T0}`)).toBe(raw);
    expect(doc.state.data).toEqual({ answers: {}, projects: {} });
  });

  it('keeps the answers and ticks it can read when one entry is damaged', () => {
    const store = memoryStore({
      'dalil:practice': envelope(1, {
        answers: { good: answered, bad: { chosen: ['z'], at: T0 }, 'Not A Slug': answered },
        projects: { p: { m: { a: true, b: 'yes' }, 'Bad Module': { a: true } } },
      }),
    });
    expect(readDocument(store, practice, ticking()).data).toEqual({
      answers: { good: answered },
      projects: { p: { m: { a: true } } },
    });
  });

  it('refuses an answer that names an option twice', () => {
    expect(practice.schema.safeParse({ answers: { q: { chosen: ['a', 'a'], at: T0 } }, projects: {} }).success).toBe(
      false,
    );
  });

  it('travels in the backup file and comes back on import', () => {
    const from = memoryStore();
    openDocument(from, 'practice', fixed()).update(() => ({
      answers: { q1: answered },
      projects: { p: { m: { c: true } } },
    }));
    const exported = exportAll(from, fixed());
    expect(exported.ok).toBe(true);
    const to = memoryStore();
    const imported = importAll(to, exported.ok ? exported.text : '', fixed());
    expect(imported).toMatchObject({ ok: true, imported: ['practice', 'meta'] });
    expect(readDocument(to, practice, ticking()).data).toEqual({
      answers: { q1: answered },
      projects: { p: { m: { c: true } } },
    });
  });

  it('is counted for the import preview', () => {
    expect(
      summarizeDocument('practice', {
        answers: { q1: answered, q2: answered },
        projects: { p: { m: { a: true, b: true } } },
      }),
    ).toEqual({
      document: 'practice',
      answers: 2,
      ticks: 2,
    });
  });
});
