import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export type IdPrefix =
  'org' | 'key' | 'camp' | 'agent' | 'disp' | 'tmpl' | 'num' | 'init' | 'att' | 'wh' | 'whd' | 'msg';

/** Random base62 string; 248 is the largest multiple of 62 below 256, so there is no modulo bias. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += ALPHABET[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Opaque public id, e.g. `camp_3kTq…` (20 base62 characters ≈ 119 bits: unguessable). */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBase62(20)}`;
}

/** Public ids are at most this long; columns holding them are sized to it. */
export const ID_LENGTH = 32;

/**
 * One batch of one initiation, `<initiationId>:<batch>`: its Bull job id (a batch enqueued twice
 * while queued is one job) and the Idempotency-Key of every provider request for it.
 */
export const batchKey = (initiationId: string, batch: number): string => `${initiationId}:${batch}`;
