import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../config/app-config';
import { prepareDatabaseOrExplain } from '../health/startup-check';
import { ApiKeysService } from './api-keys.service';
import { CliModule } from './cli.module';
import { OrganizationsService } from './organizations.service';

export const USAGE = `Usage:
  npm run cli -- org:create "<organization name>"   create an organization and print its first API key
  npm run cli -- key:create <orgId>                 issue another API key
  npm run cli -- key:revoke <keyId>                 revoke a key (it stops working at once)`;

const COMMANDS = ['org:create', 'key:create', 'key:revoke'];

/** The operator CLI, as a function of its arguments and environment; returns the exit code. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const [command, arg] = argv;
  if (!command || !COMMANDS.includes(command) || !arg || !arg.trim()) {
    err(`${USAGE}\n`);
    return 2;
  }
  // The same one line as `npm start` when the database cannot be reached (names DB_HOST, DB_PORT…).
  const { config } = await prepareDatabaseOrExplain(loadConfig(env));
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error'] });
  try {
    if (command === 'org:create') {
      const org = await app.get(OrganizationsService).create(arg.trim().slice(0, 200));
      out(`Organization: ${org.id} (${org.name})\nAPI key id:   ${org.apiKeyId}\nAPI key:      ${org.apiKey}\n`);
      out('Keep the key now: it is stored only as a hash and cannot be shown again.\n');
    } else if (command === 'key:create') {
      const key = await app.get(ApiKeysService).issue(arg);
      out(`API key id: ${key.id}\nAPI key:    ${key.apiKey}\n`);
    } else {
      await app.get(ApiKeysService).revoke(arg);
      out(`Revoked ${arg}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}
