// The registry this project installs from carries only some platforms' prebuilt binaries of
// optional native packages (@msgpackr-extract/*), so `npm install` leaves the other platforms'
// entries out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This adds those entries back as optional, platform-restricted packages (never installed here).
// Run it after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split('/').pop();
  const os = [
    'darwin',
    'linux',
    'win32',
    'freebsd',
    'android',
    'openharmony',
    'netbsd',
    'openbsd',
    'sunos',
    'aix',
  ].find((o) => tail.includes(`-${o}-`) || tail.startsWith(`${o}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el'].find((c) =>
    new RegExp(`-${c}(-|$)`).test(tail),
  );
  return os && cpu ? { os, cpu } : undefined;
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (packages[at] || packages[`${location}/${at}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[at] = { version, cpu: [platform.cpu], optional: true, os: [platform.os] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
