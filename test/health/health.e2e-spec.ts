import { createTestApp, TestApp } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is live without a key', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database and Redis answer', async () => {
    const res = await t.http.get('/health/ready').expect(200);
    expect(res.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('readiness when a dependency is unreachable', () => {
  const dbProxy = new TcpProxy('127.0.0.1', Number(process.env.TEST_DB_PORT ?? 3306));
  const redisProxy = new TcpProxy('127.0.0.1', Number(process.env.TEST_REDIS_PORT ?? 6379));
  let t: TestApp;
  beforeAll(async () => {
    await dbProxy.start();
    await redisProxy.start();
    t = await createTestApp({ DB_PORT: String(dbProxy.port), REDIS_PORT: String(redisProxy.port) });
  });
  afterAll(async () => {
    dbProxy.restore();
    redisProxy.restore();
    await t.close();
    await dbProxy.close();
    await redisProxy.close();
  });

  it('answers 503 while the database is unreachable, and 200 once it is back', async () => {
    await t.http.get('/health/ready').expect(200);
    dbProxy.cut();
    const down = await t.http.get('/health/ready').expect(503);
    expect(down.body.success).toBe(false);
    expect(down.body.details.database.status).toBe('down');
    expect(down.body.details.redis.status).toBe('up');
    await t.http.get('/health').expect(200);
    dbProxy.restore();
    await t.http.get('/health/ready').expect(200);
  });

  it('answers 503 while Redis is unreachable', async () => {
    redisProxy.cut();
    const down = await t.http.get('/health/ready').expect(503);
    expect(down.body.details.redis.status).toBe('down');
    redisProxy.restore();
  });
});
