import { describe, expect, it } from 'vitest';
import { importOnce } from '../../../src/lib/async/import-once';

describe('importOnce', () => {
  it('loads once, however many callers ask at the same time or later', async () => {
    let loads = 0;
    const load = importOnce(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(loads).toBe(1);
  });

  it('forgets a failed download, so the next call tries again', async () => {
    let attempts = 0;
    const load = importOnce(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return 'module';
    });
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toBe('module');
    await expect(load()).resolves.toBe('module');
    expect(attempts).toBe(2);
  });
});
