import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPS_ASSETS_DIR, OPS_PAGE_ASSETS, opsPageRouter } from './ops-page';

describe('opsPageRouter', () => {
  it('serves every asset that lives in assets/ (what `npm run build` copies)', () => {
    for (const asset of OPS_PAGE_ASSETS)
      expect([asset.file, existsSync(join(OPS_ASSETS_DIR, asset.file))]).toEqual([asset.file, true]);
    expect(() => opsPageRouter()).not.toThrow();
  });

  it('refuses to start without its files, naming the missing one and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-assets-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html>');
      expect(() => opsPageRouter(dir)).toThrow(
        `The operations page asset ${join(dir, 'ops.js')} is missing: run \`npm run build\``,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
