// What the content script and its lazily loaded schema script (entrypoints/content-schemas.ts)
// share: types, one global key and the loader, nothing that pulls zod into the content script.
// Every message the content script acts on passes a zod/mini schema (messages.ts, analysis-port.ts),
// but zod is about a quarter of what the content script would weigh, and Chromium compiles the whole
// content script on every page load before it runs. The schemas therefore live in a script of their
// own that the background injects into the content script's frame and world (as it does the hover
// card's, utils/extension/card-script.ts), after the first highlights: the popup's messages, the
// press verdicts and the memory's reply wait for it; the analysis replies, needed for the first
// highlights, are read by hand first (analysis-reply.ts) and held to their schema once it is here.
import type { AnalysisReply } from './analysis-port';
import type { ContentBound, LookupVerdicts, MemoryReply } from './messages';
import { globalSlot } from './global-slot';

/** The schemas' parses, each the message as its schema gives it or null (rejections are logged). */
export interface ContentSchemas {
  /** ContentBoundSchema: one of the popup's messages to the content script. */
  contentBound(raw: unknown): ContentBound | null;
  /** LookupVerdictsSchema: the popup's press verdicts (not logged: the store sees every message). */
  lookupVerdicts(raw: unknown): LookupVerdicts | null;
  /** MemoryReplySchema: the memory's answer to content:page-analysed. */
  memoryReply(raw: unknown): MemoryReply | null;
  /** AnalysisReplySchema: one of the background's analysis replies. */
  analysisReply(raw: unknown): AnalysisReply | null;
}

/** Where the schema script leaves its parses, in the isolated world's global. */
export const CONTENT_SCHEMAS_KEY = Symbol.for('claimcheck.content-schemas');

/** The file the background injects (an unlisted WXT script). */
export const CONTENT_SCHEMAS_PATH = '/content-schemas.js' as const;

/** content → background: inject the schema script into my frame (answered once it ran). */
export const LOAD_SCHEMAS_MESSAGE = 'content:load-schemas';

const schemasSlot = globalSlot<ContentSchemas>(CONTENT_SCHEMAS_KEY);

export function registeredContentSchemas(): ContentSchemas | undefined {
  return schemasSlot.get();
}

export function registerContentSchemas(schemas: ContentSchemas): void {
  schemasSlot.set(schemas);
}

/** The schemas, injected on first use; null when they cannot be had (no background): the message is then refused. */
export type LoadContentSchemas = () => Promise<ContentSchemas | null>;

let pending: Promise<ContentSchemas | null> | null = null;

/** Asks the background for the schema script once per frame (a failed ask is retried on the next message). */
export const loadContentSchemas: LoadContentSchemas = () => {
  const registered = registeredContentSchemas();
  if (registered) return Promise.resolve(registered);
  pending ??= (async () => {
    try {
      await browser.runtime.sendMessage({ type: LOAD_SCHEMAS_MESSAGE });
    } catch (error) {
      console.warn('[claimcheck] content: the message schemas could not be loaded:', error);
    }
    const schemas = registeredContentSchemas() ?? null;
    if (!schemas) pending = null;
    return schemas;
  })();
  return pending;
};
