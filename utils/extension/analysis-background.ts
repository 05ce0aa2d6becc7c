// The background's side of the analysis port: reads the article a content script sends, with the
// engine, in slices of its own (so the background still answers the popup and other tabs while
// a long page is read), and posts the report back in pieces as they are found.
import type * as z from 'zod/mini';
import { analyze, type InputDocument, type Report } from '../core';
import { compareDocuments } from '../core/compare';
import { extractDocument } from '../core/extract';
import { analyzeInSlices, type Compare, type Engine } from '../page/analyze-in-slices';
import type { PageInput } from '../page/page-engine';
import { withReleaseLinks } from '../page/release-links';
import { runInSlices } from '../page/slices';
import { AnalyseRequestSchema, ANALYSIS_PORT, type AnalysisPort, type AnalysisReply, MAX_ANALYSIS_CHARS, reportEnding, TextPieceSchema } from './analysis-port';
import { encodePiece } from './analysis-wire';
import { parseMessage } from './messages';

export interface AnalysisServerOptions {
  engine?: Engine;
  compare?: Compare;
  /** Longest stretch of engine work before the background answers its other messages. */
  sliceMs?: number;
}

/*
 * Chunk sizes: off the page's thread a chunk may take far longer than the page's 8 ms slices, so
 * the parts are few; but each part's reply is parsed on the page in one task, so a part never
 * covers more than 40,000 characters (about 50 claims and 250 entities: a few ms to parse). The
 * first chunk of a long text is still small (2,000 characters), for the first highlights.
 * Posting each chunk in messages of at most 150 claims and entities was tried: on the 1.3 MB
 * bench page the page's time on messages doubled (81 -> 162 ms, twice the messages, each with
 * its own dispatch and parse) and its longest slice did not shrink (15.9 vs 29.3 ms): not kept.
 */
const CHUNK_TARGET_MS = 30;
const MAX_PART_CHARS = 40_000;
const SINGLE_CALL_CHARS = 40_000;
const SLICE_MS = 50;

/**
 * The engine without its comparison stage, for the chunks of a long text: their claims are
 * compared in windows once all are read, so the duplicates and conflicts `analyze` worked out
 * within each chunk were thrown away (about a tenth of the engine's time on the 1.3 MB bench page).
 */
export function extractOnly(docs: InputDocument[]): Report {
  const documents: Report['documents'] = [];
  for (let i = 0; i < docs.length; i++) {
    const { source, text, lang, published } = docs[i];
    const id = `d${i + 1}`;
    const found = extractDocument(id, text, lang, published);
    documents.push({ id, source, lang: found.lang, claims: found.claims, entities: found.entities });
  }
  return { version: 1, documents, duplicates: [], conflicts: [], press_releases: [] };
}

/** The background's onConnect listener: serves readings on analysis ports opened by a tab's content script. */
export function acceptAnalysisPort(port: AnalysisPort & { name: string; sender?: { tab?: unknown } }, options: AnalysisServerOptions = {}): void {
  if (port.name !== ANALYSIS_PORT) return;
  // Extension pages have no business here: only a tab's content script sends its article.
  if (!port.sender?.tab) return port.disconnect();
  serveAnalysis(port, options);
}

/** Serves one reading on `port`: the first message asks, the replies follow; closing the port stops the work. */
export function serveAnalysis(port: AnalysisPort, options: AnalysisServerOptions = {}): void {
  const controller = new AbortController();
  port.onDisconnect.addListener(() => controller.abort(new Error('The page closed the analysis port')));
  let postingMs = 0;
  const post = (reply: AnalysisReply) => {
    if (controller.signal.aborted) return;
    const began = performance.now();
    try {
      port.postMessage(reply);
    } catch {
      // The page closed the port and the news has not arrived yet: stop as if it had.
      controller.abort(new Error('The page closed the analysis port'));
    }
    postingMs += performance.now() - began;
    if (reply.type !== 'part') recordPosting(postingMs);
  };
  // The request, then the rest of a long text in `pieces - 1` more messages.
  let request: z.infer<typeof AnalyseRequestSchema> | null = null;
  const texts: string[] = [];
  let length = 0;
  let done = false;
  port.onMessage.addListener((raw) => {
    if (done) return;
    let text: string | undefined;
    if (request) text = parseMessage(TextPieceSchema, raw, 'analysis port')?.text;
    else {
      request = parseMessage(AnalyseRequestSchema, raw, 'analysis port');
      text = request?.doc.text;
    }
    const total = request?.length ?? length + textLength(raw);
    if (text === undefined || total > MAX_ANALYSIS_CHARS || length + text.length > MAX_ANALYSIS_CHARS) {
      done = true;
      return post({ type: 'failed', error: refusal(Math.max(total, length + textLength(raw))) });
    }
    texts.push(text);
    length += text.length;
    if (!request || texts.length < (request.pieces ?? 1)) return;
    done = true;
    void read({ ...request.doc, text: texts.join('') }, post, controller.signal, options);
  });
}

/**
 * Test builds (the benches load them): the background's time in postMessage for one reading
 * (serialising the replies), as a `claimcheck:background-post` measure in the service worker's
 * own timeline, which no page can read. Store builds drop this code.
 */
function recordPosting(ms: number): void {
  if (!import.meta.env.CLAIMCHECK_TEST_BUILD) return;
  try {
    performance.measure('claimcheck:background-post', { start: performance.now() - ms, duration: ms });
  } catch {
    // Benchmarks only.
  }
}

/** The length of the text a message carries, read without trusting its shape. */
function textLength(raw: unknown): number {
  const message = raw as { text?: unknown; doc?: { text?: unknown } } | null;
  const text = message?.doc?.text ?? message?.text;
  return typeof text === 'string' ? text.length : 0;
}

async function read({ anchors, ...doc }: PageInput, post: (reply: AnalysisReply) => void, signal: AbortSignal, options: AnalysisServerOptions): Promise<void> {
  const began = performance.now();
  const { engine = analyze, compare = compareDocuments, sliceMs = SLICE_MS } = options;
  // A given engine (tests) reads the chunks too; the shipped one skips comparing within a chunk.
  const readPart = options.engine ? engine : extractOnly;
  // A text read in one call: its document goes with the ending, in one message.
  let whole: Extract<AnalysisReply, { type: 'done' }>['whole'];
  try {
    const task = analyzeInSlices(doc, engine, {
      readPart,
      compare,
      targetMs: CHUNK_TARGET_MS,
      singleCallChars: SINGLE_CALL_CHARS,
      maxChunkChars: MAX_PART_CHARS,
      // Off the page's thread the whole short text comes back about as fast as its lead would.
      leadFirst: false,
      onChunk: (claims, entities, kind) => {
        // A text read in one call goes back plain (see EndingSchema); parts in the compact form.
        if (kind === 'whole') whole = { claims, entities };
        else post({ type: 'part', ...encodePiece(doc.text, claims, entities) });
      },
    });
    const read = await runInSlices(task, { signal, sliceMs });
    // The page's release links: a scan of the whole text, done here rather than on the page.
    const report = anchors ? withReleaseLinks(read, doc.text, anchors, doc.source) : read;
    post({ type: 'done', ...(whole ? { whole } : {}), ...reportEnding(report), engineMs: performance.now() - began });
  } catch (error) {
    if (signal.aborted) return;
    console.warn('[claimcheck] analysis failed:', error);
    post({ type: 'failed', error: `Claimcheck could not read this page: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** Why a request was refused, in words for the reader (`length`: the text's length so far). */
function refusal(length: number): string {
  if (length > MAX_ANALYSIS_CHARS) {
    const millions = (n: number) => (n / 1e6).toFixed(1);
    return `This page is too long for Claimcheck to read: ${millions(length)} million characters of text, over the limit of ${millions(MAX_ANALYSIS_CHARS)} million.`;
  }
  return 'Claimcheck could not read this page: its text did not reach the background intact.';
}
