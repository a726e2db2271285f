import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../../src/database/prepare';
import { ReplicaReads } from '../../src/database/read-replicas';
import { bearer, createTestApp, TestApp } from '../support/app';
import { testConfig } from '../support/env';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import { ReplicaPair } from '../support/replica-pair';

const PRIMARY_PORT = 3316;
const REPLICA = '127.0.0.1:3317';
const CUSTOMERS = 5;
/** What the replica alone holds (written there with sql_log_bin = 0): an answer showing it was read there. */
const REPLICA_ONLY = 'Replica only';

/**
 * Issue 21 on real engines: a MariaDB primary and its replica (test/support/replica-pair.ts). The
 * replica is made to differ from the primary on purpose, in rows nothing writes again: the first
 * initiation's attempts carry a disposition and its row a status only the replica has, and one
 * customer of the campaign sits in another campaign there. Which server answered a read shows in
 * its answer. Lists, logs, stats, audience previews and dry runs read the replica while it is
 * healthy and the primary when it is not; the initiation itself and GET /initiations/:id always
 * read the primary.
 */
describe('read replicas (DB_READ_HOSTS)', () => {
  let pair: ReplicaPair;
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  let initiationId: string;
  let replicas: ReplicaReads;
  let env: Record<string, string>;

  const get = (path: string) => t.http.get(path).set(bearer(org.key));
  const initiate = (query = '') =>
    t.http
      .post(`/api/v1/initiate/${campaignId}/calls${query}`)
      .set(bearer(org.key))
      .send({ agentId: org.agentId, dispositionId: org.dispositionId });

  /** What the lag-tolerant reads answer, each reduced to the field where replica and primary differ. */
  async function lagTolerantReads(): Promise<Record<string, unknown>> {
    const list = await get(`/api/v1/initiations?campaignId=${campaignId}&limit=100`);
    const logs = await get(`/api/v1/logs?campaign_id=${campaignId}&per_page=100`);
    const stats = await get(`/api/v1/campaigns/${campaignId}/stats`);
    const audience = await t.http.post(`/api/v1/campaigns/${campaignId}/audience`).set(bearer(org.key)).send({});
    const dryRun = await initiate('?dryRun=true');
    const statuses = [list, logs, stats, audience, dryRun].map((r) => r.status);
    if (statuses.some((s) => s >= 300)) throw new Error(`a read failed: ${statuses.join(', ')}`);
    return {
      listStatus: (list.body.data as Array<{ initiationId: string; status: string }>).find(
        (i) => i.initiationId === initiationId,
      )?.status,
      logDispositions: [
        ...new Set((logs.body.data as Array<{ disposition: string | null }>).map((e) => e.disposition)),
      ],
      statsDispositions: (stats.body.data.calls.byDisposition as Array<{ name: string }>).map((d) => d.name),
      audienceMatched: audience.body.data.totalMatched,
      dryRunSelected: dryRun.body.data.customersSelected,
      dryRunMatched: dryRun.body.data.totalMatched,
    };
  }

  const fromReplica = {
    listStatus: 'canceled',
    logDispositions: [REPLICA_ONLY],
    statsDispositions: [REPLICA_ONLY],
    audienceMatched: CUSTOMERS - 1,
    dryRunSelected: CUSTOMERS - 1,
    // The plan (and its match count) is the primary's, as a real run's; only its counts may lag.
    dryRunMatched: CUSTOMERS,
  };
  const fromPrimary = {
    listStatus: 'completed',
    logDispositions: [null],
    statsDispositions: [],
    audienceMatched: CUSTOMERS,
    dryRunSelected: CUSTOMERS,
    dryRunMatched: CUSTOMERS,
  };

  beforeAll(async () => {
    pair = await ReplicaPair.start(PRIMARY_PORT);
    const dbName = `outreach_replicas_${randomBytes(3).toString('hex')}`;
    env = {
      ...isolatedEnv('replicas'),
      DB_HOST: '127.0.0.1',
      DB_PORT: String(PRIMARY_PORT),
      DB_NAME: dbName,
      DB_READ_HOSTS: REPLICA,
    };
    // The schema is made on the primary, as at any start, and reaches the replica by replication.
    await prepareDatabase(testConfig(env));
    t = await createTestApp(env);
    replicas = t.app.get(ReplicaReads);
    org = await setupOrg(t, { variables: ['first_name'] });
    campaignId = await createCampaign(t, org.key);
    const other = await createCampaign(t, org.key, { name: 'Other' });
    await bulkAdd(
      t,
      org.key,
      campaignId,
      Array.from({ length: CUSTOMERS }, (_, i) => loanRecord(i + 1)),
    );
    const first = await initiate();
    expect([first.status, first.body.results?.initiated]).toEqual([200, CUSTOMERS]);
    initiationId = first.body.initiationId as string;

    await pair.waitCaughtUp();
    await pair.onReplica(async (c) => {
      await c.query(`USE \`${dbName}\``);
      await c.query('UPDATE attempts SET disposition = ? WHERE initiation_id = ?', [REPLICA_ONLY, initiationId]);
      await c.query("UPDATE initiations SET status = 'canceled' WHERE id = ?", [initiationId]);
      await c.query('UPDATE customers SET campaign_id = ? WHERE campaign_id = ? ORDER BY id LIMIT 1', [
        other,
        campaignId,
      ]);
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await pair?.close();
  });

  it('reads lists, logs, stats, audience previews and dry runs on a healthy replica', async () => {
    await replicas.checkNow();
    expect(replicas.health(REPLICA)).toEqual({ usable: true, lagS: 0 });
    expect(replicas.target()).toBe(REPLICA);
    expect(await lagTolerantReads()).toEqual(fromReplica);
  });

  it('skips a replica whose replication is stopped: the same reads answer from the primary, then from it again', async () => {
    await pair.onReplica((c) => c.query('STOP SLAVE'));
    await replicas.checkNow();
    expect(replicas.health(REPLICA)).toEqual({ usable: false, reason: 'replication_stopped' });
    expect(replicas.target()).toBe('primary');
    expect(await lagTolerantReads()).toEqual(fromPrimary);

    await pair.resumeReplication();
    await replicas.checkNow();
    expect(replicas.target()).toBe(REPLICA);
    expect(await lagTolerantReads()).toEqual(fromReplica);
  });

  it('skips a replica further behind than DB_READ_MAX_LAG_S (5 s), and uses it again once it has caught up', async () => {
    await pair.delayReplication(60);
    // Any write on the primary: the replica now holds it back, and its lag grows from there.
    const write = await t.http.post('/api/v1/agents').set(bearer(org.key)).send({ name: 'Late', variables: [] });
    expect(write.status).toBe(201);
    await pair.waitLagging(6);
    await replicas.checkNow();
    expect(replicas.health(REPLICA)).toEqual({ usable: false, reason: 'lagging', lagS: expect.any(Number) });
    expect(replicas.target()).toBe('primary');
    expect(await lagTolerantReads()).toEqual(fromPrimary);

    await pair.delayReplication(0);
    await pair.waitCaughtUp();
    await pair.waitLagAtMost(0);
    await replicas.checkNow();
    expect(replicas.target()).toBe(REPLICA);
    expect(await lagTolerantReads()).toEqual(fromReplica);
  });

  it('answers from the primary when the replica process dies (no 5xx), and uses it again once it is back', async () => {
    await pair.stopReplica();
    // No check in between: the first read meets the dead connection, marks the replica down and runs again on the primary.
    expect(await lagTolerantReads()).toEqual(fromPrimary);
    expect(replicas.health(REPLICA)).toEqual({ usable: false, reason: 'down' });
    await replicas.checkNow();
    expect(replicas.health(REPLICA)).toEqual({ usable: false, reason: 'down' });

    await pair.startReplica();
    await replicas.checkNow();
    expect(replicas.target()).toBe(REPLICA);
    expect(await lagTolerantReads()).toEqual(fromReplica);
  });

  it('skips a replica that stops answering: its check is bounded (CHECK_TIMEOUT_MS), then reads go to the primary', async () => {
    pair.freezeReplica();
    try {
      await replicas.checkNow();
      expect(replicas.health(REPLICA)).toEqual({ usable: false, reason: 'down' });
      expect(await lagTolerantReads()).toEqual(fromPrimary);
    } finally {
      pair.thawReplica();
    }
    await replicas.checkNow();
    expect(replicas.target()).toBe(REPLICA);
    expect(await lagTolerantReads()).toEqual(fromReplica);
  });

  it('starts with a replica that is down (never fatal), and reads on the primary', async () => {
    // Nothing listens on the pair's next port: a replica unreachable from the start.
    const down = await createTestApp({ ...env, DB_READ_HOSTS: '127.0.0.1:3318' });
    try {
      const reads = down.app.get(ReplicaReads);
      await reads.checkNow();
      expect(reads.health('127.0.0.1:3318')).toEqual({ usable: false, reason: 'down' });
      const logs = await down.http.get(`/api/v1/logs?campaign_id=${campaignId}`).set(bearer(org.key));
      expect([logs.status, logs.body.pagination.total]).toEqual([200, CUSTOMERS]);
    } finally {
      await down.close();
    }
  });

  // Last: the initiation it makes adds log entries the other tests' expectations do not count.
  it('keeps the initiation and GET /initiations/:id on the primary (read-after-write)', async () => {
    await replicas.checkNow();
    expect(replicas.target()).toBe(REPLICA);
    // The replica has this initiation canceled; its status is read where it was written.
    const one = await get(`/api/v1/initiations/${initiationId}`);
    expect([one.status, one.body.data.status]).toEqual([200, 'completed']);
    // The replica holds one customer fewer in the campaign: the selection is the primary's.
    const run = await initiate();
    expect(run.status).toBe(200);
    expect(run.body.results.customersSelected).toBe(CUSTOMERS);
    const justMade = await get(`/api/v1/initiations/${run.body.initiationId as string}`);
    expect(justMade.status).toBe(200);
    await pair.waitCaughtUp();
  });
});
