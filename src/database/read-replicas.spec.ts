import { QueryFailedError } from 'typeorm';
import { isConnectionError, judge, ReplicaLog, ReplicaSet, ReplicaStatus } from './read-replicas';

/** A checker whose answers the test sets per replica, and a log that keeps its lines. */
function fixture(ids: string[], maxLagS = 5) {
  const answers = new Map<string, ReplicaStatus | Error>(ids.map((id) => [id, { kind: 'replicating', lagS: 0 }]));
  const lines: Array<{ event: 'skipped' | 'inUse'; fields: Record<string, unknown> }> = [];
  const log: ReplicaLog = {
    skipped: (fields) => lines.push({ event: 'skipped', fields }),
    inUse: (fields) => lines.push({ event: 'inUse', fields }),
  };
  const set = new ReplicaSet(
    ids.map((id) => ({ id, target: id })),
    maxLagS,
    (target) => {
      const answer = answers.get(target)!;
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    log,
  );
  return { set, answers, lines };
}

const picks = (set: ReplicaSet<string>, n: number): Array<string | undefined> =>
  Array.from({ length: n }, () => set.pick()?.id);

describe('judge', () => {
  it('takes a replica within the lag, skips one behind it, stopped, or no replica at all', () => {
    expect(judge({ kind: 'replicating', lagS: 5 }, 5)).toEqual({ usable: true, lagS: 5 });
    expect(judge({ kind: 'replicating', lagS: 6 }, 5)).toEqual({ usable: false, reason: 'lagging', lagS: 6 });
    expect(judge({ kind: 'replicating', lagS: null }, 5)).toEqual({ usable: false, reason: 'replication_stopped' });
    expect(judge({ kind: 'not_a_replica' }, 5)).toEqual({ usable: false, reason: 'not_a_replica' });
    expect(judge({ kind: 'down', error: 'ECONNREFUSED' }, 5)).toEqual({ usable: false, reason: 'down' });
  });
});

describe('ReplicaSet', () => {
  it('uses no replica before its first check', () => {
    const { set } = fixture(['a:3306']);
    expect(set.pick()).toBeUndefined();
    expect(set.health('a:3306')).toEqual({ usable: false, reason: 'unchecked' });
  });

  it('takes the healthy replicas in turn', async () => {
    const { set } = fixture(['a:3306', 'b:3306']);
    await set.checkAll();
    expect(picks(set, 4)).toEqual(['a:3306', 'b:3306', 'a:3306', 'b:3306']);
  });

  it('skips a lagging, a stopped and a down replica; none healthy → undefined (the primary)', async () => {
    const { set, answers } = fixture(['a:3306', 'b:3306', 'c:3306']);
    answers.set('a:3306', { kind: 'replicating', lagS: 9 });
    answers.set('b:3306', { kind: 'replicating', lagS: null });
    await set.checkAll();
    expect(picks(set, 3)).toEqual(['c:3306', 'c:3306', 'c:3306']);
    answers.set('c:3306', new Error('connect ECONNREFUSED'));
    await set.checkAll();
    expect(set.pick()).toBeUndefined();
    expect(set.health('c:3306')).toEqual({ usable: false, reason: 'down' });
  });

  it('takes a skipped replica back at the first check that finds it healthy', async () => {
    const { set, answers, lines } = fixture(['a:3306'], 2);
    answers.set('a:3306', { kind: 'replicating', lagS: 3 });
    await set.checkAll();
    expect(set.pick()).toBeUndefined();
    answers.set('a:3306', { kind: 'replicating', lagS: 2 });
    await set.checkAll();
    expect(set.pick()?.id).toBe('a:3306');
    expect(lines).toEqual([
      { event: 'skipped', fields: { replica: 'a:3306', reason: 'lagging', lagS: 3 } },
      { event: 'inUse', fields: { replica: 'a:3306', lagS: 2 } },
    ]);
  });

  it('markDown skips a replica at once, until a check finds it back', async () => {
    const { set } = fixture(['a:3306', 'b:3306']);
    await set.checkAll();
    set.markDown('a:3306', Object.assign(new Error('lost'), { code: 'PROTOCOL_CONNECTION_LOST' }));
    expect(picks(set, 3)).toEqual(['b:3306', 'b:3306', 'b:3306']);
    await set.checkAll();
    expect(picks(set, 2).sort()).toEqual(['a:3306', 'b:3306']);
  });

  it('logs a change only: the same reason twice is one line; the error by its code, not its message', async () => {
    const { set, answers, lines } = fixture(['a:3306']);
    answers.set('a:3306', Object.assign(new Error("Access denied for user 'x' (password: secret)"), { code: 'EX' }));
    await set.checkAll();
    await set.checkAll();
    answers.set('a:3306', { kind: 'replicating', lagS: null });
    await set.checkAll();
    expect(lines).toEqual([
      { event: 'skipped', fields: { replica: 'a:3306', reason: 'down', error: 'EX' } },
      { event: 'skipped', fields: { replica: 'a:3306', reason: 'replication_stopped' } },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });
});

describe('isConnectionError', () => {
  const driver = (fields: Record<string, unknown>) =>
    new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), fields));

  it('is a lost or refused connection, not a wrong statement', () => {
    expect(isConnectionError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(driver({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))).toBe(true);
    expect(isConnectionError(driver({ code: 'ER_SERVER_SHUTDOWN', errno: 1053 }))).toBe(true);
    expect(isConnectionError(driver({ code: 'ER_NO_SUCH_TABLE', errno: 1146 }))).toBe(false);
    expect(isConnectionError(driver({ code: 'ER_PARSE_ERROR', errno: 1064 }))).toBe(false);
    expect(isConnectionError(new Error('plain'))).toBe(false);
  });
});
