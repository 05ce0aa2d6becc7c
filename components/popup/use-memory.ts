import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Claim } from '@/utils/core/report';
import { browserMemorySource, type MemorySource } from '@/utils/extension/memory-popup';
import type { MemoryClaim, MemoryReply } from '@/utils/extension/messages';
import { figureInSentence } from '@/utils/extension/summary-view';

export interface MemoryState {
  source: MemorySource;
  /** null until the background answers (or when it cannot). */
  reply: MemoryReply | null;
  /** Hides the "older articles were removed" notice, here and for the next popups. */
  dismiss(): void;
}

/**
 * What the memory says about the page at `url`; asks again when the background saves that page
 * while the popup is open.
 */
export function useMemory(url: string | null, given?: MemorySource): MemoryState {
  const source = useMemo(() => given ?? browserMemorySource(), [given]);
  const [reply, setReply] = useState<MemoryReply | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      if (url) void source.get(url).then((answer) => live && setReply(answer));
    };
    load();
    const stop = source.onSaved((saved) => {
      if (url && sameArticle(saved, url)) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [url, source]);
  const dismiss = () => {
    void source.dismissNotice();
    setReply((current) => current && { ...current, evicted: 0 });
  };
  return { source, reply, dismiss };
}

/** The background saves under a normalised URL (tracking parameters dropped): compare without query or fragment. */
function sameArticle(saved: string, url: string): boolean {
  return saved.split(/[?#]/)[0] === url.split(/[?#]/)[0];
}

/**
 * This page's claim a memory entry is about. The popup's answer carries the stored ids ("c1",
 * "c2"… in page order), the content script's the page's own: match the id, else the sentence
 * and the figure in it, else the stored position.
 */
export function pageClaimOf(entry: Pick<MemoryClaim, 'claimId' | 'sentence' | 'figure'>, claims: Claim[]): Claim | null {
  const byId = claims.find((claim) => claim.id === entry.claimId);
  if (byId) return byId;
  const bySentence = claims.find((claim) => {
    if (claim.sentence !== entry.sentence) return false;
    const span = figureInSentence(claim);
    return !span || claim.sentence.slice(span[0], span[1]) === entry.figure;
  });
  if (bySentence) return bySentence;
  const stored = /^c(\d+)$/.exec(entry.claimId);
  const candidate = stored ? claims[Number(stored[1]) - 1] : undefined;
  return candidate && candidate.sentence === entry.sentence ? candidate : null;
}

/** Ids of this page's claims that another article the reader has read contradicts. */
export function contradictedClaims(entries: MemoryClaim[], claims: Claim[]): string[] {
  return entries.filter((entry) => entry.conflicts.length > 0).flatMap((entry) => pageClaimOf(entry, claims)?.id ?? []);
}
