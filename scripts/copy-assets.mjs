// `npm run build` step after tsc: tsc compiles only .ts, so every `assets/` folder under src/
// (the operations page's HTML, CSS and browser script) is copied to the same place under dist/src/,
// where the compiled code reads it (`join(__dirname, 'assets')`).
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: a checkout path with a space or a non-ASCII letter stays as it is.
const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

function assetDirs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'assets') found.push(path);
    else found.push(...assetDirs(path));
  }
  return found;
}

for (const from of assetDirs(src)) {
  const to = join(root, 'dist', relative(root, from));
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
