// The messages on the port a content script opens to have its article read in the background
// (one port per reading, see analysis-client.ts and analysis-background.ts). Each side parses
// what it receives with these schemas. The report comes back in pieces, each small enough to
// parse in a few ms on the page: the document's parts in order, then the ending (language,
// duplicates, conflicts, press releases).
import * as z from 'zod/mini';
import { ClaimSchema, ConflictSchema, EntitySchema, PressReleaseSchema } from '../core/report';

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
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

const ChunkFields = { claims: z.array(ClaimSchema), entities: z.array(EntitySchema) };

/**
 * background → content: the next part of the report's document. `whole`: the only part (a text
 * read in one call), its ending follows at once, so the page paints it with the report.
 */
export const PartChunkSchema = z.object({ type: z.literal('part'), ...ChunkFields, whole: z.optional(z.boolean()) });
/** background → content: the report is complete. `engineMs` is the background's time, for benchmarks. */
export const EndingSchema = z.object({
  type: z.literal('done'),
  lang: z.string(),
  duplicates: z.array(z.array(z.string())),
  conflicts: z.array(ConflictSchema),
  press_releases: z.array(PressReleaseSchema),
  engineMs: z.number(),
});
/** background → content: the reading failed; `error` is a sentence for the reader. */
export const FailedSchema = z.object({ type: z.literal('failed'), error: z.string() });

export const AnalysisReplySchema = z.discriminatedUnion('type', [PartChunkSchema, EndingSchema, FailedSchema]);
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;

/** The part of a runtime.Port both sides use (the browser's, or a test double). */
export interface AnalysisPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
