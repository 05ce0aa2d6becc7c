// The background's side of press-release lookups: `popup:lookup-plan` (which permissions a
// lookup of this page still needs) and `popup:lookup-press` (run the switched-on sources whose
// hosts the reader granted, answer with a LookupOutcome). Browser calls come in through
// LookupHandlerDeps so unit tests drive it with fakes.
import type { LookupCache } from '../lookup/cache';
import type { LookupDeps, LookupRequest } from '../lookup/index';
import { LookupOutcomeSchema, type LookupOutcome, type LookupSourceId } from '../lookup/schema';
import type { LookupAnswer, LookupPage, LookupPlan } from './messages';
import { neededOrigins } from './lookup-plan';
import { enabledSources, type SourceSwitches } from './lookup-settings';
import { fixedOrigins, originPattern, PER_PAGE_SOURCES } from './lookup-sources';

export interface LookupHandlerDeps {
  fetch: typeof fetch;
  /** browser.permissions.contains for host patterns. */
  hasOrigins(patterns: string[]): Promise<boolean>;
  readSwitches(): Promise<SourceSwitches>;
  /** {} except in test builds. */
  readBaseUrls(): Promise<Partial<Record<LookupSourceId, string>>>;
  cache: LookupCache;
  lookUp(req: LookupRequest, deps: LookupDeps): Promise<LookupOutcome>;
  /** Set where fetch may carry it (Firefox); Chrome gets it from a declarativeNetRequest rule. */
  userAgent?: string;
  now?: () => number;
}

/** A whole lookup may not take longer than this, whatever each source's own timeout. */
export const LOOKUP_DEADLINE_MS = 45_000;
/** Outcomes are kept this long per page address and set of sources. */
export const OUTCOME_TTL_MS = 6 * 60 * 60 * 1000;

export class PermissionMissing extends TypeError {
  constructor(readonly pattern: string) {
    super(`Claimcheck has no permission to contact ${pattern.replace(/\/\*$/, '')}`);
  }
}

export function createLookupHandler(deps: LookupHandlerDeps) {
  const running = new Map<string, Promise<LookupAnswer>>();

  /**
   * Every request the engine makes passes here: hosts the reader has not granted are never
   * contacted. `refused` collects them, to word the engine's problem for them.
   */
  const guardedFetch = (refused: Set<string>): typeof fetch => async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pattern = originPattern(url);
    if (!pattern || !(await deps.hasOrigins([pattern]))) {
      if (pattern) refused.add(pattern);
      throw new PermissionMissing(pattern ?? url);
    }
    return deps.fetch(input, init);
  };

  /** The engine sees a refused host as a network failure ("could not be reached"): say what really happened. */
  function explainRefusals(outcome: LookupOutcome, refused: Set<string>): LookupOutcome {
    const problems = outcome.problems.map((problem) => {
      const pattern = problem.url ? originPattern(problem.url) : null;
      if (!pattern || !refused.has(pattern)) return problem;
      const host = pattern.replace(/^https?:\/\/|\/\*$/g, '');
      return { ...problem, kind: 'refused' as const, detail: `${host} was not asked: the browser has not granted Claimcheck access to it.` };
    });
    return { ...outcome, problems };
  }

  /** Switched-on sources that may run: fixed-host sources only with their hosts granted. */
  async function usableSources(on: LookupSourceId[], baseUrls: Partial<Record<LookupSourceId, string>>): Promise<LookupSourceId[]> {
    const usable: LookupSourceId[] = [];
    for (const source of on) {
      const origins = fixedOrigins(source, baseUrls);
      if (PER_PAGE_SOURCES.has(source) && origins.length === 0) usable.push(source);
      else if (await deps.hasOrigins(origins)) usable.push(source);
    }
    return usable;
  }

  const cacheKey = (sources: LookupSourceId[], url: string) => `outcome:${sources.join(',')}:${url}`;

  async function plan(page: LookupPage): Promise<LookupPlan> {
    const on = enabledSources(await deps.readSwitches());
    const baseUrls = await deps.readBaseUrls();
    const needed = neededOrigins(on, page.report, baseUrls);
    const missing: string[] = [];
    for (const pattern of needed) if (!(await deps.hasOrigins([pattern]))) missing.push(pattern);
    const sources = await usableSources(on, baseUrls);
    const cached = sources.length ? LookupOutcomeSchema.safeParse(await deps.cache.get(cacheKey(sources, page.url))) : null;
    return cached?.success ? { on, missing, cached: cached.data } : { on, missing };
  }

  async function run(page: LookupPage, sources: LookupSourceId[], baseUrls: Partial<Record<LookupSourceId, string>>, key: string): Promise<LookupAnswer> {
    const cached = LookupOutcomeSchema.safeParse(await deps.cache.get(key));
    if (cached.success) return { ok: true, outcome: cached.data, cached: true };
    const signal = AbortSignal.timeout(LOOKUP_DEADLINE_MS);
    const refused = new Set<string>();
    // The popup has no access to the article text (the content script keeps only the report):
    // the engine then compares claims by their sentences, as it does without a text.
    const request: LookupRequest = { url: page.url, title: page.title, lang: page.lang, published: page.published, text: '', report: page.report };
    const raw = await deps.lookUp(request, {
      fetch: guardedFetch(refused),
      enabled: new Set(sources),
      baseUrls,
      userAgent: deps.userAgent,
      cache: deps.cache,
      now: deps.now,
      signal,
    });
    // Parsed before it leaves: the popup parses it again on arrival.
    const outcome = explainRefusals(LookupOutcomeSchema.parse(raw), refused);
    await deps.cache.set(key, outcome, OUTCOME_TTL_MS);
    return { ok: true, outcome, cached: false };
  }

  async function lookUp(page: LookupPage): Promise<LookupAnswer> {
    try {
      const baseUrls = await deps.readBaseUrls();
      const sources = await usableSources(enabledSources(await deps.readSwitches()), baseUrls);
      if (sources.length === 0) return { ok: true, outcome: { releases: [], problems: [], asked: [] }, cached: false };
      const key = cacheKey(sources, page.url);
      // Two clicks (or two popups) on the same page share one lookup.
      const pending = running.get(key) ?? run(page, sources, baseUrls, key).finally(() => running.delete(key));
      running.set(key, pending);
      return await pending;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { plan, lookUp };
}
