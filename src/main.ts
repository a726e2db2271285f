import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { ConfigError, loadConfig } from './config/app-config';
import { checkRedis, prepareDatabaseOrExplain, StartupError } from './health/startup-check';

function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file: the environment alone configures the process
  }
}

/**
 * V8 grows the old generation up to 4x its live size between full collections; a worker whose live
 * heap is ~50 MB reached 317 MB of RSS at 1,000,000 customers, the API 307 MB during bulk loads.
 * A fixed factor of 1.5 keeps each process near its live size (≈190 MB at a million, no hard cap
 * that could crash a large request) for ~10 % more GC time (BENCHMARKS.md, issue 8). Read by V8 at
 * every limit computation, so setting it here, before the app allocates, takes effect; a flag
 * given on the command line wins.
 */
function boundHeapGrowth(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (!given.some((a) => a.startsWith('--heap-growing-percent'))) {
    setFlagsFromString('--heap-growing-percent=50');
  }
}

async function bootstrap(): Promise<void> {
  boundHeapGrowth();
  loadDotEnv();
  // Both dependencies are checked before Nest starts: an unreachable one is one line naming its variables.
  const { config } = await prepareDatabaseOrExplain(loadConfig(process.env));
  await checkRedis(config.redis);
  // Nest and the app's modules load only now: a start that fails above fails in a second.
  const [{ NestFactory }, { AppModule, runsWorkers }, { configureApp }, { DispatchWorker }] = await Promise.all([
    import('@nestjs/core'),
    import('./app.module'),
    import('./app.setup'),
    import('./initiations/dispatch/dispatch.worker'),
  ]);
  const app = await NestFactory.create(AppModule.register(config), { bodyParser: false, bufferLogs: true });
  configureApp(app, config);
  await app.listen(config.port);
  if (runsWorkers(config)) {
    // A worker whose Bull stopped fetching recovers only as a fresh process: close what can be
    // closed (bounded) and exit non-zero so the supervisor starts it again (ADR 0003).
    app.get(DispatchWorker).onStuck(() => {
      setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
      void app.close().finally(() => process.exit(1));
    });
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
