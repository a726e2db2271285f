import type { INestApplication } from '@nestjs/common';
import { Router } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OPS_PAGE_PATH = '/ops';

/**
 * The page's own policy, instead of helmet's default (set before it, replaced here): its script
 * and style are files of this route, it talks only to this origin, and nothing may frame it.
 * No `upgrade-insecure-requests`: a plain-HTTP deployment (a laptop) must still load /ops/ops.js.
 */
export const OPS_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The files under assets/ (copied next to the compiled code by `npm run build`) and how each is served. */
export const OPS_PAGE_ASSETS = [
  { route: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { route: '/ops.js', file: 'ops.js', type: 'text/javascript; charset=utf-8' },
  { route: '/ops.css', file: 'ops.css', type: 'text/css; charset=utf-8' },
] as const;

export const OPS_ASSETS_DIR = join(__dirname, 'assets');

/**
 * The operations page's routes: three static files read once (a missing one stops the start, as
 * a build without its copy step would otherwise serve 404s), each with its content type and CSP.
 * Not a Nest controller: no API key guard (the page itself holds no data; its script calls the
 * public API with the key the person signs in with), no /api/v1 prefix, not in the OpenAPI document.
 */
export function opsPageRouter(dir: string = OPS_ASSETS_DIR): Router {
  const router = Router();
  for (const asset of OPS_PAGE_ASSETS) {
    let body: Buffer;
    try {
      body = readFileSync(join(dir, asset.file));
    } catch {
      throw new Error(`The operations page asset ${join(dir, asset.file)} is missing: run \`npm run build\``);
    }
    router.get(asset.route, (_req, res) => {
      res.setHeader('Content-Type', asset.type);
      res.setHeader('Content-Security-Policy', OPS_PAGE_CSP);
      res.setHeader('Cache-Control', 'no-cache');
      res.send(body);
    });
  }
  return router;
}

/** Mounted by configureApp when the process serves the API (APP_ROLE api or all). */
export function mountOpsPage(app: INestApplication): void {
  app.use(OPS_PAGE_PATH, opsPageRouter());
}
