import Redis from 'ioredis';
import { createConnection } from 'mysql2/promise';
import { testConfig } from './env';

export default async function globalTeardown(): Promise<void> {
  const config = testConfig();
  const connection = await createConnection({
    host: config.db.host,
    port: config.db.port,
    user: config.db.user,
    password: config.db.password,
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${config.db.name}\``);
  } finally {
    await connection.end();
  }
  const redis = new Redis({ host: config.redis.host, port: config.redis.port, lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
