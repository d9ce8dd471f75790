import { describe, expect, it } from 'vitest';
import { looseStoredData, ownValue } from '../../../src/lib/storage/loose-read';

describe('loose reading of stored envelopes', () => {
  it('returns the data object of an envelope, and null for anything else', () => {
    expect(looseStoredData('{"schemaVersion":1,"data":{"a":1}}')).toEqual({ a: 1 });
    for (const raw of [null, '', '{', 'null', '3', '{"data":null}', '{"data":"x"}'])
      expect(looseStoredData(raw), String(raw)).toBeNull();
  });

  it('reads own values only, never inherited ones', () => {
    const data = looseStoredData('{"data":{"x":true}}')!;
    expect(ownValue(data, 'x')).toBe(true);
    expect(ownValue(data, 'toString')).toBeUndefined();
    expect(ownValue(data, 'constructor')).toBeUndefined();
  });
});
