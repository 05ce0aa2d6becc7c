// Asking a tab's content script for its PageSummary, from the popup. The content script may be
// still starting, absent (a page outside the automatic list: the popup injects it, which the
// toolbar click's activeTab grant allows) or unreachable (a page no extension may touch).
import type { PageSummary } from './messages';
import { PageSummarySchema, parseMessage } from './messages';

/** What the popup shows: the page's own states plus one only the popup can know. */
export type PopupState = PageSummary['state'] | 'restricted';

export interface Outcome {
  state: PopupState;
  summary?: PageSummary;
  /** For `error` and `restricted`: why, in the browser's words or ours. */
  reason?: string;
}

/** The browser calls the popup needs, passed in so the logic is tested without a browser. */
export interface TabLink {
  askSummary(tabId: number): Promise<unknown>;
  inject(tabId: number): Promise<void>;
  wait(ms: number): Promise<void>;
}

export interface FetchOptions {
  /**
   * Inject the content script after this many unanswered asks; null never injects. A second
   * injection replaces the first (the content script sees to that), so this is about not
   * doing needless work where a declared script is still starting, not about safety.
   */
  injectAfter: number | null;
  /** How many times to ask while the page does not answer (starting, or being injected). */
  attempts?: number;
  /**
   * How many more times to ask while the page answers that it is still analysing: a long page
   * takes seconds, and the popup should show its summary when it is done, not stay on "loading"
   * (240 asks 250 ms apart is the page's own 60 s limit before it reports an error).
   */
  analysingAsks?: number;
  pauseMs?: number;
}

// Error texts of Chrome and Firefox when a page is closed to every extension.
const CLOSED_PAGE = /cannot be scripted|cannot access a chrome|chrome:\/\/|about:|extensions gallery|restricted/i;
// ...and when only this extension lacks access (no click on its button, no "always run").
const NO_ACCESS = /cannot access contents|permission to access|missing host permission/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function askOnce(tabId: number, link: TabLink): Promise<PageSummary | Error> {
  try {
    const summary = parseMessage(PageSummarySchema, await link.askSummary(tabId), 'popup');
    return summary ?? new Error('The page answered with something Claimcheck does not understand.');
  } catch (error) {
    return error instanceof Error ? error : new Error(messageOf(error));
  }
}

export async function fetchSummary(tabId: number, link: TabLink, options: FetchOptions): Promise<Outcome> {
  const attempts = options.attempts ?? 12;
  const analysingAsks = options.analysingAsks ?? 240;
  const pauseMs = options.pauseMs ?? 250;
  let injected = false;
  let unanswered = 0;
  let analysing = 0;
  let last: PageSummary | Error = new Error('The page did not answer.');
  for (let i = 0; i < attempts; i++) {
    last = await askOnce(tabId, link);
    if (!(last instanceof Error) && last.state !== 'loading') return { state: last.state, summary: last, reason: last.error };
    // (an ask the page answers with "still analysing" does not use up the attempts, up to its own limit)
    if (!(last instanceof Error) && analysing < analysingAsks) {
      analysing++;
      i--;
    }
    if (last instanceof Error) unanswered++;
    if (last instanceof Error && options.injectAfter !== null && unanswered >= options.injectAfter && !injected) {
      injected = true;
      try {
        await link.inject(tabId);
      } catch (error) {
        const reason = messageOf(error);
        if (CLOSED_PAGE.test(reason)) return { state: 'restricted', reason };
        return { state: 'error', reason: NO_ACCESS.test(reason) ? 'no-access' : reason };
      }
      continue; // ask again at once: the injected script answers as soon as it has run
    }
    await link.wait(pauseMs);
  }
  if (!(last instanceof Error)) return { state: 'loading', summary: last };
  return { state: 'error', reason: last.message };
}

type ExecuteFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** The real link: tabs.sendMessage and scripting.executeScript with the manifest's files. */
export function browserTabLink(): TabLink {
  return {
    askSummary: (tabId) => browser.tabs.sendMessage(tabId, { type: 'popup:get-summary' }),
    inject: async (tabId) => {
      // WXT types `files` as the paths it knows; ours come from the built manifest.
      const { js, css } = contentScriptFiles();
      // The highlights' sheet first (one restyle, on the reader's click): the script registers names it styles.
      if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
      await browser.scripting.executeScript({ target: { tabId }, files: js as ExecuteFiles });
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** The content script's files and timing as the build wrote them into the manifest. */
export function contentScriptFiles(): { js: string[]; css: string[]; runAt: 'document_start' | 'document_end' | 'document_idle' } {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const declared = scripts[0];
  return {
    js: (declared?.js ?? ['content-scripts/content.js']).map((f) => (f.startsWith('/') ? f : `/${f}`)),
    // The highlights' sheet is an entry of its own (wxt.config.ts: injected at document_start).
    css: scripts.flatMap((script) => script.css ?? []).map((f) => (f.startsWith('/') ? f : `/${f}`)),
    runAt: declared?.run_at ?? 'document_idle',
  };
}
