// One MutationObserver for the whole page, its records batched: text added (infinite scroll,
// late paragraphs) and text changed or removed under the highlights are reported at most once
// per batch, never for our own nodes, and not while the tab is hidden.
import { isInCardHost } from './card-host';
import { STYLE_ELEMENT_ID } from './highlights';

export interface PageChange {
  /** Characters of text added in new nodes (counted up to a cap). */
  addedChars: number;
  /** Text was edited or nodes were removed: existing ranges may have moved or emptied. */
  changed: boolean;
}

export interface PageChangeOptions {
  doc: Document;
  signal: AbortSignal;
  onChange: (change: PageChange) => void;
  /** Wait this long after the first record before reporting, so a burst becomes one report. */
  batchMs?: number;
  /** Our own elements, whose changes are ignored. */
  isOurs?: (node: Node) => boolean;
}

const COUNT_CAP = 10_000;

/** The style element, the card's host and WXT's document styles for it. */
export function isClaimcheckNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.id === STYLE_ELEMENT_ID || el.hasAttribute('wxt-shadow-root-document-styles') || isInCardHost(el);
}

function textLength(node: Node, budget: number): number {
  if (node.nodeType === 3) return (node as Text).data.trim().length;
  if (node.nodeType !== 1) return 0;
  const name = (node as Element).localName;
  if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return 0;
  return Math.min(budget, (node.textContent ?? '').trim().length);
}

export function watchPageChanges({ doc, signal, onChange, batchMs = 120, isOurs = isClaimcheckNode }: PageChangeOptions): void {
  // Records are folded into the pending change as they arrive, so a hidden tab keeps a count,
  // not every record (and the removed nodes each one holds on to).
  let pending: PageChange = { addedChars: 0, changed: false };
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Hidden tab: one visibilitychange listener reschedules, not one per batch. */
  let waiting = false;

  const fold = (records: MutationRecord[]) => {
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        pending.changed = true;
        continue;
      }
      for (const node of record.removedNodes) if (!isOurs(node)) pending.changed = true;
      for (const node of record.addedNodes) {
        if (pending.addedChars >= COUNT_CAP || isOurs(node)) continue;
        pending.addedChars += textLength(node, COUNT_CAP - pending.addedChars);
      }
    }
  };

  const flush = () => {
    timer = null;
    if (signal.aborted) return;
    if (doc.visibilityState === 'hidden') {
      // Resume once the reader comes back; the changes keep adding up meanwhile.
      waiting = true;
      doc.addEventListener('visibilitychange', resume, { once: true, signal });
      return;
    }
    fold(observer.takeRecords());
    const change = pending;
    pending = { addedChars: 0, changed: false };
    if (change.changed || change.addedChars > 0) onChange(change);
  };

  function schedule() {
    if (timer === null && !waiting && !signal.aborted) timer = setTimeout(flush, batchMs);
  }
  function resume() {
    waiting = false;
    schedule();
  }

  const observer = new MutationObserver((records) => {
    fold(records);
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
    { once: true },
  );
}
