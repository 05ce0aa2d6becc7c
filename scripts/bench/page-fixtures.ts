// Pages for `npm run bench:page`: the project's short article fixture (~2 KB of text), a
// generated typical article (~12 KB of text, the issue's "typical" size, between navigation and
// a footer) and a generated heavy page (~1.3 MB of text in ~20,000 elements), built from the
// same seeded articles as the core bench, written to a temporary folder the fixture server serves.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArticle, generateCorpus } from './corpus';
import { seededRandom } from './random';

const SHORT = resolve(import.meta.dirname, '../../tests/fixtures/pages/en-business.html');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ~1.3 MB of article text, each paragraph a <p> of sentence <span>s, until ~20,000 elements. */
export function heavyPageHtml(targetBytes = 1_300_000, targetElements = 20_000): { html: string; elements: number; textBytes: number } {
  const articles = generateCorpus(20261126, targetBytes * 4.2).filter((a) => a.lang === 'en');
  const paragraphs = articles.flatMap((a) => a.text.split('\n\n'));
  const body: string[] = [];
  let elements = 0;
  let textBytes = 0;
  // Text is spread so the element count lands near the target: one span per sentence,
  // grouped into paragraphs, every paragraph used until the text target is met.
  for (let i = 0; textBytes < targetBytes; i++) {
    const sentences = paragraphs[i % paragraphs.length].split(/(?<=\.) /);
    body.push(`<p>${sentences.map((s) => `<span>${escapeHtml(s)}</span>`).join(' ')}</p>`);
    elements += 1 + sentences.length;
    textBytes += Buffer.byteLength(sentences.join(' '), 'utf8');
  }
  // Pad with empty-ish wrappers (as real pages have) up to the element target.
  while (elements < targetElements) {
    body.push('<div class="ad-slot"><i></i></div>');
    elements += 2;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy page</title></head><body><article><h1>Heavy business page</h1>${body.join('\n')}</article></body></html>`;
  return { html, elements, textBytes };
}

/** One English business article of about `chars` characters, as a news page would wrap it. */
export function typicalPageHtml(chars = 12_000): { html: string; textBytes: number } {
  const article = generateArticle(seededRandom(20261127), 'en', chars);
  const paragraphs = article.text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`);
  const nav = ['Markets', 'Companies', 'Economy', 'Technology', 'Opinion'].map((w) => `<li><a href="/${w.toLowerCase()}">${w}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Typical article</title></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>A business story</h1>${paragraphs.join('\n')}</article></main><footer><p>Copyright and contact details.</p></footer></body></html>`;
  return { html, textBytes: Buffer.byteLength(article.text, 'utf8') };
}

export interface BenchPage {
  /** How the results tables name the page. */
  name: string;
  file: string;
}

/** A temporary folder holding short.html, typical.html and heavy.html, and the pages' names. */
export function writeBenchPages(): { dir: string; pages: BenchPage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-bench-pages-'));
  copyFileSync(SHORT, join(dir, 'short.html'));
  const typical = typicalPageHtml();
  writeFileSync(join(dir, 'typical.html'), typical.html);
  const heavy = heavyPageHtml();
  writeFileSync(join(dir, 'heavy.html'), heavy.html);
  const pages = [
    { name: 'short article (en-business fixture, ~2 KB text)', file: 'short.html' },
    { name: `typical article (${(typical.textBytes / 1e3).toFixed(0)} KB text)`, file: 'typical.html' },
    { name: `heavy page (${(heavy.textBytes / 1e6).toFixed(2)} MB text, ${heavy.elements} elements)`, file: 'heavy.html' },
  ];
  return { dir, pages };
}
