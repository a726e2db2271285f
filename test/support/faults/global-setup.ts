import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './app-process';

/** The suite runs what ships: the app is built once, then every process runs dist/src/main.js. */
export default function globalSetup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  // The rest of `npm run build`: the assets tsc does not copy (the operations page's), or the API refuses to start.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/copy-assets.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
