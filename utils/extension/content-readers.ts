// The content script's readers of the messages it receives (the popup's, and the memory's reply),
// written out by hand with the rules of their schemas in messages.ts: ContentBoundSchema and
// MemoryReplySchema. With them and the analysis port's reader (analysis-reply.ts) the content
// script bundles no zod at all: zod/mini was 20 of its 83 kB, and the browser compiles the whole
// script on every page load before any of it runs (a Chromium trace of the typical bench page:
// the script's compile 11.5 → 6.2 ms of CPU without zod, traced). tests/extension/content-readers.test.ts
// holds each reader to its schema: the same verdict on every field, the same output (a new object
// with the schema's fields only, as zod gives).
import type { ContentBound, LookupVerdicts, MemoryArticle, MemoryClaim, MemoryReply } from './messages';

type Fields = Record<string, unknown>;

/** What z.object accepts: an object, not null, not an array. */
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
/** z.number(): finite numbers only. */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** RELEASE_VERDICTS (utils/lookup/schema.ts), whose module builds zod schemas: the test holds the two lists equal. */
export const VERDICTS: readonly string[] = ['matches', 'differs', 'absent'];

/** ContentBoundSchema: one of the popup's messages to the content script, or null. */
export function readContentBound(raw: unknown): ContentBound | null {
  if (!isObject(raw)) return null;
  switch (raw.type) {
    case 'popup:get-summary':
      return { type: 'popup:get-summary' };
    case 'popup:show-claim':
      return isString(raw.claimId) ? { type: 'popup:show-claim', claimId: raw.claimId } : null;
    case 'popup:lookup-verdicts':
      return readLookupVerdicts(raw);
    default:
      return null;
  }
}

/** LookupVerdictsSchema: the press-release verdicts the popup sends, or null. */
export function readLookupVerdicts(raw: unknown): LookupVerdicts | null {
  if (!isObject(raw) || raw.type !== 'popup:lookup-verdicts' || !isString(raw.url) || !Array.isArray(raw.checks)) return null;
  const checks: LookupVerdicts['checks'] = [];
  for (const check of raw.checks) {
    if (!isObject(check) || !isString(check.claimId) || !isString(check.verdict) || !VERDICTS.includes(check.verdict) || !isString(check.summary)) return null;
    checks.push({ claimId: check.claimId, verdict: check.verdict as LookupVerdicts['checks'][number]['verdict'], summary: check.summary });
  }
  return { type: 'popup:lookup-verdicts', url: raw.url, checks };
}

/** MemoryArticleSchema. */
function readArticle(value: unknown): MemoryArticle | null {
  if (!isObject(value)) return null;
  const { url, title, outlet, published, analysedAt } = value;
  if (!isString(url) || !isString(title) || !isString(outlet) || !(published === null || isString(published)) || !isNumber(analysedAt)) return null;
  return { url, title, outlet, published, analysedAt };
}

/** MemoryClaimSchema: its repeats and conflicts with their articles. */
function readClaim(value: unknown): MemoryClaim | null {
  if (!isObject(value)) return null;
  const { claimId, figure, sentence, alsoReported, conflicts } = value;
  if (!isString(claimId) || !isString(figure) || !isString(sentence) || !Array.isArray(alsoReported) || !Array.isArray(conflicts)) return null;
  const claim: MemoryClaim = { claimId, figure, sentence, alsoReported: [], conflicts: [] };
  for (const repeat of alsoReported) {
    const article = isObject(repeat) ? readArticle(repeat.article) : null;
    if (!article || !isString(repeat.figure)) return null;
    claim.alsoReported.push({ article, figure: repeat.figure });
  }
  for (const conflict of conflicts) {
    const article = isObject(conflict) ? readArticle(conflict.article) : null;
    if (!article || !isString(conflict.figure) || !isString(conflict.quote) || !isString(conflict.reason)) return null;
    claim.conflicts.push({ article, figure: conflict.figure, quote: conflict.quote, reason: conflict.reason });
  }
  return claim;
}

/** MemoryReplySchema: what the memory says about the page's claims, or null. */
export function readMemoryReply(raw: unknown): MemoryReply | null {
  // `evicted`: z.int() (a safe integer) checked nonnegative.
  if (!isObject(raw) || !Array.isArray(raw.claims) || !Number.isSafeInteger(raw.evicted) || (raw.evicted as number) < 0) return null;
  const claims: MemoryClaim[] = [];
  for (const value of raw.claims) {
    const claim = readClaim(value);
    if (!claim) return null;
    claims.push(claim);
  }
  return { claims, evicted: raw.evicted as number };
}
