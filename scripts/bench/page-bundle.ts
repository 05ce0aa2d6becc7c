// Sizes of the built content script and of the hover card's lazy chunk, for `npm run bench:page`
// and the bundle budget test. Gzip at level 9, as stores and the budget count it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: the content script, engine included, at most 30 KB gzip (30 × 1000 bytes). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30_000;

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const CARD_CHUNK_FILE = 'hover-card.js';

export interface Size {
  raw: number;
  gzip: number;
}

export function sizeOf(code: string | Buffer): Size {
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** The sizes in one browser's build folder (e.g. .output/chrome-mv3). */
export function bundleSizes(extensionDir: string): { content: Size; card: Size | null } {
  const card = join(extensionDir, CARD_CHUNK_FILE);
  return {
    content: sizeOf(readFileSync(join(extensionDir, CONTENT_SCRIPT_FILE))),
    card: existsSync(card) ? sizeOf(readFileSync(card)) : null,
  };
}
