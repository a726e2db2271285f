import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule, servesApi } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import type { AppConfig } from '../../src/config/app-config';
import { OrganizationsService } from '../../src/organizations/organizations.service';
import { testConfig } from './env';
import { FakeClock } from './fake-clock';
import { checkAgainstDocument } from './openapi-responses';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  clock: FakeClock;
  http: TestAgent;
  url: string;
  /** A fresh organization with its first key. */
  createOrg(name?: string): Promise<{ id: string; apiKey: string; apiKeyId: string }>;
  close(): Promise<void>;
}

/** The real bootstrap (same module and setup as main.ts) against the test database and Redis. */
export async function createTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  // Each app gets Bull queues of its own: another spec's workers (other providers) must not take its jobs.
  const queuePrefix = `${process.env.OUTREACH_TEST_QUEUE_PREFIX ?? 'outreach_test'}_${randomBytes(3).toString('hex')}`;
  const config = testConfig({ ADMIN_API_TOKEN: ADMIN_TOKEN, QUEUE_PREFIX: queuePrefix, ...env });
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  // Loopback by address: what every client of the test app (supertest, fetch, a browser) is given.
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    config,
    clock,
    url,
    // Every response of an API process is checked against openapi.json (test/support/openapi-responses.ts).
    http: servesApi(config) ? checkAgainstDocument(request(url)) : request(url),
    async createOrg(name = 'Test Org') {
      const org = await app.get(OrganizationsService).create(name);
      return { id: org.id, apiKey: org.apiKey, apiKeyId: org.apiKeyId };
    },
    close: () =>
      app.close().catch((error: unknown) => {
        // Bull's quit of a Redis connection can lose the race with the socket closing and reject
        // with this; the app is closed all the same (bull lib/queue.js disconnect).
        if (!(error instanceof Error && error.message === 'Connection is closed.')) throw error;
      }),
  };
}

export const bearer = (key: string): { Authorization: string } => ({ Authorization: `Bearer ${key}` });
