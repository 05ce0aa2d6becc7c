// The lookup engine runs in a service worker and in Node: no DOM, no extension API, only
// relative imports, zod/mini and htmlparser2 (see utils/lookup/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '..', '..', 'utils', 'lookup');
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));

describe('utils/lookup', () => {
  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it.each(files.map((file) => [relative(dir, file), file]))('%s imports only relative modules, zod/mini and htmlparser2', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((spec) => !spec.startsWith('.') && spec !== 'zod/mini' && spec !== 'htmlparser2')).toEqual([]);
    expect(source).not.toMatch(/\b(document|window|browser|chrome|localStorage|DOMParser|XMLHttpRequest)\s*[.(]/);
  });

  it('stays within its size budget per module', () => {
    const long = files.filter((file) => readFileSync(file, 'utf8').split('\n').length > 250).map((file) => relative(dir, file));
    expect(long).toEqual([]);
  });
});
