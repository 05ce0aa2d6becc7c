// Sizes of the built content script and of its lazy chunks (the hover card, the message schemas), for `npm run bench:page`
// and the bundle budget test. Gzip at level 9, as stores and the budget count it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: the content script at most 30 KB gzip (30 × 1000 bytes). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30_000;

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const CARD_CHUNK_FILE = 'hover-card.js';
export const SCHEMAS_CHUNK_FILE = 'content-schemas.js';

export interface Size {
  raw: number;
  gzip: number;
}

export function sizeOf(code: string | Buffer): Size {
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** The sizes in one browser's build folder (e.g. .output/chrome-mv3). */
export function bundleSizes(extensionDir: string): { content: Size; card: Size | null; schemas: Size | null } {
  const chunk = (file: string) => (existsSync(join(extensionDir, file)) ? sizeOf(readFileSync(join(extensionDir, file))) : null);
  return {
    content: sizeOf(readFileSync(join(extensionDir, CONTENT_SCRIPT_FILE))),
    card: chunk(CARD_CHUNK_FILE),
    schemas: chunk(SCHEMAS_CHUNK_FILE),
  };
}

/**
 * zod's code in a built file: every zod schema and parse reads its internals under `_zod` (a property
 * name, never minified). Not counted: `__zod_globalConfig`, the one module-level statement of zod's
 * core (with a check of Error.captureStackTrace, about 200 bytes) that stays in the content script
 * because modules it imports for their constants (core/report.ts, analysis-port.ts) import zod.
 */
export const hasZod = (code: string): boolean => /(?:^|[^_])_zod\b/.test(code) || code.includes('ZodError');

/**
 * Builds only the content script and its lazy chunks with WXT (the production pipeline, same
 * minifier) into a temporary folder and returns their sizes. About 2 s on an idle machine.
 */
export async function buildAndMeasure(): Promise<{ content: Size; card: Size | null; schemas: Size | null; contentCode: string; schemasCode: string | null }> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { build } = await import('wxt');
  const outDir = mkdtempSync(join(tmpdir(), 'claimcheck-bundle-'));
  try {
    const quiet = { debug() {}, log() {}, info() {}, warn() {}, error: console.error, fatal: console.error, success() {}, level: 0 };
    await build({ outDir, filterEntrypoints: ['content', 'hover-card', 'content-schemas'], logger: quiet as never });
    const dir = join(outDir, 'chrome-mv3');
    const schemasFile = join(dir, SCHEMAS_CHUNK_FILE);
    return {
      ...bundleSizes(dir),
      contentCode: readFileSync(join(dir, CONTENT_SCRIPT_FILE), 'utf8'),
      schemasCode: existsSync(schemasFile) ? readFileSync(schemasFile, 'utf8') : null,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// `tsx scripts/bench/page-bundle.ts`: build and print the sizes as one JSON line (the test runs this).
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { content, card, schemas, contentCode, schemasCode } = await buildAndMeasure();
  const has = (needle: string) => contentCode.includes(needle);
  // Preact's hooks state (`__H`), the shadow root and the card's field labels belong to the card script only;
  // the engine's rule names (a claim's `reasons`) to the background only.
  const engineCodeInContent = has('place-from-story-country') || has('conversion-beside');
  // zod belongs to the lazily loaded schema script only (utils/extension/content-schemas-contract.ts).
  const zodInContent = hasZod(contentCode);
  const zodInSchemas = schemasCode !== null && hasZod(schemasCode);
  console.log(`BUNDLE ${JSON.stringify({ content, card, schemas, cardCodeInContent: has('__H') || has('attachShadow') || has('card_field_'), engineCodeInContent, zodInContent, zodInSchemas })}`);
}
