import { analyze } from '@/utils/core';
import type { PageSummary } from '@/utils/extension/messages';
import { ContentBoundSchema, parseMessage } from '@/utils/extension/messages';
import { newsSiteMatches } from '@/utils/extension/news-sites';

export default defineContentScript({
  // Test builds add the local fixture hosts in wxt.config.ts.
  matches: newsSiteMatches,
  runAt: 'document_idle',
  main() {
    const text = document.body?.innerText ?? '';
    const report = analyze([{ source: location.href, text, lang: document.documentElement.lang || undefined }]);
    const claims = report.documents[0]?.claims.length ?? 0;
    const summary: PageSummary = {
      url: location.href,
      title: document.title,
      state: claims > 0 ? 'ok' : 'no-claims',
      report,
    };
    void browser.runtime.sendMessage({ type: 'content:summary-ready', claims, conflicts: report.conflicts.length });
    browser.runtime.onMessage.addListener((raw) => {
      const message = parseMessage(ContentBoundSchema, raw, 'content');
      if (message?.type === 'popup:get-summary') return Promise.resolve(summary);
      return undefined;
    });
  },
});
