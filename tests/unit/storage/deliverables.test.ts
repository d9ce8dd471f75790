/** The delivered draft and the stored drafts' names, read loosely from stored text for display. */
import { describe, expect, it } from 'vitest';
import { deliverableFromStoredText, draftNamesFromStoredText } from '../../../src/lib/storage/deliverables';
import { envelope, T0 } from './helpers';

const P = 'from-zero-to-steady-income';
const ref = { kind: 'proposal', draftId: 'd-mi1-0', title: 'عرض متجر الملابس', markedAt: T0 };
const stored = (deliverables: unknown) => envelope(2, { answers: {}, projects: {}, deliverables });

describe('deliverableFromStoredText', () => {
  it('finds the reference of one module', () => {
    const raw = stored({ [P]: { 'first-client': ref } });
    expect(deliverableFromStoredText(raw, P, 'first-client')).toEqual(ref);
    expect(deliverableFromStoredText(raw, P, 'profile-and-service')).toBeNull();
    expect(deliverableFromStoredText(raw, 'hire-a-freelancer', 'first-client')).toBeNull();
  });

  it('reads a version-1 document (no deliverables), nothing and broken text as none delivered, without throwing', () => {
    expect(deliverableFromStoredText(envelope(1, { answers: {}, projects: {} }), P, 'first-client')).toBeNull();
    for (const raw of [null, '', '{', 'null', '[]', envelope(2, null), stored([ref]), stored({ [P]: [ref] })])
      expect(deliverableFromStoredText(raw, P, 'first-client')).toBeNull();
  });

  it('leaves out a malformed reference rather than showing half of it', () => {
    for (const bad of [
      { ...ref, kind: 'letter' },
      { ...ref, draftId: '' },
      { ...ref, draftId: 7 },
      { ...ref, title: null },
      { ...ref, markedAt: 'yesterday' },
      'd-mi1-0',
    ])
      expect(deliverableFromStoredText(stored({ [P]: { 'first-client': bad } }), P, 'first-client')).toBeNull();
  });

  it('never reads an inherited property as a stored one', () => {
    expect(deliverableFromStoredText(stored({}), 'constructor', 'prototype')).toBeNull();
    expect(deliverableFromStoredText(stored({ [P]: {} }), P, '__proto__')).toBeNull();
  });
});

describe('draftNamesFromStoredText', () => {
  it('maps each readable draft id to its name, skipping what is malformed', () => {
    const raw = envelope(1, {
      drafts: [
        { id: 'd-1', kind: 'proposal', name: 'عرض متجر الملابس', fields: {}, updatedAt: T0 },
        { id: 'd-2', name: 5 },
        null,
        { id: 'd-3', kind: 'profile', name: 'ملفي', fields: {}, updatedAt: T0 },
      ],
    });
    expect([...draftNamesFromStoredText(raw)]).toEqual([
      ['d-1', 'عرض متجر الملابس'],
      ['d-3', 'ملفي'],
    ]);
    for (const broken of [null, '{', envelope(1, { drafts: {} }), envelope(1, null)])
      expect(draftNamesFromStoredText(broken).size).toBe(0);
  });
});
