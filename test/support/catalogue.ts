import { DataSource } from 'typeorm';
import type { TestApp } from './app';

export const ISO = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

export const invalid = (...errors: string[]) => ({ success: false, message: 'Validation failed', errors });

/**
 * Rows created one after another may share a millisecond; tests that check creation order pin
 * `created_at` so the expected order does not depend on timing (`updated_at` is kept, despite ON UPDATE).
 */
export async function setCreatedAt(t: TestApp, table: string, id: string, at: string): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`UPDATE \`${table}\` SET created_at = ?, updated_at = updated_at WHERE id = ?`, [new Date(at), id]);
}
