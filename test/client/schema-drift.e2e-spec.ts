import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OutreachClient } from '@outreach-api/client';

const ROOT = join(__dirname, '..', '..');
const GENERATOR = join(ROOT, 'packages', 'client', 'scripts', 'generate.ts');
const SCHEMA = join(ROOT, 'packages', 'client', 'src', 'schema.ts');

/**
 * packages/client/src/schema.ts is what openapi-typescript makes of the committed openapi.json:
 * the generator's own function (astToString(await openapiTS(document))) renders it in memory, in a
 * node process (openapi-typescript needs ES modules jest cannot load), and the texts must match.
 */
describe('the typed client', () => {
  it('has types generated from the current openapi.json', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', GENERATOR, '--stdout'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
    );
    const committed = readFileSync(SCHEMA, 'utf8');
    expect(stdout).toContain('export interface paths');
    if (committed !== stdout) {
      throw new Error(
        'packages/client/src/schema.ts differs from what openapi.json generates: run npm run client:generate',
      );
    }
  });

  it("names its methods as the document's operationIds", () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const operationIds = new Set(
      Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId)),
    );
    const extras = ['constructor', 'waitForInitiation', 'attempts', 'logs', 'countLogs'];
    const methods = Object.getOwnPropertyNames(OutreachClient.prototype).filter((name) => !extras.includes(name));
    expect(methods.length).toBeGreaterThan(15);
    expect(methods.filter((name) => !operationIds.has(name))).toEqual([]);
  });
});
