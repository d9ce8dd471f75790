import { describe, expect, it } from 'vitest';
import { flattenPath, locateOnPath, notOnAnyPath, type ModuleRef } from '../../../src/lib/content/path-order';

const path: ModuleRef[] = [
  { id: 'understand', title: 'افهم', steps: [{ id: 's1', kind: 'guide', target: 'a' }, { id: 's2', kind: 'guide', target: 'b' }] },
  { id: 'prepare', title: 'استعد', steps: [{ id: 's3', kind: 'checklist', target: 'b-list' }, { id: 's4', kind: 'tool', target: 'platforms' }] },
];

describe('learning path', () => {
  it('numbers steps across modules in order', () => {
    const flat = flattenPath(path);
    expect(flat.map((s) => [s.id, s.index, s.moduleIndex])).toEqual([
      ['s1', 0, 0],
      ['s2', 1, 0],
      ['s3', 2, 1],
      ['s4', 3, 1],
    ]);
  });

  it('finds the previous and next step across a module boundary', () => {
    const at = locateOnPath(path, 'guide', 'b');
    expect(at?.previous?.target).toBe('a');
    expect(at?.next?.target).toBe('b-list');
    expect(at?.next?.moduleTitle).toBe('استعد');
    expect(at?.total).toBe(4);
  });

  it('has no previous step at the start and no next step at the end', () => {
    expect(locateOnPath(path, 'guide', 'a')?.previous).toBeUndefined();
    expect(locateOnPath(path, 'tool', 'platforms')?.next).toBeUndefined();
  });

  it('does not confuse kinds that share an id', () => {
    expect(locateOnPath(path, 'checklist', 'a')).toBeUndefined();
  });

  it('lists entries that no path places', () => {
    expect(notOnAnyPath('guide', ['a', 'b', 'c'], [path])).toEqual(['c']);
    expect(notOnAnyPath('guide', ['a'], [])).toEqual(['a']);
  });
});
