import { execFileSync } from 'node:child_process';
import { ROOT } from './app-process';

/**
 * The suite runs what ships: the app is built once, exactly as `npm run build` builds it (tsc, then
 * the assets tsc does not copy — without the operations page's the API refuses to start), then
 * every process runs dist/src/main.js.
 */
export default function globalSetup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
