import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** README.md and every Markdown file under docs/. */
function documents(): string[] {
  const found = ['README.md'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) found.push(relative);
    }
  };
  walk('docs');
  return found;
}

/** The scripts a document tells the reader to run: `npm run <name>`, `npm start`, `npm test`. */
function scriptsNamedIn(text: string): string[] {
  const names = new Set<string>();
  // A name ends with a letter or digit: "npm run test:faults." at the end of a sentence is test:faults.
  for (const m of text.matchAll(/\bnpm run(?:-script)?(?:\s+--silent)?\s+([A-Za-z0-9:_.-]*[A-Za-z0-9])/g)) {
    names.add(m[1]);
  }
  for (const m of text.matchAll(/\bnpm (start|test)\b/g)) names.add(m[1]);
  return [...names].sort();
}

describe('the npm scripts the documentation names', () => {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts;

  it('finds `npm run X`, `npm start` and `npm test` in a text', () => {
    expect(
      scriptsNamedIn('`npm ci && npm start`, then `npm run cli -- org:create x` and npm run test:faults.'),
    ).toEqual(['cli', 'start', 'test:faults']);
  });

  it.each(documents())('every script named in %s exists in package.json', (file) => {
    const named = scriptsNamedIn(readFileSync(path.join(ROOT, file), 'utf8'));
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('the README names the scripts a new user needs', () => {
    expect(scriptsNamedIn(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toEqual(
      expect.arrayContaining(['start', 'start:dev', 'test', 'cli', 'check']),
    );
  });
});
