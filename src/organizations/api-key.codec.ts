import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBase62 } from '../common/ids';

/**
 * Key format: `oak_<prefix:12>_<secret:43>`. The secret is 43 base62 characters (≈256 bits);
 * the prefix is random too and only locates the row. Only the SHA-256 of the whole key is kept:
 * a fast hash is right for high-entropy keys (bcrypt would cost ~100 ms per request).
 */
const KEY_PATTERN = /^oak_([0-9A-Za-z]{12})_([0-9A-Za-z]{43})$/;

export interface GeneratedKey {
  key: string;
  prefix: string;
  hash: string;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateKey(): GeneratedKey {
  const prefix = randomBase62(12);
  const key = `oak_${prefix}_${randomBase62(43)}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The lookup prefix of a well-formed key, or undefined. */
export function parsePrefix(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
