// Messages between the content script, the background and the popup. Every message is parsed
// with these schemas where it arrives; anything that does not parse is logged and dropped.
// Type names say the direction: `content:` goes to the background, `popup:` to the content script.
import * as z from 'zod/mini';
import { ReportSchema } from '../core/report';

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
  claims: z.int().check(z.nonnegative()),
  conflicts: z.int().check(z.nonnegative()),
});

/** popup → content: send me the page's summary (answered with a PageSummary). */
export const GetSummarySchema = z.object({ type: z.literal('popup:get-summary') });

/** popup → content: scroll to this claim, flash it and open its hover card. */
export const ShowClaimSchema = z.object({ type: z.literal('popup:show-claim'), claimId: z.string() });

export const ContentBoundSchema = z.union([GetSummarySchema, ShowClaimSchema]);
export const BackgroundBoundSchema = z.union([SummaryReadySchema]);

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
