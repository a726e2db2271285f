import { createServer } from 'node:net';
import { RateLimitedException, RateLimitService } from '../../src/common/rate-limit/rate-limit.service';
import { testConfig } from '../support/env';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('RateLimitService without Redis', () => {
  it('keeps limiting in memory instead of failing requests or letting them all through', async () => {
    const config = testConfig({ REDIS_PORT: String(await closedPort()), RATE_LIMIT_PER_MINUTE: '2' });
    const limits = new RateLimitService(config);
    await limits.onModuleInit(); // logs a warning, does not throw
    try {
      await limits.consume('key:k1', ['all']);
      await limits.consume('key:k1', ['all']);
      await expect(limits.consume('key:k1', ['all'])).rejects.toBeInstanceOf(RateLimitedException);
      await limits.consume('key:k2', ['all']); // another subject has its own count
    } finally {
      await limits.onModuleDestroy();
    }
  });
});
