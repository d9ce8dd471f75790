/**
 * Two tabs saving within milliseconds, over Web Storage shared the way Chromium shares it: each tab reads its own
 * copy, a write lands there at once and reaches the shared area and the other tabs only later, and a tab keeps its
 * own pending write over another tab's that the browser applied just before it. Both tabs' changes must survive and
 * every tab must end with what is stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentStore, readDocument, type StorageChange } from '../../../src/lib/storage/documents-store';
import { goals, progress, type Goals, type Progress } from '../../../src/lib/storage/documents';
import { memoryStore, type KeyValueStore } from '../../../src/lib/storage/stores';
import { T0 } from './helpers';

/** A clock that moves `step` milliseconds per call: 1 ms for tabs saving at the same moment. */
function clockOf(step: number): () => Date {
  let t = Date.parse(T0);
  return () => new Date((t += step));
}

type Message = { kind: 'ack'; key: string } | { kind: 'change'; key: string; newValue: string | null };

/** One origin's storage and its tabs. `apply()` is the browser applying the oldest write; `receive(tab)` is a tab
 * taking the oldest message for it (updating its copy and firing its `storage` listeners). */
function browserStorage() {
  const shared = new Map<string, string>();
  const writes: { from: number; key: string; value: string | null }[] = [];
  const tabs: {
    copy: Map<string, string>;
    pending: Map<string, number>;
    inbox: Message[];
    listeners: ((e: StorageChange) => void)[];
  }[] = [];

  function openTab(): { store: KeyValueStore; listen: (fn: (e: StorageChange) => void) => void; index: number } {
    const index = tabs.length;
    const tab = {
      copy: new Map(shared),
      pending: new Map<string, number>(),
      inbox: [] as Message[],
      listeners: [] as ((e: StorageChange) => void)[],
    };
    tabs.push(tab);
    const write = (key: string, value: string | null) => {
      if (value === null) tab.copy.delete(key);
      else tab.copy.set(key, value);
      tab.pending.set(key, (tab.pending.get(key) ?? 0) + 1);
      writes.push({ from: index, key, value });
    };
    const store: KeyValueStore = {
      getItem: (key) => tab.copy.get(key) ?? null,
      setItem: (key, value) => write(key, String(value)),
      removeItem: (key) => write(key, null),
      key: (i) => [...tab.copy.keys()][i] ?? null,
      get length() {
        return tab.copy.size;
      },
    };
    return { store, listen: (fn) => void tab.listeners.push(fn), index };
  }

  function apply(): boolean {
    const w = writes.shift();
    if (!w) return false;
    if (w.value === null) shared.delete(w.key);
    else shared.set(w.key, w.value);
    tabs.forEach((tab, i) =>
      tab.inbox.push(i === w.from ? { kind: 'ack', key: w.key } : { kind: 'change', key: w.key, newValue: w.value }),
    );
    return true;
  }

  function receive(index: number): boolean {
    const tab = tabs[index]!;
    const message = tab.inbox.shift();
    if (!message) return false;
    const { key } = message;
    if (message.kind === 'ack') {
      const left = (tab.pending.get(key) ?? 1) - 1;
      if (left === 0) tab.pending.delete(key);
      else tab.pending.set(key, left);
      return true;
    }
    // Chromium keeps the tab's own unacknowledged write; the event still fires.
    if (!tab.pending.has(key)) {
      if (message.newValue === null) tab.copy.delete(key);
      else tab.copy.set(key, message.newValue);
    }
    for (const fn of tab.listeners) fn({ key, newValue: message.newValue });
    return true;
  }

  /** Delivers everything, including the writes that delivery itself causes. */
  function settle() {
    for (let round = 0; round < 1000; round++) {
      let moved = apply();
      for (let i = 0; i < tabs.length; i++) moved = receive(i) || moved;
      if (!moved) return;
    }
    throw new Error('tabs never settled');
  }

  return { openTab, apply, receive, settle, shared: () => shared.get('dalil:progress') ?? null, sharedMap: shared };
}

function openTabs<T>(spec: typeof progress | typeof goals, count = 2, clock = clockOf(1)) {
  const storage = browserStorage();
  const tabs = Array.from({ length: count }, () => {
    const { store, listen } = storage.openTab();
    const doc = new DocumentStore<T>(store, spec as never, clock);
    listen((e) => doc.applyExternalChange(e));
    return doc;
  });
  const stored = (): T =>
    readDocument(memoryStore(Object.fromEntries(storage.sharedMap)), spec as never, clock).data as T;
  return { storage, tabs, stored };
}

describe('two tabs saving at the same moment', () => {
  it('keeps both marks when each tab saves before the other’s write reaches it', () => {
    const { storage, tabs, stored } = openTabs<Progress>(progress);
    const [a, b] = tabs as [DocumentStore<Progress>, DocumentStore<Progress>];
    a.update((p) => ({ ...p, first: 'done' }));
    b.update((p) => ({ ...p, second: 'done' }));
    storage.settle();
    expect(stored()).toEqual({ first: 'done', second: 'done' });
    expect(a.state.data).toEqual(stored());
    expect(b.state.data).toEqual(stored());
  });

  it('keeps a field typed in one tab and a week logged in the other', () => {
    const { storage, tabs, stored } = openTabs<Goals>(goals);
    const [a, b] = tabs as [DocumentStore<Goals>, DocumentStore<Goals>];
    const week = { weekStart: '2026-11-16', income: 10, orders: 1, proposals: 3, note: '' };
    a.update((g) => ({ ...g, fields: { ...g.fields, targetYearlyNet: '30000' } }));
    b.update((g) => ({ ...g, weeks: [...g.weeks.filter((w) => w.weekStart !== week.weekStart), week] }));
    // The browser applies b's write last, so it replaces a's in storage.
    storage.apply();
    storage.apply();
    storage.settle();
    expect(stored()).toEqual({ fields: { targetYearlyNet: '30000' }, weeks: [week] });
    expect(a.state.data).toEqual(stored());
    expect(b.state.data).toEqual(stored());
  });

  it('settles on one value when both tabs set the same field, and every tab shows it', () => {
    const { storage, tabs, stored } = openTabs<Goals>(goals);
    const [a, b] = tabs as [DocumentStore<Goals>, DocumentStore<Goals>];
    a.update((g) => ({ ...g, fields: { ...g.fields, averageOrderPrice: '30', startPrice: '5' } }));
    b.update((g) => ({ ...g, fields: { ...g.fields, averageOrderPrice: '40', raisePercent: '10' } }));
    storage.settle();
    const final = stored();
    expect(final.fields).toMatchObject({ startPrice: '5', raisePercent: '10' });
    expect(['30', '40']).toContain(final.fields.averageOrderPrice);
    expect(a.state.data).toEqual(final);
    expect(b.state.data).toEqual(final);
  });

  it('keeps every tab’s marks and converges, whatever the order writes and events arrive in', () => {
    const steps = ['s1', 's2', 's3'];
    const op = (tab: number) =>
      fc.record({
        tab: fc.constant(tab),
        step: fc.constantFrom(...steps.map((s) => `t${tab}-${s}`)),
        state: fc.constantFrom('done' as const, 'skipped' as const, null),
      });
    const action = fc.oneof(
      op(0),
      op(1),
      op(2),
      fc.constant({ apply: true as const }),
      fc.record({ receive: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { storage, tabs, stored } = openTabs<Progress>(progress, 3);
        const expected = new Map<string, 'done' | 'skipped' | null>();
        for (const a of actions) {
          if ('apply' in a) storage.apply();
          else if ('receive' in a) storage.receive(a.receive);
          else {
            expected.set(a.step, a.state);
            tabs[a.tab]!.update((p) => {
              const next = { ...p };
              if (a.state === null) delete next[a.step];
              else next[a.step] = a.state;
              return next;
            });
          }
        }
        storage.settle();
        const final = stored();
        const want = Object.fromEntries([...expected].filter(([, v]) => v !== null));
        expect(final).toEqual(want);
        for (const tab of tabs) expect(tab.state.data).toEqual(final);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a mark removed in one tab while two others keep re-saving theirs (fast-check counterexample)', () => {
    // Marking a step again moves its key to the end of the object: the same marks, not another tab's change.
    const { storage, tabs, stored } = openTabs<Progress>(progress, 3);
    const mark = (tab: number, step: string, state: 'done' | null) =>
      tabs[tab]!.update((p) => {
        const next = { ...p };
        if (state === null) delete next[step];
        else next[step] = state;
        return next;
      });
    mark(0, 't0-s1', null);
    storage.apply();
    mark(2, 't2-s1', null);
    mark(2, 't2-s1', 'done');
    storage.receive(1);
    mark(0, 't0-s1', 'done');
    mark(1, 't1-s1', 'done');
    mark(1, 't1-s1', null);
    storage.settle();
    expect(stored()).toEqual({ 't0-s1': 'done', 't2-s1': 'done' });
    for (const tab of tabs) expect(tab.state.data).toEqual(stored());
  });

  it('converges when tabs race to set the same marks to different states', () => {
    const action = fc.oneof(
      fc.record({
        tab: fc.nat(2),
        step: fc.constantFrom('s1', 's2'),
        state: fc.constantFrom('done' as const, 'skipped' as const, null),
      }),
      fc.constant({ apply: true as const }),
      fc.record({ receive: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { storage, tabs, stored } = openTabs<Progress>(progress, 3);
        for (const a of actions) {
          if ('apply' in a) storage.apply();
          else if ('receive' in a) storage.receive(a.receive);
          else
            tabs[a.tab]!.update((p) => {
              const next = { ...p };
              if (a.state === null) delete next[a.step];
              else next[a.step] = a.state;
              return next;
            });
        }
        storage.settle();
        for (const tab of tabs) expect(tab.state.data).toEqual(stored());
      }),
      { numRuns: 500 },
    );
  });

  it('takes another tab’s later change to a field this tab set, instead of setting it back', () => {
    const { storage, tabs, stored } = openTabs<Goals>(goals, 2, clockOf(2000));
    const [a, b] = tabs as [DocumentStore<Goals>, DocumentStore<Goals>];
    a.update((g) => ({ ...g, fields: { ...g.fields, averageOrderPrice: '30' } }));
    storage.settle();
    b.update((g) => ({ ...g, fields: { ...g.fields, averageOrderPrice: '45' } }));
    storage.settle();
    a.update((g) => ({ ...g, fields: { ...g.fields, startPrice: '5' } }));
    storage.settle();
    expect(stored().fields).toEqual({ averageOrderPrice: '45', startPrice: '5' });
    expect(a.state.data).toEqual(stored());
    expect(b.state.data).toEqual(stored());
  });
});
