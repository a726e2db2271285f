import { bearer, TestApp } from './app';

/** What these helpers need of an app: its HTTP client and a way to create organizations (in-process or spawned). */
export type ApiTarget = Pick<TestApp, 'http' | 'createOrg'>;

export interface OrgSetup {
  orgId: string;
  key: string;
  agentId: string;
  dispositionId: string;
  templateId: string;
  numbers: string[];
}

async function post(t: ApiTarget, key: string, path: string, body: object): Promise<Record<string, unknown>> {
  const res = await t.http.post(path).set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Record<string, unknown>;
}

/** An organization with an agent, a disposition, an SMS template and two voice numbers. */
export async function setupOrg(
  t: ApiTarget,
  options: { variables?: string[]; body?: string; numbers?: string[] } = {},
): Promise<OrgSetup> {
  const org = await t.createOrg('Lender');
  const key = org.apiKey;
  const agent = await post(t, key, '/api/v1/agents', {
    name: 'Reminder agent',
    variables: options.variables ?? ['first_name', 'emi_amount'],
  });
  const disposition = await post(t, key, '/api/v1/dispositions', { name: 'Promise to pay' });
  const template = await post(t, key, '/api/v1/sms/templates', {
    name: 'EMI reminder',
    body: options.body ?? 'Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}.',
    senderId: 'TMPPAY',
    dltTemplateId: '1107161234567890123',
  });
  const numbers = options.numbers ?? ['+918000000001', '+918000000002'];
  for (const number of numbers) await post(t, key, '/api/v1/phone-numbers', { number, capabilities: ['voice', 'sms'] });
  return {
    orgId: org.id,
    key,
    agentId: agent.id as string,
    dispositionId: disposition.id as string,
    templateId: template.id as string,
    numbers,
  };
}
