// The popup's press-release lookup: asks the background which sources are on and which host
// permissions this page still needs (when the popup opens), then, on the reader's click,
// requests those permissions first (inside the click's user gesture), runs the lookup in the
// background and hands the per-claim verdicts to the page for its hover card.
import type { PageSummary } from './messages';
import { LookupAnswerSchema, LookupPlanSchema, type LookupPage, type LookupVerdicts } from './messages';
import type { LookupOutcome } from '../lookup/schema';
import { createStore, type Store } from './store';

export type LookupPhase =
  | { phase: 'unknown' }
  | { phase: 'off' }
  | { phase: 'ready' }
  | { phase: 'running' }
  | { phase: 'refused' }
  | { phase: 'failed'; error: string }
  | { phase: 'done'; outcome: LookupOutcome; cached: boolean };

export interface LookupState {
  /** Host patterns to request on the click (granted ones are not asked again). */
  missing: string[];
  view: LookupPhase;
}

export interface LookupControllerDeps {
  /** browser.runtime.sendMessage: the background answers lookups. */
  send(message: unknown): Promise<unknown>;
  /** browser.permissions.request; must be the first call in the click handler. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Notes the hosts as lookup hosts, so the background does not take them for "always run" sites. */
  noteHosts(origins: string[]): Promise<void>;
  /** Tells the page's content script the verdicts, for the hover card. */
  sendToTab(tabId: number, message: LookupVerdicts): Promise<unknown>;
}

/** What the lookup needs from the page's summary; null when there is no report to look up. */
export function lookupPageOf(summary: PageSummary | undefined): LookupPage | null {
  const report = summary?.report;
  if (!summary || !report) return null;
  return { url: summary.url, title: summary.title, lang: report.documents[0]?.lang ?? 'en', published: summary.published, report };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLookupController(deps: LookupControllerDeps) {
  const store: Store<LookupState> = createStore<LookupState>({ missing: [], view: { phase: 'unknown' } });
  let page: LookupPage | null = null;
  let tabId: number | null = null;

  async function prepare(next: LookupPage, tab: number | null): Promise<void> {
    page = next;
    tabId = tab;
    try {
      const plan = LookupPlanSchema.parse(await deps.send({ type: 'popup:lookup-plan', page: next }));
      if (page !== next) return;
      store.set({ missing: plan.missing, view: { phase: plan.on.length ? 'ready' : 'off' } });
      // Looked up earlier in this session: show it again at once (and give the card its lines back).
      if (plan.cached && plan.on.length) await show(next, plan.cached, true);
    } catch (error) {
      // No answer about the plan (background asleep or replaced): show no lookup rather than an error.
      console.warn('[claimcheck] lookup plan:', error);
      store.set({ view: { phase: 'unknown' } });
    }
  }

  async function show(target: LookupPage, outcome: LookupOutcome, cached: boolean): Promise<void> {
    store.set({ view: { phase: 'done', outcome, cached } });
    if (tabId === null) return;
    const checks = outcome.releases.flatMap((r) => r.checks.map((c) => ({ claimId: c.claimId, verdict: c.verdict, summary: c.summary })));
    await deps.sendToTab(tabId, { type: 'popup:lookup-verdicts', url: target.url, checks }).catch(() => undefined);
  }

  async function run(target: LookupPage): Promise<void> {
    store.set({ view: { phase: 'running' } });
    try {
      const answer = LookupAnswerSchema.parse(await deps.send({ type: 'popup:lookup-press', page: target }));
      if (!answer.ok) return store.set({ view: { phase: 'failed', error: answer.error } });
      store.set({ missing: [] });
      await show(target, answer.outcome, answer.cached);
    } catch (error) {
      store.set({ view: { phase: 'failed', error: message(error) } });
    }
  }

  /** Call straight from the click handler: the permission request must come before any await. */
  function lookUp(): Promise<void> {
    const target = page;
    if (!target) return Promise.resolve();
    const { missing } = store.get();
    if (missing.length === 0) return run(target);
    // Not awaited: the request below must be made in the same task as the click.
    void deps.noteHosts(missing).catch(() => undefined);
    return deps.requestOrigins(missing).then(
      (granted) => (granted ? run(target) : store.set({ view: { phase: 'refused' } })),
      (error: unknown) => store.set({ view: { phase: 'failed', error: message(error) } }),
    );
  }

  return { store, prepare, lookUp };
}

export type LookupController = ReturnType<typeof createLookupController>;
