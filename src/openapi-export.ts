import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { API_PREFIX, buildOpenApi, GLOBAL_PREFIX_EXCLUDE } from './app.setup';
import { loadConfig } from './config/app-config';

export const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');

/** The document as committed: keys in a stable order, two-space indent, final newline. */
export function serializeOpenApi(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * `npm run openapi`: writes openapi.json from the application's own metadata. Preview mode builds
 * the module graph without instantiating anything, so no database or Redis is needed.
 */
async function main(): Promise<void> {
  // The defaults, plus an admin token so that every route is part of the graph.
  const config = loadConfig({ ADMIN_API_TOKEN: 'openapi-export-placeholder' });
  const app = await NestFactory.create(AppModule.register(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: GLOBAL_PREFIX_EXCLUDE });
  writeFileSync(OPENAPI_FILE, serializeOpenApi(buildOpenApi(app)));
  await app.close();
  process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`openapi export failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
