import { ShortCache } from './short-cache';

describe('ShortCache', () => {
  let now = 0;
  const cache = (): ShortCache<number> => new ShortCache<number>(1000, 2, () => now);

  beforeEach(() => {
    now = 0;
  });

  it('loads once within the time to live, again after it', async () => {
    const c = cache();
    let loads = 0;
    const load = (): Promise<number> => Promise.resolve(++loads);
    expect(await c.get('a', load)).toBe(1);
    now = 999;
    expect(await c.get('a', load)).toBe(1);
    now = 1000;
    expect(await c.get('a', load)).toBe(2);
  });

  it('does not keep a failed load', async () => {
    const c = cache();
    await expect(c.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await c.get('a', () => Promise.resolve(7))).toBe(7);
  });

  it('keeps at most `max` entries, dropping the oldest', async () => {
    const c = cache();
    let loads = 0;
    const load = (): Promise<number> => Promise.resolve(++loads);
    await c.get('a', load);
    await c.get('b', load);
    await c.get('c', load);
    expect(await c.get('b', load)).toBe(2);
    expect(await c.get('a', load)).toBe(4);
  });
});
