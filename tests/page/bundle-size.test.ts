// The content script's size, built the way the extension ships it (WXT, production minifier) in
// a child process, so the test needs no earlier build. Fails when the bundle grows past the 30 KB
// budget, or when the hover card's, zod's or the engine's code creeps back into it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_GZIP } from '../../scripts/bench/page-bundle';

const ROOT = resolve(__dirname, '..', '..');

interface Measured {
  content: { raw: number; gzip: number };
  card: { raw: number; gzip: number } | null;
  schemas: { raw: number; gzip: number } | null;
  cardCodeInContent: boolean;
  engineCodeInContent: boolean;
  zodInContent: boolean;
  zodInSchemas: boolean;
}

function buildAndMeasure(): Measured {
  // vitest's own variables (NODE_ENV=test, VITEST*) stay out of the production build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/page-bundle.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 150_000 });
  // WXT's progress spinner shares the line: find the marker anywhere.
  const found = /BUNDLE (\{.*\})/.exec(run.stdout);
  if (!found) throw new Error(`bundle build failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(found[1]) as Measured;
}

describe('content script bundle', () => {
  let measured: Measured | null = null;
  const measure = () => (measured ??= buildAndMeasure());

  it('stays within the 30 KB gzip budget, with the hover card in its own script and the engine in the background', { timeout: 160_000 }, () => {
    const { content, card, schemas, cardCodeInContent, engineCodeInContent } = measure();
    console.info(`content script ${content.gzip} B gzip (budget ${CONTENT_SCRIPT_BUDGET_GZIP}); card script ${card?.gzip ?? '—'} B gzip; schema script ${schemas?.gzip ?? '—'} B gzip`);
    expect(content.gzip).toBeGreaterThan(1000);
    expect(content.gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
    expect(card?.gzip ?? 0).toBeGreaterThan(1000);
    expect(cardCodeInContent).toBe(false);
    // The engine runs in the background: none of its rules may creep back into the page.
    expect(engineCodeInContent).toBe(false);
  });

  // The schemas of the messages the content script receives come in a lazily loaded script of their own.
  it('has no zod in the content script: zod/mini is in the lazily loaded schema script only', { timeout: 160_000 }, () => {
    const { schemas, zodInContent, zodInSchemas } = measure();
    expect(zodInContent).toBe(false);
    expect(schemas?.gzip ?? 0).toBeGreaterThan(1000);
    expect(zodInSchemas).toBe(true);
  });
});
