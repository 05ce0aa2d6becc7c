// The content script may use in-page.ts: it must not pull the company directory in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as inPage from '../../utils/core/press/in-page';
import { SHIPPED_DIRECTORY } from '../../utils/core/press';

const pressDir = join(__dirname, '../../utils/core/press');

/** Files reached from `file` through value imports and re-exports (type-only ones are erased by the bundler). */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, clause, spec] of code.matchAll(/^(?:import|export)\s+([^'"]*?)\s*from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    if (/^type\s/.test(clause!)) continue;
    const target = resolve(dirname(file), spec!);
    const path = target.endsWith('.json') ? target : existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
    reached(path, seen);
  }
  return seen;
}

describe('in-page entry', () => {
  it('does not reach the company directory', () => {
    const files = [...reached(join(pressDir, 'in-page.ts'))].map((file) => file.slice(pressDir.length + 1));
    expect(files).toContain('release-links.ts');
    expect(files).not.toContain('companies.json');
    expect(files).not.toContain('directory.ts');
  });

  it('the full entry does reach it (so the check above can fail)', () => {
    const files = [...reached(join(pressDir, 'index.ts'))].map((file) => file.slice(pressDir.length + 1));
    expect(files).toContain('companies.json');
  });

  it('finds release links by subject names alone, and by the directory when given', () => {
    const text = 'Acme said so: https://www.acme-tools.com/press/new-plant\nMicrosoft: https://news.microsoft.com/2025/03/01/datacenter/';
    expect(inPage.pressReleaseLinks(text, [], ['Acme Tools Inc.']).map((entry) => entry.subject)).toEqual(['Acme Tools Inc.']);
    expect(inPage.pressReleaseLinks(text, [], ['Acme Tools Inc.'], { directory: SHIPPED_DIRECTORY }).map((entry) => entry.subject)).toEqual([
      'Acme Tools Inc.',
      'Microsoft',
    ]);
  });
});
