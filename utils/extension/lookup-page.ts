// The content script's side of press-release lookups: the popup sends the verdicts of the
// page's claims after a lookup (`popup:lookup-verdicts`); the hover card shows the claim's one
// line from here. Only verdicts for the address the page is at are kept.
import { browser } from 'wxt/browser';
import { type LoadContentSchemas, loadContentSchemas } from './content-schemas-contract';
import type { LookupVerdicts } from './messages';

export type PressVerdict = LookupVerdicts['checks'][number];

const RANK = { differs: 0, matches: 1, absent: 2 } as const;

export class PressVerdicts {
  private url = '';
  private byClaim = new Map<string, PressVerdict>();
  private readonly listeners = new Set<() => void>();

  /** The most telling verdict for a claim (a difference before a match before an absence). */
  of(claimId: string, pageUrl: string): PressVerdict | null {
    return pageUrl === this.url ? this.byClaim.get(claimId) ?? null : null;
  }

  set(url: string, checks: PressVerdict[]): void {
    this.url = url;
    this.byClaim = new Map();
    for (const check of checks) {
      const known = this.byClaim.get(check.claimId);
      if (!known || RANK[check.verdict] < RANK[known.verdict]) this.byClaim.set(check.claimId, check);
    }
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Handles one runtime message; true when it was the popup's verdicts. They are kept once
   * LookupVerdictsSchema (zod/mini, in the lazily loaded schema script) accepts them.
   */
  async receive(raw: unknown, load: LoadContentSchemas = loadContentSchemas): Promise<boolean> {
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'popup:lookup-verdicts') return false;
    const verdicts = (await load())?.lookupVerdicts(raw);
    if (!verdicts) {
      console.warn('[claimcheck] content: press verdicts rejected');
      return false;
    }
    this.set(verdicts.url, verdicts.checks);
    return true;
  }
}

/** The one store of this content script; listens from the moment the card module loads. */
export const pressVerdicts = new PressVerdicts();
try {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    void pressVerdicts.receive(raw);
    return undefined;
  });
} catch {
  // No runtime (a page test without the extension APIs): the card simply shows no press line.
}
