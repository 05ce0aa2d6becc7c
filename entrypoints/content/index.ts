// The content script: switched on or off per site (disabledHosts), answers the popup, and
// leaves the page exactly as it found it when switched off or replaced by a newer injection.
import './evaluation-mark';
import { browserWording } from '@/utils/extension/i18n';
import { loadContentSchemas } from '@/utils/extension/content-schemas-contract';
import type { PageSummary } from '@/utils/extension/messages';
import { rememberPage } from '@/utils/extension/memory-page';
import { newsSiteMatches } from '@/utils/extension/news-sites';
import { Activation } from './activation';
import { answerPopup } from './popup-answers';
import { readDisabledHosts, watchDisabledHosts } from './site-switch';
import { guardScriptStarted, isOwnLocationChange, markStarting, startingDone } from './forged-events';
import { markStartStep, RECORDS_PERFORMANCE } from './measures';

/** Where the running instance leaves its stop function, so a second injection replaces it instead of doubling it. */
const INSTANCE = Symbol.for('claimcheck.content-script');
type Global = typeof globalThis & { [INSTANCE]?: () => void };

// Before WXT announces this copy to older ones (see forged-events.ts).
markStarting();

export default defineContentScript({
  // Test builds add the local fixture hosts in wxt.config.ts.
  matches: newsSiteMatches,
  runAt: 'document_idle',
  // The hover card's styles go straight into its shadow root (components/hover-card/view.tsx): nothing is
  // injected into the page.
  cssInjectionMode: 'manual',
  // WXT's window message would tell every page the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (RECORDS_PERFORMANCE) {
      try {
        performance.mark('claimcheck:start');
      } catch {
        // Benchmarks only.
      }
    }
    startingDone();
    guardScriptStarted(ctx, () => browser.runtime?.id);
    const global = globalThis as Global;
    global[INSTANCE]?.();
    global[INSTANCE] = () => ctx.abort('Replaced by a newer Claimcheck content script');
    ctx.onInvalidated(() => {
      if (global[INSTANCE] && ctx.signal.reason !== 'Replaced by a newer Claimcheck content script') delete global[INSTANCE];
    });

    const wording = browserWording();
    const host = location.hostname;
    let enabled: boolean | null = null;
    let activation: Activation | null = null;

    const summary = (): PageSummary => {
      if (enabled === false) return { url: location.href, title: document.title, state: 'disabled', report: null };
      return activation?.summary() ?? { url: location.href, title: document.title, state: 'loading', report: null };
    };
    const announce = (done: PageSummary) => {
      const claims = done.report?.documents[0]?.claims.length ?? 0;
      const conflicts = done.report?.conflicts.length ?? 0;
      browser.runtime.sendMessage({ type: 'content:summary-ready', claims, conflicts }).catch(() => {
        // No background listening (extension reloading): the popup asks again anyway.
      });
      // The memory across articles: saved and matched in the background, shown in the card.
      void rememberPage(done, document, (message) => browser.runtime.sendMessage(message));
    };
    const setEnabled = (on: boolean) => {
      if (on === enabled || ctx.isInvalid) return;
      enabled = on;
      activation?.stop();
      activation = null;
      if (on) {
        activation = new Activation(ctx, wording, announce);
        activation.start();
      }
    };

    const onMessage = (raw: unknown) => answerPopup(raw, loadContentSchemas, {
      summary,
      showClaim: (claimId) => activation?.showClaim(claimId) ?? false,
    });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      activation?.stop();
      activation = null;
    });
    ctx.addEventListener(window, 'wxt:locationchange', (event) => isOwnLocationChange(event) && activation?.locationChanged());

    const unwatch = watchDisabledHosts((hosts) => setEnabled(!hosts.includes(host)));
    ctx.onInvalidated(unwatch);
    markStartStep('storage-asked');
    const disabled = await readDisabledHosts();
    markStartStep('storage-answered');
    setEnabled(!disabled.includes(host));
  },
});
