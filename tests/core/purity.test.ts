// The core must run in Node and in any page: no DOM, no browser API, no import from the
// page or extension layers. This test reads every core module and fails on any such use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = join(__dirname, '..', '..', 'utils', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/\bfrom\s+['"](?!\.{1,2}\/|zod\/mini['"])[^'"]+['"]/, 'imports a package other than zod/mini'],
  [/\bimport\s*\(/, 'uses a dynamic import'],
  [/\b(document|window|navigator|localStorage|sessionStorage|chrome|browser|location)\s*[.[]/, 'touches a DOM or browser global'],
  [/\b(HTMLElement|Node|Range|MutationObserver|fetch)\b\s*[.(]/, 'uses a DOM or network API'],
];

describe('utils/core stays pure', () => {
  const files = sourceFiles(coreDir);
  it('has modules to check', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(relative(coreDir, file), () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const problems = forbidden.filter(([pattern]) => pattern.test(code)).map(([, why]) => why);
      // relative imports may go up from a sub-folder, but never out of utils/core
      for (const [, spec] of code.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]*)['"]/g))
        if (relative(coreDir, resolve(dirname(file), spec)).startsWith('..')) problems.push('imports from outside utils/core');
      expect(problems).toEqual([]);
    });
  }
});
