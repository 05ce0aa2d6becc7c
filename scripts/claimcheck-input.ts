// Reading the CLI's input files: text as is, HTML through the same article extraction the
// extension uses. Every failure becomes an InputError with a one-line message naming the file.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Anchor } from '../utils/core/press/release-links';
import type { InputDocument } from '../utils/core/report';
import { extractArticle, findArticle } from '../utils/page/article';
import { articleAnchors } from '../utils/page/release-links';

export class InputError extends Error {}

const HTML_FILE = /\.(html?|xhtml)$/i;

/** Decodes UTF-8 strictly; a byte order mark stays in the text so offsets match the file. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
  // A NUL byte never occurs in text we could analyse: images, archives, PDFs and the like.
  if (bytes.includes(0)) throw new InputError(`cannot read ${path}: binary file, not text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`cannot read ${path}: not valid UTF-8 text`);
  }
}

/** An input file as the engine reads it, plus the links of an HTML article (for press releases). */
export type InputFile = InputDocument & { anchors?: Anchor[] };

/** One input document per file; `date` (YYYY-MM-DD) overrides any date found in a page. */
export function readInput(path: string, date?: string): InputFile {
  const raw = readText(path);
  if (!HTML_FILE.test(path)) return { source: path, text: raw, published: date };
  // an empty page is an empty document; a fragment gets the <html> linkedom needs for a body
  if (!raw.trim()) return { source: path, text: '', published: date };
  const { document: page } = parseHTML(/<html[\s>]/i.test(raw) ? raw : `<!doctype html><html><body>${raw}</body></html>`);
  const doc = page as unknown as Document;
  const article = extractArticle(doc);
  // The article's own links, as the extension reads them: "press release" links say where to look.
  const root = findArticle(doc)?.root;
  const anchors = root ? articleAnchors(root) : [];
  return { source: path, text: article.text, lang: article.lang, published: date ?? article.published, anchors };
}
