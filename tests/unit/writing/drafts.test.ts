import { describe, expect, it } from 'vitest';
import {
  addDraft,
  defaultName,
  draftText,
  draftsOf,
  makeDraft,
  newDraftId,
  removeDraft,
  renameDraft,
  setField,
} from '../../../src/lib/writing/drafts';
import { writingSchema } from '../../../src/lib/storage/documents';

const t = (s: number) => new Date(Date.UTC(2026, 11, 5, 9, 0, s));
const a = makeDraft('d-a', 'proposal', 'مسودة 1', t(0), { reply: 'نص' });
const b = makeDraft('d-b', 'profile', 'ملفي', t(1));

describe('draft operations', () => {
  it('add, set a field, rename and delete, each leaving the others alone', () => {
    let data = addDraft(b)(addDraft(a)({ drafts: [] }));
    expect(addDraft(a)(data)).toBe(data);
    data = setField(a, 'post', 'طلب العميل', t(5))(data);
    expect(data.drafts[0]).toMatchObject({
      fields: { reply: 'نص', post: 'طلب العميل' },
      updatedAt: t(5).toISOString(),
    });
    data = renameDraft('d-b', 'ملف الترجمة', t(6))(data);
    expect(data.drafts[1]!.name).toBe('ملف الترجمة');
    data = removeDraft('d-a')(data);
    expect(data.drafts.map((d) => d.id)).toEqual(['d-b']);
    expect(writingSchema.safeParse(data).success).toBe(true);
  });

  it('typing into a draft another tab deleted brings it back with the text', () => {
    const data = setField(a, 'reply', 'نص أطول', t(7))({ drafts: [b] });
    expect(data.drafts.find((d) => d.id === 'd-a')?.fields.reply).toBe('نص أطول');
  });

  it('lists a kind newest first, and names and ids never collide', () => {
    const later = { ...a, id: 'd-c', name: 'مسودة 2', updatedAt: t(9).toISOString() };
    const data = { drafts: [a, b, later] };
    expect(draftsOf(data, 'proposal').map((d) => d.id)).toEqual(['d-c', 'd-a']);
    expect(defaultName(data, 'proposal', 'مسودة', String)).toBe('مسودة 3');
    expect(defaultName(data, 'service', 'مسودة', String)).toBe('مسودة 1');
    const id = newDraftId(t(0), [{ ...a, id: `d-${t(0).getTime().toString(36)}-0` }]);
    expect(id).toBe(`d-${t(0).getTime().toString(36)}-1`);
    expect(writingSchema.safeParse({ drafts: [{ ...a, id }] }).success).toBe(true);
  });

  it('the text to copy is the reply of a proposal and the labelled fields of the others', () => {
    expect(draftText('proposal', { post: 'طلب', reply: 'ردي' }, {})).toBe('ردي');
    expect(draftText('profile', { title: 'مترجم', bio: ' نبذة ' }, { title: 'العنوان', bio: 'النبذة' })).toBe(
      'العنوان:\nمترجم\n\nالنبذة:\nنبذة',
    );
  });
});
