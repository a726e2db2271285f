import { appendFileSync, readFileSync, statSync } from 'node:fs';
import v8 from 'node:v8';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { OPENAPI_FILE } from '../../src/openapi-export';

/**
 * Checks real responses against openapi.json, the document clients are generated from: the
 * operation (method + path template), a documented status, and the body against that status's
 * schema. Objects are closed for the check (a field the schema does not list is an error), so a
 * bare DTO documented where the service sends an envelope — or the other way round — fails.
 */

type Schema = Record<string, unknown>;
interface MediaType {
  schema?: Schema;
}
interface OperationObject {
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
interface Document {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  operation: OperationObject;
}

/** Where the components live for ajv: `#/components/schemas/X` is rewritten to `${SCHEMA_ID}X`. */
const SCHEMA_ID = 'https://openapi.json.local/components/schemas/';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/**
 * The document's schemas made strict for checking: an object schema that lists its properties and
 * says nothing of others gets `additionalProperties: false`. Composed schemas (allOf/oneOf/anyOf)
 * are left open: closing one branch would reject the other branches' fields.
 */
export function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n: unknown) => closeObjects(n)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    // `properties` and `examples`-like maps: their keys are names, not keywords; their values are schemas (or data).
    if (key === 'example' || key === 'examples') continue;
    out[key] =
      key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, closeObjects(s)]))
        : closeObjects(value);
  }
  const composed = 'allOf' in out || 'oneOf' in out || 'anyOf' in out;
  if (out.properties && out.additionalProperties === undefined && !composed) out.additionalProperties = false;
  // OpenAPI 3.0's `nullable` does not reach into allOf/$ref (a nullable reference): say null is allowed beside it.
  if (out.nullable === true && (composed || '$ref' in out)) {
    const { nullable: _nullable, type: _type, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] } as T;
  }
  return out as T;
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export class ResponseChecker {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    // Loaded here, not at the top: a test file that finds the worker's checker (responseChecker) never loads ajv.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { default: AjvClass } = require('ajv') as typeof import('ajv');
    const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
    /* eslint-enable @typescript-eslint/no-require-imports */
    this.ajv = new AjvClass({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // Each component is a schema of its own, compiled once whatever number of responses refer to it.
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      this.ajv.addSchema(rebase(closeObjects(schema)), `${SCHEMA_ID}${name}`);
    }
    this.routes = Object.entries(document.paths)
      .flatMap(([template, methods]) =>
        Object.entries(methods)
          .filter(([method]) => METHODS.has(method))
          .map(([method, operation]) => ({
            method,
            template,
            pattern: templatePattern(template),
            params: (template.match(/\{/g) ?? []).length,
            operation,
          })),
      )
      // A literal segment wins over a parameter (`/campaigns/create` before `/campaigns/{id}`).
      .sort((a, b) => a.params - b.params);
  }

  static fromFile(file = OPENAPI_FILE): ResponseChecker {
    const started = cpuMs();
    const checker = new ResponseChecker(JSON.parse(readFileSync(file, 'utf8')) as Document);
    timing.record(cpuMs() - started);
    return checker;
  }

  /** The operation's path template for a request path, if the document has the operation. */
  templateOf(method: string, path: string): string | undefined {
    return this.route(method, path)?.template;
  }

  private route(method: string, path: string): Route | undefined {
    const m = method.toLowerCase();
    return this.routes.find((r) => r.method === m && r.pattern.test(path));
  }

  /** The problem with this response, or undefined when the document describes it (or does not cover its path). */
  check(
    method: string,
    path: string,
    status: number,
    contentType: string | undefined,
    body: unknown,
  ): string | undefined {
    const route = this.route(method, path);
    if (!route) return undefined; // not an operation of the document (/docs, the queue board, an unknown route)
    const where = `${method.toUpperCase()} ${route.template} → ${status}`;
    const response = route.operation.responses?.[String(status)];
    if (!response) return `${where}: status ${status} is not documented for this operation`;
    if (!contentType || !/json/i.test(contentType)) return undefined;
    const validate = this.validator(route, status);
    if (validate === null) return `${where}: a JSON body is sent but no schema is documented`;
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map(
        (e) =>
          `${e.instancePath || '(body)'} ${e.message}${e.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : ''}`,
      )
      .join('; ');
    return `${where}: body does not match the documented schema: ${errors}\nbody: ${JSON.stringify(body).slice(0, 600)}`;
  }

  private validator(route: Route, status: number): ValidateFunction | null {
    const content = route.operation.responses?.[String(status)]?.content ?? {};
    const media = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
    if (!media?.schema) return null;
    // Keyed by the schema itself: every error response (`$ref: ErrorResponse`) shares one function.
    const key = JSON.stringify(media.schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(closeObjects(media.schema)));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

const COMPONENT_REF = '#/components/schemas/';

/** `#/components/schemas/X` refs point to the component added as `${SCHEMA_ID}X`. */
function rebase<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n: unknown) => rebase(n)) as T;
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith(COMPONENT_REF)
        ? `${SCHEMA_ID}${v.slice(COMPONENT_REF.length)}`
        : rebase(v),
    ]),
  ) as T;
}

/** This process's CPU time so far (user + system), in ms: a measure the other processes on the machine do not inflate. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** OPENAPI_CHECK_TIMES=<file>: the CPU time each check took (and the compile) is appended to <file>, to measure the overhead. */
const timing = {
  record(ms: number, what = 'compile'): void {
    if (process.env.OPENAPI_CHECK_TIMES) appendFileSync(process.env.OPENAPI_CHECK_TIMES, `${ms.toFixed(3)} ${what}\n`);
  },
};

/**
 * One checker per jest worker, not per test file: jest gives each file a module registry of its
 * own (this module, ajv and what it compiled would be rebuilt ~110 times a run), but a core module
 * is the worker's one object, so the checker is kept on one. Keyed by openapi.json's mtime and size:
 * a regenerated document is read again.
 */
const WORKER_KEY = Symbol.for('outreach:openapi-response-checker');
type WorkerSlot = { version: string; checker: ResponseChecker };
let shared: ResponseChecker | undefined;
export function responseChecker(): ResponseChecker {
  if (shared) return shared;
  const { mtimeMs, size } = statSync(OPENAPI_FILE);
  const version = `${mtimeMs}:${size}`;
  const holder = v8 as unknown as Record<symbol, WorkerSlot | undefined>;
  const slot = holder[WORKER_KEY];
  if (slot?.version === version) return (shared = slot.checker);
  shared = ResponseChecker.fromFile();
  holder[WORKER_KEY] = { version, checker: shared };
  return shared;
}

interface CheckedTest {
  method: string;
  url: string;
  assert(resError: unknown, res: CheckedResponse | undefined, fn?: (err: unknown, res: unknown) => void): void;
}
interface CheckedResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

/**
 * OPENAPI_CHECK=off skips the check; OPENAPI_CHECK=log:<file> appends each problem to <file>
 * instead of failing (to survey a whole run); by default a problem fails the request's test
 * after the test's own expectations pass.
 */
export function checkAgainstDocument<T extends object>(agent: T): T {
  const mode = process.env.OPENAPI_CHECK ?? 'fail';
  if (mode === 'off') return agent;
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const original: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !METHODS.has(prop === 'del' ? 'delete' : prop) || typeof original !== 'function')
        return original;
      return (...args: unknown[]) => {
        const test = (original as (...a: unknown[]) => CheckedTest).apply(target, args);
        const assert = test.assert.bind(test);
        test.assert = (resError, res, fn) =>
          assert(resError, res, (err, r) => {
            let problem: string | undefined;
            if (!err && res) {
              const started = cpuMs();
              const path = new URL(test.url).pathname;
              problem = responseChecker().check(test.method, path, res.status, res.headers['content-type'], res.body);
              const ms = cpuMs() - started;
              if (process.env.OPENAPI_CHECK_TIMES) {
                timing.record(
                  ms,
                  `${test.method} ${responseChecker().templateOf(test.method, path) ?? path} ${res.status}`,
                );
              }
            }
            if (problem && mode.startsWith('log:')) {
              appendFileSync(mode.slice(4), `${JSON.stringify({ problem, spec: expect.getState().testPath })}\n`);
              problem = undefined;
            }
            fn?.(problem ? new Error(`The response does not match openapi.json — ${problem}`) : err, r);
          });
        return test;
      };
    },
  });
}
