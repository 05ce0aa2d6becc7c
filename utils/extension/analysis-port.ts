// The messages on the port a content script opens to have its article read in the background
// (one port per reading, see analysis-client.ts and analysis-background.ts). Each side parses
// what it receives with these schemas. The report comes back in pieces, each small enough to
// parse in a few ms on the page: the document's parts in order, then the ending (language,
// duplicates, conflicts, press releases).
import * as z from 'zod/mini';
import { type Claim, ClaimSchema, ConflictSchema, type Entity, EntitySchema, PressReleaseSchema, type Report } from '../core/report';

export const ANALYSIS_PORT = 'claimcheck:analysis';

/**
 * The longest text the background reads: 16 M UTF-16 units, three times the 5 MB page the
 * hostile-page tests use. A longer one is refused with a sentence for the reader.
 */
export const MAX_ANALYSIS_CHARS = 16_000_000;

/** content → background: read this article. */
export const AnalyseRequestSchema = z.object({
  type: z.literal('analyse'),
  doc: z.object({
    source: z.string(),
    text: z.string().check(z.maxLength(MAX_ANALYSIS_CHARS)),
    lang: z.optional(z.string()),
    published: z.optional(z.string()),
  }),
});

const ChunkFields = { claims: z.array(ClaimSchema), entities: z.array(EntitySchema) };

/**
 * background → content: the next part of the report's document. `whole`: the only part (a text
 * read in one call), its ending follows at once, so the page paints it with the report.
 */
const PartChunkSchema = z.object({ type: z.literal('part'), ...ChunkFields, whole: z.optional(z.boolean()) });
/** background → content: the report is complete. `engineMs` is the background's time, for benchmarks. */
const EndingSchema = z.object({
  type: z.literal('done'),
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
