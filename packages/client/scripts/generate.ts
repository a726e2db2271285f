import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * `npm run client:generate`: src/schema.ts from the repository's openapi.json, with
 * openapi-typescript's defaults but two: a property with a `default` stays optional
 * (`defaultNonNullable: false`), as a request body may leave it out; an object schema without
 * properties (customer records, filters, provider payloads) is `Record<string, unknown>`, not an
 * object that holds nothing (`emptyObjectsUnknown: true`). With `--stdout` it prints the text instead of writing it: the drift
 * check (test/client/schema-drift.e2e-spec.ts) renders it that way, in a process of its own because
 * openapi-typescript loads ES modules that jest's CommonJS runtime cannot, and compares.
 */
export const OPENAPI_FILE = join(__dirname, '..', '..', '..', 'openapi.json');
export const SCHEMA_FILE = join(__dirname, '..', 'src', 'schema.ts');

const HEADER =
  '/**\n' +
  ' * Generated from openapi.json by openapi-typescript: run `npm run client:generate`.\n' +
  ' * Do not edit by hand; a test fails when this file differs from what openapi.json generates.\n' +
  ' */\n\n';

export async function renderSchema(document: string = readFileSync(OPENAPI_FILE, 'utf8')): Promise<string> {
  const schema = JSON.parse(document) as Parameters<typeof openapiTS>[0];
  return HEADER + astToString(await openapiTS(schema, { defaultNonNullable: false, emptyObjectsUnknown: true }));
}

if (require.main === module) {
  // `--input <file>`: another copy of the document (e.g. `git show HEAD:openapi.json`).
  const input = process.argv.indexOf('--input');
  renderSchema(input > 0 ? readFileSync(process.argv[input + 1], 'utf8') : undefined)
    .then((text) => {
      if (process.argv.includes('--stdout')) return void process.stdout.write(text);
      writeFileSync(SCHEMA_FILE, text);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`client:generate failed: ${String(error)}\n`);
      process.exitCode = 1;
    });
}
