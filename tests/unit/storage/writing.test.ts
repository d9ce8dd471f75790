import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/lib/storage/documents-store';
import { writingSchema, type Draft } from '../../../src/lib/storage/documents';
import { MAX_DRAFT_TEXT, MAX_DRAFTS, MAX_WRITING_CHARS } from '../../../src/lib/storage/limits';
import { listQuarantine } from '../../../src/lib/storage/quarantine';
import { memoryStore } from '../../../src/lib/storage/stores';
import { T0, envelope, ticking } from './helpers';

const draft = (id: string, fields: Draft['fields'] = { reply: 'هل نبدأ؟' }): Draft => ({
  id,
  kind: 'proposal',
  name: 'عرض',
  fields,
  updatedAt: T0,
});

describe('the writing document', () => {
  it('accepts drafts of every kind and strips bidi controls from what is typed', () => {
    const parsed = writingSchema.parse({
      drafts: [
        draft('d-1'),
        { ...draft('d-2', { title: '\u202Bمترجم', bio: 'نص' }), kind: 'profile', name: '\u2067ملفي' },
      ],
    });
    expect(parsed.drafts[1]).toMatchObject({ name: 'ملفي', fields: { title: 'مترجم' } });
  });

  it('refuses duplicate ids, a field of another kind, text over the limits and too many drafts', () => {
    expect(writingSchema.safeParse({ drafts: [draft('d-1'), draft('d-1')] }).success).toBe(false);
    expect(writingSchema.safeParse({ drafts: [draft('d-1', { price: '5' } as never)] }).success).toBe(false);
    expect(writingSchema.safeParse({ drafts: [draft('d-1', { reply: 'ا'.repeat(MAX_DRAFT_TEXT + 1) })] }).success).toBe(
      false,
    );
    const many = Array.from({ length: Math.ceil(MAX_WRITING_CHARS / MAX_DRAFT_TEXT) + 1 }, (_, i) =>
      draft(`d-${i}`, { reply: 'ا'.repeat(MAX_DRAFT_TEXT) }),
    );
    expect(writingSchema.safeParse({ drafts: many }).success).toBe(false);
    expect(
      writingSchema.safeParse({ drafts: Array.from({ length: MAX_DRAFTS + 1 }, (_, i) => draft(`d-${i}`)) }).success,
    ).toBe(false);
  });

  it('keeps every valid draft of a damaged document and quarantines the original', () => {
    const raw = envelope(1, { drafts: [draft('d-1'), { ...draft('d-2'), kind: 'poem' }, draft('d-3'), draft('d-1')] });
    const store = memoryStore({ 'dalil:writing': raw });
    const doc = openDocument(store, 'writing', ticking());
    expect(doc.state.data.drafts.map((d) => d.id)).toEqual(['d-1', 'd-3']);
    expect(doc.state.notice).toMatchObject({ kind: 'quarantined', reason: 'invalid', raw });
    expect(listQuarantine(store).map((e) => e.raw)).toEqual([raw]);
  });

  it('starts empty, quarantining text it cannot read at all', () => {
    const store = memoryStore({ 'dalil:writing': '{"drafts": [' });
    const doc = openDocument(store, 'writing', ticking());
    expect(doc.state.data).toEqual({ drafts: [] });
    expect(listQuarantine(store)).toHaveLength(1);
  });
});
