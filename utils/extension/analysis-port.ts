// The messages on the port a content script opens to have its article read in the background
// (one port per reading, see analysis-client.ts and analysis-background.ts). Each side parses
// what it receives with these schemas. The report comes back in pieces, each small enough to
// parse in a few ms on the page: the document's parts in order, then the ending (language,
// duplicates, conflicts, press releases).
import * as z from 'zod/mini';
import { type Claim, ClaimSchema, ConflictSchema, type Entity, ENTITY_TYPES, PressReleaseSchema, type Report } from '../core/report';

export const ANALYSIS_PORT = 'claimcheck:analysis';

/**
 * The longest text the background reads: 16 M UTF-16 units, three times the 5 MB page the
 * hostile-page tests use. A longer one is refused with a sentence for the reader.
 */
export const MAX_ANALYSIS_CHARS = 16_000_000;

/** The most links a request carries (the page sends at most 400, see utils/page/release-links.ts). */
const MAX_ANCHORS = 1_000;

/** Longest stretch of text in one message (a long page's text goes in several, see `pieces`). */
export const TEXT_PIECE_CHARS = 131_072;

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
export function textPieces(text: string, size = TEXT_PIECE_CHARS): string[] {
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
 * Entities travel as rows of three integers (type, start, end) in one flat array, checked in one
 * pass: a long page has thousands, and an object schema per entity was most of the page's time
 * parsing a part. An entity's text is the article's own text at [start, end), which the page
 * has; where it is not, or a person has a role, a note says so.
 */
const EntityRowsSchema = z.custom<number[]>(
  (rows) => Array.isArray(rows) && rows.length % 3 === 0 && rows.every((n, i) => Number.isInteger(n) && n >= 0 && (i % 3 !== 0 || n < ENTITY_TYPES.length)),
);
const EntityNoteSchema = z.object({ at: z.int(), text: z.optional(z.string()), role: z.optional(z.nullable(z.string())) });
type EntityNote = z.infer<typeof EntityNoteSchema>;

/** Claims and entities of (a part of) the report's document, offsets into the whole text. */
const DocumentPiece = {
  claims: z.array(ClaimSchema),
  entities: EntityRowsSchema,
  entityNotes: z.optional(z.array(EntityNoteSchema)),
};

/** background → content: the next part of a long text's document. */
const PartChunkSchema = z.object({ type: z.literal('part'), ...DocumentPiece });
/**
 * background → content: the report is complete. `whole`: the document of a text read in one
 * call, sent with the ending (one message: the page paints it with the report). `engineMs` is
 * the background's time, for benchmarks.
 */
const EndingSchema = z.object({
  type: z.literal('done'),
  whole: z.optional(z.object(DocumentPiece)),
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

/** A part's entities in their wire form (see EntityRowsSchema); offsets into `text`, the article's whole text. */
export function entityRows(text: string, entities: Entity[]): { entities: number[]; entityNotes?: EntityNote[] } {
  const rows: number[] = [];
  const notes: EntityNote[] = [];
  entities.forEach((entity, at) => {
    rows.push(ENTITY_TYPES.indexOf(entity.type), entity.start, entity.end);
    const own = text.slice(entity.start, entity.end) === entity.text;
    if (!own || entity.role !== undefined) notes.push({ at, ...(own ? {} : { text: entity.text }), ...(entity.role !== undefined ? { role: entity.role } : {}) });
  });
  return notes.length > 0 ? { entities: rows, entityNotes: notes } : { entities: rows };
}

/** The entities back from their wire form; null when a row points outside the text. */
export function entitiesOf(text: string, rows: number[], notes: EntityNote[] = []): Entity[] | null {
  const entities: Entity[] = [];
  for (let i = 0; i < rows.length; i += 3) {
    const start = rows[i + 1];
    const end = rows[i + 2];
    if (end < start || end > text.length) return null;
    entities.push({ text: text.slice(start, end), type: ENTITY_TYPES[rows[i]], start, end });
  }
  for (const { at, text: written, role } of notes) {
    const entity = entities[at];
    if (!entity) return null;
    if (written !== undefined) entity.text = written;
    if (role !== undefined) entity.role = role;
  }
  return entities;
}
