import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule, runsWorkers } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare';
import { DispatchWorker } from './initiations/dispatch.worker';

function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file: the environment alone configures the process
  }
}

async function bootstrap(): Promise<void> {
  loadDotEnv();
  const { config } = await prepareDatabase(loadConfig(process.env));
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
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
