import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, TestApp } from './app';

/**
 * Environment for a spec file's app that keeps its work to itself: a named Bull prefix under the
 * run's prefix (global-teardown removes it), no recovery sweep during the file, and rate limits
 * lifted (these files send hundreds of initiate requests with one key).
 */
export function isolatedEnv(name: string): Record<string, string> {
  const prefix = process.env.OUTREACH_TEST_QUEUE_PREFIX;
  if (!prefix) throw new Error('test/support/global-setup.ts did not run');
  return {
    QUEUE_PREFIX: `${prefix}_${name}`,
    RECOVERY_INTERVAL_MS: '3600000',
    RATE_LIMIT_PER_MINUTE: '100000',
    INITIATE_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

/** The two initiate routes of SPEC §4. */
export type InitiateChannel = 'calls' | 'sms';

export interface InitiateCall {
  channel: InitiateChannel;
  campaignId: string;
  /** null sends no Authorization header at all. */
  key: string | null;
  body: object;
  /** Query string including its `?`, e.g. `?dryRun=true`. */
  query?: string;
  headers?: Record<string, string>;
}

export function initiate(t: TestApp, call: InitiateCall): Promise<Response> {
  const req = t.http.post(`/api/v1/initiate/${call.campaignId}/${call.channel}${call.query ?? ''}`);
  if (call.key !== null) void req.set(bearer(call.key));
  if (call.headers) void req.set(call.headers);
  return req.send(call.body);
}

async function created(t: TestApp, key: string, path: string, body: object): Promise<string> {
  const res = await t.http.post(path).set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id as string;
}

export const createAgent = (t: TestApp, key: string, variables: string[], name = 'Agent'): Promise<string> =>
  created(t, key, '/api/v1/agents', { name, variables });

export const createTemplate = (
  t: TestApp,
  key: string,
  body: string,
  overrides: Record<string, unknown> = {},
): Promise<string> =>
  created(t, key, '/api/v1/sms/templates', {
    name: 'Template',
    body,
    senderId: 'TMPPAY',
    dltTemplateId: '1107161234567890123',
    ...overrides,
  });

export const createPhoneNumber = (
  t: TestApp,
  key: string,
  number: string,
  capabilities: Array<'voice' | 'sms'> = ['voice', 'sms'],
): Promise<string> => created(t, key, '/api/v1/phone-numbers', { number, capabilities });

export async function updatePhoneNumber(t: TestApp, key: string, id: string, body: object): Promise<void> {
  const res = await t.http.put(`/api/v1/phone-numbers/${id}`).set(bearer(key)).send(body);
  if (res.status !== 200) throw new Error(`phone number update failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The ids of an organization's phone numbers, in creation order. */
export async function phoneNumberIds(t: TestApp, key: string): Promise<string[]> {
  const res = await t.http.get('/api/v1/phone-numbers?limit=100').set(bearer(key));
  if (res.status !== 200) throw new Error(`phone number list failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body.data as Array<{ id: string }>).map((n) => n.id);
}

/**
 * What initiation work exists for these organizations: initiation rows and attempt rows. A
 * dispatch needs both (the workers send only attempts read from the database), so unchanged
 * counts after a refused request mean nothing was, or will later be, dispatched.
 */
export async function initiationRows(
  t: TestApp,
  organizationIds: string[],
): Promise<{ initiations: number; attempts: number }> {
  const db = t.app.get(DataSource);
  const [i] = await db.query<Array<{ n: string }>>(
    'SELECT COUNT(*) AS n FROM initiations WHERE organization_id IN (?)',
    [organizationIds],
  );
  const [a] = await db.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM attempts WHERE organization_id IN (?)', [
    organizationIds,
  ]);
  return { initiations: Number(i.n), attempts: Number(a.n) };
}

export interface AttemptRow {
  attemptId: string;
  customerId: string;
  phone: string;
  batch: number;
  status: string;
  providerRef: string | null;
  reason: string | null;
}

/** Every attempt of an initiation, through GET /api/v1/initiations/:id/attempts. */
export async function allAttempts(t: TestApp, key: string, initiationId: string): Promise<AttemptRow[]> {
  const rows: AttemptRow[] = [];
  for (let page = 1; ; page++) {
    const res = await t.http
      .get(`/api/v1/initiations/${initiationId}/attempts?limit=100&page=${page}`)
      .set(bearer(key));
    if (res.status !== 200) throw new Error(`attempts failed: ${res.status} ${JSON.stringify(res.body)}`);
    rows.push(...(res.body.data as AttemptRow[]));
    if (page >= (res.body.pagination.totalPages as number)) return rows;
  }
}

/** Sorts a copy by a string key. */
export const sortedBy = <T>(items: T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The report's `excluded` when the contact policy kept nobody out. */
export const NO_EXCLUSIONS = {
  total: 0,
  byReason: { do_not_contact: 0, attempt_cap: 0, outside_window: 0, duplicate_phone: 0 },
};

/** A dry run's `excluded` when nobody is kept out. */
export const NO_DRY_RUN_EXCLUSIONS = {
  ...NO_EXCLUSIONS,
  samples: { do_not_contact: [], attempt_cap: [], outside_window: [], duplicate_phone: [] },
};
