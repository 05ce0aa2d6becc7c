import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '@/utils/extension/messages';
import { PageSummarySchema } from '@/utils/extension/messages';

/** The tab to summarise: `?tab=N` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export function App() {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) throw new Error('No tab to read.');
      const raw = await browser.tabs.sendMessage(tabId, { type: 'popup:get-summary' });
      setSummary(PageSummarySchema.parse(raw));
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <p data-testid="error">{error}</p>;
  if (!summary) return <p data-testid="loading">Reading the page…</p>;
  const claims = summary.report?.documents[0]?.claims ?? [];
  return (
    <main>
      <h1>Claimcheck</h1>
      <p data-testid="claim-count">{claims.length} claims</p>
      <ul>
        {claims.map((c) => (
          <li key={c.id} data-testid="claim">{c.sentence}</li>
        ))}
      </ul>
    </main>
  );
}
