import { describe, expect, expectTypeOf, it } from 'vitest';
import { memoryStore, safeStore, StorageUnavailableError, type KeyValueStore } from '../../../src/lib/storage/stores';
import { openDocument } from '../../../src/lib/storage/documents-store';
import { listQuarantine } from '../../../src/lib/storage/quarantine';
import { ticking, flakyStore, tick } from './helpers';

describe('stores', () => {
  it('memoryStore behaves like Web Storage', () => {
    const store = memoryStore({ a: '1' });
    store.setItem('b', '2');
    expect([store.length, store.getItem('a'), store.getItem('b'), store.getItem('c')]).toEqual([2, '1', '2', null]);
    expect([store.key(0), store.key(1), store.key(2)]).toEqual(['a', 'b', null]);
    store.removeItem('a');
    expect([store.length, store.getItem('a')]).toEqual([1, null]);
  });

  it('safeStore survives a localStorage getter that throws SecurityError, and asks only once', () => {
    let calls = 0;
    const store = safeStore(() => {
      calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getItem('dalil:progress')).toBeNull();
    expect(store.length).toBe(0);
    expect(store.key(0)).toBeNull();
    expect(() => store.setItem('k', 'v')).toThrow(StorageUnavailableError);
    expect(() => store.removeItem('k')).toThrow(StorageUnavailableError);
    expect(calls).toBe(1);
  });

  it('safeStore treats a missing localStorage as unavailable and passes a real one through', () => {
    expect(() => safeStore(() => null).setItem('k', 'v')).toThrow(StorageUnavailableError);
    expect(() => safeStore(() => undefined).setItem('k', 'v')).toThrow(StorageUnavailableError);
    const inner = memoryStore();
    const store = safeStore(() => inner);
    store.setItem('k', 'v');
    expect([inner.getItem('k'), store.getItem('k'), store.length, store.key(0)]).toEqual(['v', 'v', 1, 'k']);
    store.removeItem('k');
    expect(inner.length).toBe(0);
  });

  it('accepts the browser Storage type, and never throws on whatever globalThis.localStorage is here', () => {
    expectTypeOf<Storage>().toExtend<KeyValueStore>();
    const store = safeStore(() => globalThis.localStorage);
    expect(() => store.getItem('dalil:progress')).not.toThrow();
  });

  it('keeps working in memory without storage, and says each save was not kept', () => {
    const doc = openDocument(
      safeStore(() => null),
      'checklists',
      ticking(),
    );
    const first = doc.update(tick('first-client', 'profile'));
    const second = doc.update(tick('first-client', 'portfolio'));
    expect(first).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(second).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(doc.state.data).toEqual({ 'first-client': { profile: true, portfolio: true } });
  });

  it('reports quota when setItem throws a QuotaExceededError, keeps the change in memory, and saves it later', () => {
    const { store, inner, control } = flakyStore();
    const doc = openDocument(store, 'checklists', ticking());
    expect(doc.update(tick('a', 'one'))).toMatchObject({ saved: true });
    control.failWrites = true;
    expect(doc.update(tick('a', 'two'))).toMatchObject({ saved: false, reason: 'quota' });
    expect(doc.update(tick('a', 'three'))).toMatchObject({ saved: false, reason: 'quota' });
    expect(doc.state.data).toEqual({ a: { one: true, two: true, three: true } });
    expect(JSON.parse(inner.getItem('dalil:checklists') ?? '').data).toEqual({ a: { one: true } });
    control.failWrites = false;
    const saved = doc.update(tick('a', 'four'));
    expect(saved.saved).toBe(true);
    expect(JSON.parse(inner.getItem('dalil:checklists') ?? '')).toMatchObject({
      revision: 2,
      data: { a: { one: true, two: true, three: true, four: true } },
    });
  });

  it('recognises quota errors by legacy code and Firefox name; anything else is unavailable', () => {
    for (const error of [
      { name: 'Error', code: 22 },
      { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 },
    ]) {
      const { store, control } = flakyStore(error);
      control.failWrites = true;
      expect(openDocument(store, 'progress', ticking()).update((p) => ({ ...p, x: 'done' }))).toMatchObject({
        reason: 'quota',
      });
    }
    const { store, control } = flakyStore(new TypeError('boom'));
    control.failWrites = true;
    expect(openDocument(store, 'progress', ticking()).update((p) => ({ ...p, x: 'done' }))).toMatchObject({
      reason: 'unavailable',
    });
  });

  it('never throws when getItem throws: the document starts empty and saves report unavailable', () => {
    const { store, control } = flakyStore();
    control.failReads = true;
    const doc = openDocument(store, 'progress', ticking());
    expect(doc.state.data).toEqual({});
    expect(doc.update((p) => ({ ...p, intro: 'done' }))).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(doc.state.data).toEqual({ intro: 'done' });
    expect(listQuarantine(store)).toEqual([]);
  });
});
