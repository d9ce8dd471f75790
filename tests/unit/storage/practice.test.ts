/** The practice document: self-check answers and project ticks, quarantined when unreadable, exported and imported. */
import { describe, expect, it } from 'vitest';
import { exportAll, importAll } from '../../../src/lib/storage/backup';
import { openDocument, readDocument } from '../../../src/lib/storage/documents-store';
import { practice, type Practice } from '../../../src/lib/storage/documents';
import { setDeliverable, type DeliverableRef } from '../../../src/lib/storage/deliverables';
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
      delivered: 0,
    });
  });

  describe('a draft delivered as a project', () => {
    const P = 'from-zero-to-steady-income';
    const ref: DeliverableRef = { kind: 'proposal', draftId: 'd-mi1-0', title: 'عرض متجر الملابس', markedAt: T0 };
    const base: Practice = {
      answers: { q1: answered },
      projects: { [P]: { 'first-client': { 'five-real-posts': true } } },
    };

    it('is stored beside the ticks, replaced by a later mark, and gone without a trace once unmarked', () => {
      const store = memoryStore();
      const doc = openDocument(store, 'practice', fixed());
      doc.update(() => base);
      expect(doc.update(setDeliverable(P, 'first-client', ref)).saved).toBe(true);
      expect(JSON.parse(store.getItem('dalil:practice')!)).toMatchObject({
        schemaVersion: 2,
        data: { ...base, deliverables: { [P]: { 'first-client': ref } } },
      });
      const other = { ...ref, draftId: 'd-mi2-0', title: 'عرض ثان' };
      doc.update(setDeliverable(P, 'first-client', other));
      doc.update(setDeliverable(P, 'profile-and-service', { ...ref, kind: 'profile', draftId: 'd-mi3-0' }));
      expect(doc.state.data.deliverables?.[P]?.['first-client']).toEqual(other);
      doc.update(setDeliverable(P, 'first-client', null));
      doc.update(setDeliverable(P, 'profile-and-service', null));
      expect(JSON.parse(store.getItem('dalil:practice')!).data).toEqual(base);
    });

    it('refuses a reference with an unknown kind, a bad draft id, a long name or no date', () => {
      const ok = (r: unknown) => practice.schema.safeParse({ ...base, deliverables: { [P]: { m: r } } }).success;
      expect(ok(ref)).toBe(true);
      expect(ok({ ...ref, kind: 'letter' })).toBe(false);
      expect(ok({ ...ref, draftId: 'Not A Slug' })).toBe(false);
      expect(ok({ ...ref, title: 'ع'.repeat(81) })).toBe(false);
      expect(ok({ ...ref, markedAt: 'yesterday' })).toBe(false);
      expect(ok({ ...ref, text: 'a copy of the draft' })).toBe(false);
    });

    it('keeps the readable references when another is damaged', () => {
      const store = memoryStore({
        'dalil:practice': envelope(2, {
          answers: {},
          projects: {},
          deliverables: {
            [P]: { 'first-client': ref, 'profile-and-service': { ...ref, kind: 'letter' } },
            'Bad Path': { m: ref },
          },
        }),
      });
      expect(readDocument(store, practice, ticking()).data).toEqual({
        answers: {},
        projects: {},
        deliverables: { [P]: { 'first-client': ref } },
      });
    });

    it('travels in the backup file, and is counted for the import preview', () => {
      const from = memoryStore();
      openDocument(from, 'practice', fixed()).update(() => ({
        ...base,
        deliverables: { [P]: { 'first-client': ref } },
      }));
      const exported = exportAll(from, fixed());
      const to = memoryStore();
      expect(importAll(to, exported.ok ? exported.text : '', fixed())).toMatchObject({ ok: true });
      const data = readDocument(to, practice, ticking()).data;
      expect(data.deliverables).toEqual({ [P]: { 'first-client': ref } });
      expect(summarizeDocument('practice', data)).toEqual({ document: 'practice', answers: 1, ticks: 1, delivered: 1 });
    });

    it('opens read-only, untouched, when a newer version of the site stored it', () => {
      const raw = envelope(3, { ...base, deliverables: { [P]: { 'first-client': { ...ref, note: 'new field' } } } });
      const store = memoryStore({ 'dalil:practice': raw });
      const doc = openDocument(store, 'practice', fixed());
      expect(doc.state.readOnly).toBe(true);
      expect(doc.update(setDeliverable(P, 'first-client', null)).saved).toBe(false);
      expect(store.getItem('dalil:practice')).toBe(raw);
    });
  });
});
