import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare';

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
