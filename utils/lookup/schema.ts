// What a press-release lookup returns, as zod/mini schemas: the background sends a
// LookupOutcome in a message and the popup parses it with the same schema.
import * as z from 'zod/mini';

export const LOOKUP_SOURCES = ['article-links', 'newsroom', 'edgar', 'newswire', 'wikidata'] as const;
export type LookupSourceId = (typeof LOOKUP_SOURCES)[number];

export const LookupSourceSchema = z.enum(LOOKUP_SOURCES);

export const RELEASE_VERDICTS = ['matches', 'differs', 'absent'] as const;

export const ReleaseCheckSchema = z.object({
  /** Id of the article's claim (as in the page's report). */
  claimId: z.string(),
  verdict: z.enum(RELEASE_VERDICTS),
  /** For the reader: "matches the press release (more than €1.2bn)". */
  summary: z.string(),
  /** The release's sentence that holds the figure compared, when there is one. */
  releaseQuote: z.optional(z.string()),
});

export const FoundReleaseSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** YYYY-MM-DD when the source gives a date. */
  date: z.optional(z.string()),
  source: LookupSourceSchema,
  subject: z.nullable(z.string()),
  /** 0…1: company, date nearness to the article, shared figures. */
  score: z.number(),
  /** Empty when the release was not fetched (or had no claim to compare). */
  checks: z.array(ReleaseCheckSchema),
  /** True when the release's text was fetched and compared with the article. */
  fetched: z.optional(z.boolean()),
});

export const PROBLEM_KINDS = ['timeout', 'too-large', 'malformed', 'refused', 'http-error', 'rate-limited', 'offline'] as const;

export const SourceProblemSchema = z.object({
  source: LookupSourceSchema,
  kind: z.enum(PROBLEM_KINDS),
  /** One sentence for the reader. */
  detail: z.string(),
  /** The address asked, for the debugging reader (never shown as HTML). */
  url: z.optional(z.string()),
});

export const LookupOutcomeSchema = z.object({
  releases: z.array(FoundReleaseSchema),
  problems: z.array(SourceProblemSchema),
  /** The sources that were contacted (enabled and relevant). */
  asked: z.array(LookupSourceSchema),
});

export type ReleaseCheck = z.infer<typeof ReleaseCheckSchema>;
export type FoundRelease = z.infer<typeof FoundReleaseSchema>;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
export type SourceProblem = z.infer<typeof SourceProblemSchema>;
export type LookupOutcome = z.infer<typeof LookupOutcomeSchema>;
