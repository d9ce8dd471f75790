import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../../src/lib/storage/summary';
import { T0 } from './helpers';

describe('what a document holds, counted for the import preview', () => {
  it('counts done and skipped steps', () => {
    expect(summarizeDocument('progress', { a: 'done', b: 'skipped', c: 'done' })).toEqual({
      document: 'progress',
      done: 2,
      skipped: 1,
    });
  });

  it('counts ticks and the lists that have any', () => {
    expect(summarizeDocument('checklists', { a: { x: true, y: true }, b: { z: true }, c: {} })).toEqual({
      document: 'checklists',
      lists: 2,
      ticks: 3,
    });
  });

  it('counts the planner fields set and the weeks logged', () => {
    const week = { weekStart: '2026-11-16', income: 1, orders: 1, proposals: 1, note: '' };
    expect(summarizeDocument('goals', { fields: { targetYearlyNet: '1', startPrice: '' }, weeks: [week] })).toEqual({
      document: 'goals',
      fields: 2,
      weeks: 1,
    });
    expect(summarizeDocument('goals', { fields: {}, weeks: [] })).toEqual({ document: 'goals', fields: 0, weeks: 0 });
  });

  it('gives the export time of meta', () => {
    expect(summarizeDocument('meta', { lastExportedAt: T0 })).toEqual({ document: 'meta', lastExportedAt: T0 });
  });
});

describe('writing drafts, counted for the import preview', () => {
  it('counts drafts of every kind', () => {
    const draft = { id: 'd-1', kind: 'profile' as const, name: '', fields: {}, updatedAt: T0 };
    expect(summarizeDocument('writing', { drafts: [draft, { ...draft, id: 'd-2', kind: 'proposal' }] })).toEqual({
      document: 'writing',
      drafts: 2,
    });
  });
});
