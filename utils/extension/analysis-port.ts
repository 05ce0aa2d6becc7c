// The messages on the port a content script opens to have its article read in the background
// (one port per reading, see analysis-client.ts and analysis-background.ts). Each side parses
// what it receives with these schemas. The report comes back in pieces, each small enough to
// parse in a few ms on the page: the document's parts in order, then the ending (language,
// duplicates, conflicts, press releases).
import * as z from 'zod/mini';
import { type Claim, ClaimSchema, ConflictSchema, type Entity, EntitySchema, PressReleaseSchema, type Report } from '../core/report';
import type { TextLike } from '../page/text-join';
import { isClaimRows, isEntityRows, isIndexList, isNoteRows } from './analysis-wire';

export const ANALYSIS_PORT = 'claimcheck:analysis';

/**
 * The longest text the background reads: 16 M UTF-16 units, three times the 5 MB page the
 * hostile-page tests use. A longer one is refused with a sentence for the reader.
 */
export const MAX_ANALYSIS_CHARS = 16_000_000;

/** The most links a request carries (the page sends at most 400, see utils/page/release-links.ts). */
const MAX_ANCHORS = 1_000;

/**
 * Longest stretch of text in one message (a long page's text goes in several, see `pieces`).
 * Posting serialises the message into new buffers (a two-byte 128 K stretch: a 256 KB string, in
 * V8's large-object space, and its copies), and on this project's bench machine memory touched
 * for the first time costs about 15 µs of CPU per 4 KB page: a post of 131,072 characters of the
 * 1.3 MB bench page was a slice of 8-15 ms of CPU under load (traced). A stretch of 32 K stays in
 * ordinary young-generation memory, and two or three of them share a slice. Firefox keeps 131,072:
 * each message costs it more, and with 32 K stretches the 5 MB hostile page's first figures came
 * about a second later (its 20 ms timer ticked 133-154 times against 77-78, e2e, 4 and 3 runs).
 */
export const TEXT_PIECE_CHARS = import.meta.env.FIREFOX ? 131_072 : 32_768;

/**
 * content → background: read this article. `pieces`: how many messages the text comes in, this
 * one holding the first stretch, `text` messages the rest, in order; `length`: the whole text's.
 */
export const AnalyseRequestSchema = z.object({
  type: z.literal('analyse'),
  pieces: z.optional(/* @__PURE__ */ z.int().check(z.positive(), z.maximum(Math.ceil(MAX_ANALYSIS_CHARS / TEXT_PIECE_CHARS) + 1))),
  /** The whole text's length: a text over the limit is refused before its pieces are sent. */
  length: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  doc: z.object({
    source: z.string(),
    text: /* @__PURE__ */ z.string().check(z.maxLength(MAX_ANALYSIS_CHARS)),
    lang: z.optional(z.string()),
    published: z.optional(z.string()),
    /** The article's links (at most MAX_ANCHORS): the report's press releases are the release links among them. */
    anchors: z.optional(/* @__PURE__ */ z.array(z.object({ href: z.string(), text: z.string() })).check(z.maxLength(MAX_ANCHORS))),
  }),
});

/** content → background: the next stretch of the article's text. */
export const TextPieceSchema = z.object({ type: z.literal('text'), text: /* @__PURE__ */ z.string().check(z.maxLength(TEXT_PIECE_CHARS)) });

/** The text cut into stretches of at most `size` characters, never between the halves of a surrogate pair. */
export function textPieces(text: TextLike, size = TEXT_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  do {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  } while (start < text.length);
  return pieces;
}

/**
 * Claims and entities of (a part of) the report's document, offsets into the whole text, in the
 * compact form of analysis-wire.ts: rows of numbers and a table of strings, each checked in one
 * pass (an object schema per claim and per entity was most of a part's parse, and the objects
 * about 1 MB of JSON on the 1.3 MB bench page).
 */
const DocumentPiece = {
  strings: z.array(z.string()),
  claims: z.custom<(number | null)[]>(isClaimRows),
  entities: z.custom<number[]>(isEntityRows),
  notes: z.optional(z.custom<number[]>(isNoteRows)),
  reasons: z.custom<number[]>(isIndexList),
};

/** background → content: the next part of a long text's document. */
const PartChunkSchema = z.object({ type: z.literal('part'), ...DocumentPiece });
/**
 * background → content: the report is complete. `whole`: the document of a text read in one
 * call, sent with the ending (one message: the page paints it with the report), as plain claims
 * and entities: a typical article's few dozen cost less to check than the compact form's decoding,
 * whose code would run cold on every page load (0.5 ms on the typical bench article). `engineMs`
 * is the background's time, for benchmarks.
 */
const EndingSchema = z.object({
  type: z.literal('done'),
  whole: z.optional(z.object({ claims: z.array(ClaimSchema), entities: z.array(EntitySchema) })),
  lang: z.string(),
  duplicates: z.array(z.array(z.string())),
  conflicts: z.array(ConflictSchema),
  press_releases: z.array(PressReleaseSchema),
  engineMs: z.number(),
});
/** background → content: the reading failed; `error` is a sentence for the reader. */
const FailedSchema = z.object({ type: z.literal('failed'), error: z.string() });

export const AnalysisReplySchema = z.discriminatedUnion('type', [PartChunkSchema, EndingSchema, FailedSchema]);
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;

/** The part of a runtime.Port both sides use (the browser's, or a test double). */
export interface AnalysisPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** The comparison and language of a report, sent once its document's parts are all known. */
interface ReportEnding {
  lang: string;
  duplicates: Report['duplicates'];
  conflicts: Report['conflicts'];
  press_releases: Report['press_releases'];
}

/** Puts a report back together from its document's parts (in order) and its ending. */
export function assembleReport(source: string, parts: { claims: Claim[]; entities: Entity[] }[], ending: ReportEnding): Report {
  return {
    version: 1,
    documents: [{ id: 'd1', source, lang: ending.lang, claims: parts.flatMap((part) => part.claims), entities: parts.flatMap((part) => part.entities) }],
    duplicates: ending.duplicates,
    conflicts: ending.conflicts,
    press_releases: ending.press_releases,
  };
}

/** What the background sends back for a report: the parts of its document, then its ending. */
export function reportEnding(report: Report): ReportEnding {
  return { lang: report.documents[0]?.lang ?? 'und', duplicates: report.duplicates, conflicts: report.conflicts, press_releases: report.press_releases };
}
