// The content script's side of the memory across articles: once the page is analysed, tell
// the background (which saves it and matches it against earlier reading) and keep its answer
// for the hover card. Nothing here changes the page.
import { findOutlet } from '../page/metadata';
import type { Claim } from '../core/report';
import { type LoadContentSchemas, loadContentSchemas } from './content-schemas-contract';
import type { MemoryClaim, PageAnalysed, PageSummary } from './messages';

export type SendMessage = (message: unknown) => Promise<unknown>;

/** What the memory said about this page's claims, by the page's claim id. Cards subscribe to it. */
export class PageMemory {
  private byClaim = new Map<string, MemoryClaim>();
  private readonly listeners = new Set<() => void>();
  /** The page and claims last sent: a re-run that found the same claims is not sent again. */
  lastSent: string | null = null;

  of(claimId: string): MemoryClaim | null {
    return this.byClaim.get(claimId) ?? null;
  }

  set(claims: MemoryClaim[]): void {
    this.byClaim = new Map(claims.map((claim) => [claim.claimId, claim]));
    for (const listener of this.listeners) listener();
  }

  clear(): void {
    if (this.byClaim.size > 0) this.set([]);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The one PageMemory of this content script (each injection has its own module instance). */
export const pageMemory = new PageMemory();

/** The message for an analysed page; null when there is nothing to remember (no claims, not analysed). */
export function pageAnalysedMessage(summary: PageSummary, outlet: string | null): PageAnalysed | null {
  const doc = summary.report?.documents[0];
  if (summary.state !== 'ok' || !doc || doc.claims.length === 0) return null;
  return {
    type: 'content:page-analysed',
    url: summary.url,
    title: summary.title,
    outlet,
    published: summary.published ?? null,
    lang: doc.lang,
    // The memory keeps claims only: the entities (most of a long page's report) stay here.
    document: { ...doc, entities: [] },
  };
}

/**
 * Sends the analysed page to the background and keeps what the memory says about its claims.
 * Never throws: without a background (extension reloading) the card simply has no memory line.
 */
export async function rememberPage(summary: PageSummary, doc: Document, send: SendMessage, memory = pageMemory, load: LoadContentSchemas = loadContentSchemas): Promise<void> {
  const message = pageAnalysedMessage(summary, findOutlet(doc));
  if (!message) {
    memory.lastSent = null;
    return memory.clear();
  }
  // Pages that keep changing (tickers, comments) are re-analysed often; the claims rarely change.
  const sent = claimsFingerprint(message.url, message.document.claims);
  if (sent === memory.lastSent) return;
  memory.lastSent = sent;
  try {
    // MemoryReplySchema (zod/mini) comes with the lazily loaded schema script; without it the reply is refused.
    const raw = await send(message);
    const reply = (await load())?.memoryReply(raw) ?? null;
    memory.set(reply ? reply.claims : []);
  } catch {
    memory.lastSent = null;
    memory.clear();
  }
}

/** What the memory's answer depends on: the page and, per claim, what it says and where. */
function claimsFingerprint(url: string, claims: Claim[]): string {
  const parts = [url];
  for (const c of claims) parts.push(`${c.id} ${c.start} ${c.end} ${c.metric} ${c.amount} ${c.amount_max} ${c.currency} ${c.subject} ${c.location} ${c.status} ${c.qualifier} ${c.period}`);
  return parts.join('\n');
}
