// Messages between the content script, the background and the popup. Every message is parsed
// with these schemas where it arrives; anything that does not parse is logged and dropped.
// Type names say the direction: `content:` goes to the background, `popup:` to the content script.
import * as z from 'zod/mini';
import { DocumentReportSchema, ReportSchema } from '../core/report';
import { LookupOutcomeSchema, LookupSourceSchema, RELEASE_VERDICTS } from '../lookup/schema';

/**
 * A schema built the first time it is asked for (the lazy…Schema() accessors below). The content
 * script once parsed its incoming messages with them, so that it built no schema at start; it now
 * parses them with the exported constants in a lazily loaded script of its own (content-schemas.ts,
 * see content-schemas-contract.ts), so its own bundle has no zod. The exported constants are the
 * same instances, built when this module loads, for every other script.
 */
function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

export const PAGE_STATES = ['loading', 'ok', 'no-article', 'no-claims', 'disabled', 'error'] as const;

export const PageSummarySchema = z.object({
  url: z.string(),
  title: z.string(),
  state: z.enum(PAGE_STATES),
  /** What went wrong, in words for the reader, when state is `error`. */
  error: z.optional(z.string()),
  /** Publication date YYYY-MM-DD from the page's metadata, when found. */
  published: z.optional(z.string()),
  report: z.nullable(ReportSchema),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** content → background: the page was analysed (updates the toolbar badge). */
export const SummaryReadySchema = z.object({
  type: z.literal('content:summary-ready'),
  // Pure: unused here, `.check()` would still build them wherever this module is bundled.
  claims: /* @__PURE__ */ z.int().check(z.nonnegative()),
  conflicts: /* @__PURE__ */ z.int().check(z.nonnegative()),
});

/** popup → content: send me the page's summary (answered with a PageSummary). */
const getSummarySchema = onFirstUse(() => z.object({ type: z.literal('popup:get-summary') }));
export const GetSummarySchema = /* @__PURE__ */ getSummarySchema();

/** popup → content: scroll to this claim, flash it and open its hover card. */
const showClaimSchema = onFirstUse(() => z.object({ type: z.literal('popup:show-claim'), claimId: z.string() }));
export const ShowClaimSchema = /* @__PURE__ */ showClaimSchema();

/** content → background: the analysed article, for the memory across articles (answered with a MemoryReply). */
export const PageAnalysedSchema = z.object({
  type: z.literal('content:page-analysed'),
  url: z.string(),
  title: z.string(),
  /** Site name from the page's metadata (og:site_name, JSON-LD publisher), when found. */
  outlet: z.nullable(z.string()),
  /** Publication date YYYY-MM-DD from the page's metadata, when found. */
  published: z.nullable(z.string()),
  lang: z.string(),
  /** The report's one document (this page). */
  document: DocumentReportSchema,
});

/** popup (or any extension page) → background: what the memory says about the article at `url`. */
export const GetMemorySchema = z.object({ type: z.literal('popup:get-memory'), url: z.string() });

/** popup → background: the reader has seen the "older articles were removed" notice. */
export const DismissMemoryNoticeSchema = z.object({ type: z.literal('popup:dismiss-memory-notice') });

/** background → extension pages: an article was saved in the memory (the popup asks again). */
export const MemorySavedSchema = z.object({ type: z.literal('background:memory-saved'), url: z.string() });

/** An earlier (or other) article as the memory describes it beside a claim. */
const memoryArticleSchema = onFirstUse(() =>
  z.object({
    url: z.string(),
    title: z.string(),
    outlet: z.string(),
    /** YYYY-MM-DD, null when the page gave none. */
    published: z.nullable(z.string()),
    /** When this browser analysed it, epoch milliseconds. */
    analysedAt: z.number(),
  }),
);
export const MemoryArticleSchema = /* @__PURE__ */ memoryArticleSchema();

const memoryConflictSchema = onFirstUse(() =>
  z.object({
    article: memoryArticleSchema(),
    /** The other article's figure and sentence. */
    figure: z.string(),
    quote: z.string(),
    reason: z.string(),
  }),
);
export const MemoryConflictSchema = /* @__PURE__ */ memoryConflictSchema();

const memoryRepeatSchema = onFirstUse(() => z.object({ article: memoryArticleSchema(), figure: z.string() }));
export const MemoryRepeatSchema = /* @__PURE__ */ memoryRepeatSchema();

/** What the memory says about one claim of this page (only claims with something to say). */
const memoryClaimSchema = onFirstUse(() =>
  z.object({
    /** The claim's id in this page's report when known (content script), else the stored id. */
    claimId: z.string(),
    figure: z.string(),
    sentence: z.string(),
    alsoReported: z.array(memoryRepeatSchema()),
    conflicts: z.array(memoryConflictSchema()),
  }),
);
export const MemoryClaimSchema = /* @__PURE__ */ memoryClaimSchema();

/** MemoryReplySchema, built on first use (the content script's memory line, after the highlights). */
export const lazyMemoryReplySchema = onFirstUse(() =>
  z.object({
    claims: z.array(memoryClaimSchema()),
    /** Older articles were evicted to make room (quota): the popup says so until dismissed. */
    evicted: z.int().check(z.nonnegative()),
  }),
);
export const MemoryReplySchema = /* @__PURE__ */ lazyMemoryReplySchema();

export const MemoryBoundSchema = z.union([PageAnalysedSchema, GetMemorySchema, DismissMemoryNoticeSchema]);

export type PageAnalysed = z.infer<typeof PageAnalysedSchema>;
export type MemoryBound = z.infer<typeof MemoryBoundSchema>;
export type MemoryArticle = z.infer<typeof MemoryArticleSchema>;
export type MemoryClaim = z.infer<typeof MemoryClaimSchema>;
export type MemoryReply = z.infer<typeof MemoryReplySchema>;

/** The page a press-release lookup is about: what the popup got from the content script. */
export const LookupPageSchema = z.object({
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  published: z.optional(z.string()),
  report: ReportSchema,
});
export type LookupPage = z.infer<typeof LookupPageSchema>;

/** popup → background: run the switched-on lookup sources for this page (answered with a LookupAnswer). */
export const LookupPressSchema = z.object({ type: z.literal('popup:lookup-press'), page: LookupPageSchema });

/** popup → background: which sources are on and which host permissions a lookup here still needs (answered with a LookupPlan). */
export const LookupPlanRequestSchema = z.object({ type: z.literal('popup:lookup-plan'), page: LookupPageSchema });

export const LookupAnswerSchema = z.union([
  z.object({ ok: z.literal(true), outcome: LookupOutcomeSchema, cached: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LookupAnswer = z.infer<typeof LookupAnswerSchema>;

export const LookupPlanSchema = z.object({
  /** Sources the reader switched on. */
  on: z.array(LookupSourceSchema),
  /** Host permission patterns this page's lookup needs and the reader has not granted yet. */
  missing: z.array(z.string()),
  /** The outcome of an earlier lookup of this page in this session, shown at once. */
  cached: z.optional(LookupOutcomeSchema),
});
export type LookupPlan = z.infer<typeof LookupPlanSchema>;

/** popup → content: the press-release verdicts of the page's claims, for the hover card. */
export const lazyLookupVerdictsSchema = onFirstUse(() =>
  z.object({
    type: z.literal('popup:lookup-verdicts'),
    url: z.string(),
    checks: z.array(z.object({ claimId: z.string(), verdict: z.enum(RELEASE_VERDICTS), summary: z.string() })),
  }),
);
export const LookupVerdictsSchema = /* @__PURE__ */ lazyLookupVerdictsSchema();
export type LookupVerdicts = z.infer<typeof LookupVerdictsSchema>;

/** ContentBoundSchema, built on the content script's first message from the popup. */
export const lazyContentBoundSchema = onFirstUse(() => z.union([getSummarySchema(), showClaimSchema(), lazyLookupVerdictsSchema()]));
export const ContentBoundSchema = /* @__PURE__ */ lazyContentBoundSchema();
export const BackgroundBoundSchema = z.union([SummaryReadySchema, LookupPressSchema, LookupPlanRequestSchema]);

export type SummaryReady = z.infer<typeof SummaryReadySchema>;
export type ContentBound = z.infer<typeof ContentBoundSchema>;
export type BackgroundBound = z.infer<typeof BackgroundBoundSchema>;

/** Parses an incoming message; logs why and returns null when it is not one of ours. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown, where: string): T | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  console.warn(`[claimcheck] ${where}: message rejected: ${why}`);
  return null;
}
