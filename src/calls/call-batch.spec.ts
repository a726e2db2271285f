import type { Agent } from '../agents/agent.entity';
import type { BatchRow } from '../initiations/channel.port';
import { buildCalls, pickVariables } from './call-batch';

const row = (n: number, fields: BatchRow['fields']): BatchRow => ({
  attemptId: `att_${n}`,
  customerId: `L${n}`,
  phone: `+9198000000${n}`,
  language: 'hindi',
  fields,
});

describe('call batch', () => {
  it('picks variables in declaration order, as given, null when absent', () => {
    expect(
      pickVariables({ emi_amount: 4242, first_name: 'Asha', vip: true }, ['first_name', 'emi_amount', 'branch', 'vip']),
    ).toEqual({
      first_name: 'Asha',
      emi_amount: 4242,
      branch: null,
      vip: true,
    });
    expect(pickVariables({}, ['constructor'])).toEqual({ constructor: null });
  });

  it('spreads calls evenly over the numbers, continuing across batches', () => {
    const agent = { variables: ['first_name'] } as Agent;
    const rows = [1, 2, 3, 4, 5].map((n) => row(n, { first_name: `N${n}` }));
    const calls = buildCalls(rows, agent, ['+911', '+912', '+913'], 4);
    expect(calls.map((c) => c.from)).toEqual(['+912', '+913', '+911', '+912', '+913']);
    expect(calls[0]).toEqual({
      attemptId: 'att_1',
      customerId: 'L1',
      to: '+91980000001',
      from: '+912',
      language: 'hindi',
      variables: { first_name: 'N1' },
    });
  });
});
