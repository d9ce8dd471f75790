import { describe, expect, it } from 'vitest';
import { ticksFromStoredText } from '../../../src/lib/checklists/saved-ticks';

const ids = ['a-item', 'b-item', 'c-item'];
const stored = (data: unknown) =>
  JSON.stringify({ schemaVersion: 1, revision: 2, updatedAt: '2026-11-23T10:00:00.000Z', data });

describe('reading saved ticks for display', () => {
  it('returns the ticked items of this list that still exist', () => {
    const raw = stored({ mine: { 'a-item': true, 'c-item': true, 'gone-item': true }, other: { 'b-item': true } });
    expect([...ticksFromStoredText(raw, 'mine', ids)].sort()).toEqual(['a-item', 'c-item']);
  });

  it('shows nothing, and never throws, for missing, broken or hostile data', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '42',
      '"x"',
      stored(null),
      stored([]),
      stored({ mine: 'yes' }),
      stored({ mine: { 'a-item': 'true' } }),
    ]) {
      expect(ticksFromStoredText(raw, 'mine', ids).size, String(raw)).toBe(0);
    }
    const proto = '{"data":{"__proto__":{"a-item":true}}}';
    expect(ticksFromStoredText(proto, '__proto__', ids).size).toBe(1);
    expect(ticksFromStoredText('{"data":{}}', 'constructor', ['hasOwnProperty']).size).toBe(0);
  });
});
