import { describe, expect, it } from 'vitest';
import { looseStoredData, ownValue, storedByNewerVersion } from '../../../src/lib/storage/loose-read';
import { CHECKLISTS_VERSION, PROGRESS_VERSION } from '../../../src/lib/storage/versions';
import { checklists, progress } from '../../../src/lib/storage/documents';

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

  it('tells text stored by a newer version of the site, so pages open it read-only', () => {
    expect(PROGRESS_VERSION).toBe(progress.version);
    expect(CHECKLISTS_VERSION).toBe(checklists.version);
    expect(storedByNewerVersion('{"schemaVersion":2,"data":{}}', 1)).toBe(true);
    for (const raw of [null, '', '{', 'null', '{"schemaVersion":1}', '{"schemaVersion":"9"}', '{"schemaVersion":1.5}'])
      expect(storedByNewerVersion(raw, 1), String(raw)).toBe(false);
  });
});
