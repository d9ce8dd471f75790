import { describe, expect, it } from 'vitest';
import { DOCUMENT_NAMES, DOCUMENTS } from '../../../src/lib/storage/documents';
import {
  documentKey,
  KEY_PREFIX,
  LEGACY_KEYS,
  QUARANTINE_PREFIX,
  SET_ASIDE_PREFIX,
  STORAGE_KEYS,
} from '../../../src/lib/storage/keys';

describe('storage keys', () => {
  it('every key the site writes starts with the prefix', () => {
    for (const key of [
      ...Object.values(STORAGE_KEYS),
      QUARANTINE_PREFIX,
      SET_ASIDE_PREFIX,
      ...DOCUMENT_NAMES.map((name) => documentKey(DOCUMENTS[name])),
    ]) {
      expect(key.startsWith(KEY_PREFIX), key).toBe(true);
    }
  });

  it('the written-out key of every document is the one the storage module uses', () => {
    for (const name of DOCUMENT_NAMES) expect(STORAGE_KEYS[name], name).toBe(documentKey(DOCUMENTS[name]));
  });

  it('keys never collide, and set-aside copies cannot be mistaken for a document', () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key.startsWith(QUARANTINE_PREFIX)).toBe(false);
      expect(key.startsWith(SET_ASIDE_PREFIX)).toBe(false);
    }
    expect(SET_ASIDE_PREFIX.startsWith(QUARANTINE_PREFIX) || QUARANTINE_PREFIX.startsWith(SET_ASIDE_PREFIX)).toBe(
      false,
    );
  });

  it('each legacy key moves to a registered key', () => {
    const registered: string[] = Object.values(STORAGE_KEYS);
    for (const [old, now] of Object.entries(LEGACY_KEYS)) {
      expect(old.startsWith(KEY_PREFIX)).toBe(false);
      expect(registered).toContain(now);
    }
  });
});

describe('legacy keys', () => {
  it('each moves to the prefix plus its old name, as the theme script writes it', () => {
    for (const [old, now] of Object.entries(LEGACY_KEYS)) expect(now).toBe(`${KEY_PREFIX}${old}`);
  });
});
