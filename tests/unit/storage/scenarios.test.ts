import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/lib/storage/documents-store';
import { scenariosSchema, type Scenario } from '../../../src/lib/storage/documents';
import { MAX_SCENARIOS } from '../../../src/lib/storage/limits';
import { listQuarantine } from '../../../src/lib/storage/quarantine';
import { memoryStore } from '../../../src/lib/storage/stores';
import { summarizeDocument } from '../../../src/lib/storage/summary';
import { T0, envelope, ticking } from './helpers';

const scenario = (id: string, extra: Partial<Scenario> = {}): Scenario => ({
  id,
  name: 'خمسات بالجنيه',
  fields: { target: '٢٠٠٠', fee: '20' },
  currency: 'EGP',
  platform: 'khamsat',
  savedAt: T0,
  ...extra,
});

describe('the scenarios document', () => {
  it('is stored under dalil:scenarios and strips bidi controls from names and fields', () => {
    const store = memoryStore();
    openDocument(store, 'scenarios', ticking()).update(() => ({
      scenarios: [scenario('s-1', { name: '\u2067عرض\u2069', fields: { target: '\u202B1500' } })],
    }));
    const stored = JSON.parse(store.getItem('dalil:scenarios')!);
    expect(stored.data.scenarios[0]).toMatchObject({ name: 'عرض', fields: { target: '1500' } });
    expect(summarizeDocument('scenarios', stored.data)).toEqual({ document: 'scenarios', scenarios: 1 });
  });

  it('refuses an empty name, an unknown field or currency, a bad platform id, duplicate ids and too many', () => {
    const ok = (s: unknown[]) => scenariosSchema.safeParse({ scenarios: s }).success;
    expect(ok([scenario('s-1')])).toBe(true);
    expect(ok([scenario('s-1', { name: ' ' })])).toBe(false);
    expect(ok([scenario('s-1', { fields: { rent: '5' } as never })])).toBe(false);
    expect(ok([scenario('s-1', { currency: 'XYZ' as never })])).toBe(false);
    expect(ok([scenario('s-1', { platform: 'Bad Id' })])).toBe(false);
    expect(ok([scenario('s-1'), scenario('s-1')])).toBe(false);
    expect(ok(Array.from({ length: MAX_SCENARIOS + 1 }, (_, i) => scenario(`s-${i}`)))).toBe(false);
  });

  it('keeps every valid scenario of a damaged document and quarantines the original', () => {
    const raw = envelope(1, { scenarios: [scenario('s-1'), { ...scenario('s-2'), currency: 'XYZ' }, scenario('s-3')] });
    const store = memoryStore({ 'dalil:scenarios': raw });
    const doc = openDocument(store, 'scenarios', ticking());
    expect(doc.state.data.scenarios.map((s) => s.id)).toEqual(['s-1', 's-3']);
    expect(doc.state.notice).toMatchObject({ kind: 'quarantined', reason: 'invalid', raw });
    expect(listQuarantine(store).map((e) => e.raw)).toEqual([raw]);
  });
});
