// The claim report (format 1): the one description of what the engine returns.
// It follows the shared report-format contract field for field; extra fields are allowed by
// the contract (here: `reasons`, `entities[].role`), none of the contract's may be renamed.
import * as z from 'zod/mini';

export const METRICS = ['investment', 'jobs'] as const;
export const QUALIFIERS = ['over', 'at_least', 'up_to', 'about', 'nearly', 'exact', 'range', 'average'] as const;
export const STATUSES = ['new', 'cumulative', 'earlier'] as const;
export const ENTITY_TYPES = ['org', 'person', 'place'] as const;
export const PRESS_RELEASE_HOW = ['link', 'directory', 'search', 'verified'] as const;

// (marked pure like the chained schemas of analysis-port.ts: a method call is kept by the bundler unless told, and the content script never uses it)
const offset = /* @__PURE__ */ z.int().check(z.nonnegative());

export const MoneySchema = z.object({ amount: z.number(), currency: z.string() });

export const ClaimSchema = z.object({
  id: z.string(),
  metric: z.enum(METRICS),
  subject: z.nullable(z.string()),
  amount: z.number(),
  amount_max: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  qualifier: z.enum(QUALIFIERS),
  location: z.nullable(z.string()),
  period: z.nullable(z.string()),
  status: z.enum(STATUSES),
  alt: z.nullable(MoneySchema),
  start: offset,
  end: offset,
  sentence: z.string(),
  /** Names of the rules that produced this claim, for debugging and the hover card. */
  reasons: z.array(z.string()),
});

export const EntitySchema = z.object({
  text: z.string(),
  type: z.enum(ENTITY_TYPES),
  start: offset,
  end: offset,
  /** For people: the role written beside the name ("chief executive"), if any. */
  role: z.optional(z.nullable(z.string())),
});

export const DocumentReportSchema = z.object({
  id: z.string(),
  source: z.string(),
  lang: z.string(),
  claims: z.array(ClaimSchema),
  entities: z.array(EntitySchema),
});

export const ConflictSchema = z.object({
  a: z.string(),
  b: z.string(),
  reason: z.string(),
});

export const PressReleaseSchema = z.object({
  url: z.string(),
  subject: z.nullable(z.string()),
  how: z.enum(PRESS_RELEASE_HOW),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  documents: z.array(DocumentReportSchema),
  duplicates: z.array(z.array(z.string())),
  conflicts: z.array(ConflictSchema),
  press_releases: z.array(PressReleaseSchema),
});

export type Money = z.infer<typeof MoneySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type DocumentReport = z.infer<typeof DocumentReportSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type PressRelease = z.infer<typeof PressReleaseSchema>;
export type Report = z.infer<typeof ReportSchema>;

/** One input document for `analyze`. */
export interface InputDocument {
  source: string;
  text: string;
  /** BCP 47 primary tag when known (from the page's lang attribute); detected otherwise. */
  lang?: string;
  /** Publication date, YYYY-MM-DD, used to pick exchange rates. */
  published?: string;
}
