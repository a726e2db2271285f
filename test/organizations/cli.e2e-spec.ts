import { runCli } from '../../src/organizations/cli.commands';
import { bearer, createTestApp, TestApp } from '../support/app';
import { testEnv } from '../support/env';
import { freePort } from '../support/faults/app-process';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliWith({}, ...argv);
}

async function cliWith(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    testEnv(env),
    (t) => (out += t),
    (t) => (err += t),
  );
  return { code, out, err };
}

describe('operator CLI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('org:create prints an organization whose key authenticates; key:revoke refuses it', async () => {
    const created = await cli('org:create', 'Acme Finance');
    expect(created.code).toBe(0);
    const orgId = /Organization: (org_\w+) \(Acme Finance\)/.exec(created.out)?.[1];
    const keyId = /API key id:\s+(key_\w+)/.exec(created.out)?.[1];
    const key = /API key:\s+(oak_\w+)/.exec(created.out)?.[1];
    expect(orgId && keyId && key).toBeTruthy();

    const me = await t.http.get('/api/v1/auth/whoami').set(bearer(key!)).expect(200);
    expect(me.body.data.organizationId).toBe(orgId);

    const second = await cli('key:create', orgId!);
    expect(second.code).toBe(0);
    const secondKey = /API key:\s+(oak_\w+)/.exec(second.out)?.[1];
    await t.http.get('/api/v1/auth/whoami').set(bearer(secondKey!)).expect(200);

    expect((await cli('key:revoke', keyId!)).code).toBe(0);
    await t.http.get('/api/v1/auth/whoami').set(bearer(key!)).expect(401);
    await t.http.get('/api/v1/auth/whoami').set(bearer(secondKey!)).expect(200);
  });

  it('prints usage for unknown commands and missing arguments', async () => {
    for (const argv of [[], ['org:delete', 'x'], ['org:create'], ['org:create', '  ']]) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Usage:');
    }
  });

  it('fails on an unknown organization or key', async () => {
    await expect(cli('key:create', 'org_nope')).rejects.toThrow('Organization not found');
    await expect(cli('key:revoke', 'key_nope')).rejects.toThrow('API key not found');
  });

  it('an unreachable database: the one line of npm start, naming the variables', async () => {
    const closed = await freePort();
    await expect(cliWith({ DB_PORT: String(closed) }, 'org:create', 'Acme')).rejects.toThrow(
      new RegExp(`^Cannot reach the database at 127\\.0\\.0\\.1:${closed} \\(ECONNREFUSED\\): set DB_HOST and DB_PORT`),
    );
  });
});
