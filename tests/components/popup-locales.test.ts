// Every word the popup can show exists in French: a key added in English only fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables } from '../extension/wording';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['components/popup', 'components/shared', 'entrypoints/popup'];

function keysUsedBy(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .flatMap((name) => [...readFileSync(join(ROOT, dir, name), 'utf8').matchAll(/\bt\(\s*'([a-z_]+)'/g)].map((m) => m[1]));
}

describe('French popup words', () => {
  it('has every English key, with a message of its own', () => {
    const missing = Object.keys(tables.en).filter((key) => !tables.fr[key]?.message.trim());
    expect(missing).toEqual([]);
  });

  it('has every key the popup and its shared modules ask for, in both languages', () => {
    const used = [...new Set(DIRS.flatMap(keysUsedBy))];
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((key) => !tables.en[key])).toEqual([]);
    expect(used.filter((key) => !tables.fr[key])).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const count = (text: string) => (text.match(/\$[A-Z_]+\$/g) ?? []).sort();
    const differ = Object.keys(tables.en).filter((key) => tables.fr[key] && count(tables.fr[key].message).join() !== count(tables.en[key].message).join());
    expect(differ).toEqual([]);
  });
});
