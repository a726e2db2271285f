import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VARIABLES, loadConfig } from '../../src/config/app-config';

// js-yaml comes with jest (istanbul); docker itself is not available where the tests run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  ports?: string[];
  healthcheck?: unknown;
}

/** Compose's `${VAR:-default}` / `${VAR:?message}` with nothing set: the default, or a sample value. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_m, _name: string, op?: string, arg?: string) =>
    op === '-' ? (arg ?? '') : 'sample-admin-token-0123456789',
  );
}

describe('deployment files', () => {
  const compose = yaml.load(read('docker-compose.yml')) as { services: Record<string, Service> };

  it('docker-compose.yml: MySQL 8, Redis 7, one api and two workers of one image', () => {
    const { mysql, redis, api, worker } = compose.services;
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'mysql', 'redis', 'worker']);
    expect(mysql.image).toMatch(/^mysql:8/);
    expect(redis.image).toMatch(/^redis:7/);
    expect(api.environment?.APP_ROLE).toBe('api');
    expect(worker.environment?.APP_ROLE).toBe('worker');
    expect(worker.deploy?.replicas).toBe(2);
    expect(api.image).toBe(worker.image);
    expect(api.ports).toEqual(['${API_PORT:-3000}:3000']);
    expect(worker.ports).toBeUndefined();
  });

  it.each(['api', 'worker'])('the %s environment names only real variables and passes validation', (name) => {
    const env = compose.services[name].environment ?? {};
    expect(Object.keys(env).filter((key) => !ENV_VARIABLES.includes(key))).toEqual([]);
    const config = loadConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v))])));
    expect(config.db).toMatchObject({ host: 'mysql', name: 'outreach', user: 'outreach' });
    expect(config.redis.host).toBe('redis');
    expect(config.role).toBe(name);
  });

  describe('docker-compose.cluster.yml (docs/deployment.md)', () => {
    const cluster = yaml.load(read('docker-compose.cluster.yml')) as { services: Record<string, Service> };
    const { api, worker } = cluster.services;

    it('two api and three worker processes of one image, a 3-master Redis Cluster, a MariaDB primary and replica', () => {
      expect(api.environment?.APP_ROLE).toBe('api');
      expect(worker.environment?.APP_ROLE).toBe('worker');
      expect(api.deploy?.replicas).toBe(2);
      expect(worker.deploy?.replicas).toBe(3);
      expect(api.image).toBe(worker.image);
      expect(worker.ports).toBeUndefined();
      for (const node of ['redis-1', 'redis-2', 'redis-3']) {
        expect(cluster.services[node].image).toMatch(/^redis:7/);
        expect(JSON.stringify(cluster.services[node])).toContain('--cluster-enabled');
      }
      expect(cluster.services.mariadb.image).toMatch(/^mariadb:1\d/);
      expect(cluster.services['mariadb-replica'].environment?.MARIADB_MASTER_HOST).toBe('mariadb');
    });

    it.each(['api', 'worker'])(
      'the %s environment names only real variables and points at the cluster and replica',
      (name) => {
        const env = cluster.services[name].environment ?? {};
        expect(Object.keys(env).filter((key) => !ENV_VARIABLES.includes(key))).toEqual([]);
        const config = loadConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v))])));
        expect(config.role).toBe(name);
        expect(config.db).toMatchObject({ host: 'mariadb', readHosts: [{ host: 'mariadb-replica', port: 3306 }] });
        // Every cluster node the file runs, and no other.
        expect(config.redis.clusterNodes?.map((n) => n.host).sort()).toEqual(['redis-1', 'redis-2', 'redis-3']);
        expect(config.redis.clusterNodes?.every((n) => cluster.services[n.host] !== undefined)).toBe(true);
      },
    );
  });

  it('Dockerfile: multi-stage on node:20-slim, npm ci, build, dev dependencies pruned, non-root, health-checked', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile.match(/^FROM node:20-slim AS \w+$/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci /m);
    expect(dockerfile).toMatch(/npm run build && npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/health\/ready/m);
    // The command the image runs is the one `npm start` runs.
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(dockerfile).toContain(`CMD ["${start.split(' ').join('", "')}"]`);
    // What the build copies exists.
    for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json']) {
      expect(() => read(file)).not.toThrow();
    }
  });
});
