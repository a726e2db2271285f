import type { TestApp } from './app';
import { bearer } from './app';

export function campaignBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'August EMI reminders',
    description: 'Borrowers with an EMI due in August',
    campaignType: 'emi',
    startDate: '2025-08-01',
    startTime: '09:00',
    endDate: '2025-08-31',
    endTime: '18:00',
    languages: ['hindi', 'english'],
    region: 'west',
    ...overrides,
  };
}

export async function createCampaign(
  t: Pick<TestApp, 'http'>,
  key: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.http.post('/api/v1/campaigns/create').set(bearer(key)).send(campaignBody(overrides));
  if (res.status !== 201) throw new Error(`campaign create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id as string;
}

/** Valid Indian mobile numbers, distinct for distinct n. */
export const phone = (n: number): string => `98${String(n).padStart(8, '0')}`;

export function loanRecord(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    loan_id: `LOAN-${String(n).padStart(6, '0')}`,
    first_name: `Borrower ${n}`,
    phone_number: phone(n),
    ...overrides,
  };
}

export async function bulkAdd(
  t: Pick<TestApp, 'http'>,
  key: string,
  campaignId: string,
  records: unknown[],
): Promise<void> {
  for (let i = 0; i < records.length; i += 10000) {
    const res = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: records.slice(i, i + 10000) });
    if (res.status !== 201) throw new Error(`bulk add failed: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
}
