import { generateKey, hashesEqual, hashKey, parsePrefix } from './api-key.codec';
import { newId, randomBase62 } from '../common/ids';

describe('API key codec', () => {
  it('generates distinct well-formed keys whose stored hash is not the key', () => {
    const a = generateKey();
    const b = generateKey();
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^oak_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}$/);
    expect(parsePrefix(a.key)).toBe(a.prefix);
    expect(a.hash).toBe(hashKey(a.key));
    expect(a.hash).toHaveLength(64);
    expect(a.hash).not.toContain(a.key.slice(17));
  });

  it('rejects malformed keys', () => {
    for (const bad of [
      '',
      'oak_',
      'oak_short_key',
      `xak_${'A'.repeat(12)}_${'a'.repeat(43)}`,
      `oak_${'A'.repeat(12)}_${'a'.repeat(44)}`,
    ]) {
      expect(parsePrefix(bad)).toBeUndefined();
    }
  });

  it('compares hashes', () => {
    const a = generateKey();
    expect(hashesEqual(a.hash, hashKey(a.key))).toBe(true);
    expect(hashesEqual(a.hash, hashKey(`${a.key}x`))).toBe(false);
  });
});

describe('ids', () => {
  it('are prefixed, base62 and unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('camp')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^camp_[0-9A-Za-z]{20}$/);
    expect(randomBase62(7)).toHaveLength(7);
  });
});
