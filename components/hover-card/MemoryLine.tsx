// The hover card's line about earlier reading: "Also reported by …" and "Conflicts with what
// you read in … on …", with a link back. Reads the content script's PageMemory and repaints
// itself when the background's answer arrives after the card opened.
import { useEffect, useState } from 'preact/hooks';
import type { Wording } from '@/utils/describe-claim';
import { pageMemory, type PageMemory } from '@/utils/extension/memory-page';
import { memoryDate, outletList, safeLink } from '@/utils/extension/memory-view';

interface Props {
  claimId: string;
  wording: Wording;
  memory?: PageMemory;
}

export function MemoryLine({ claimId, wording: w, memory = pageMemory }: Props) {
  const [found, setFound] = useState(() => memory.of(claimId));
  useEffect(() => {
    setFound(memory.of(claimId));
    return memory.subscribe(() => setFound(memory.of(claimId)));
  }, [claimId, memory]);
  if (!found || found.conflicts.length + found.alsoReported.length === 0) return null;
  const repeats = found.alsoReported.map((repeat) => repeat.article);
  return (
    <ul class="checks" data-testid="card-memory" style={{ marginTop: '0.35rem' }}>
      {found.conflicts.map((conflict) => {
        const link = safeLink(conflict.article.url);
        return (
          <li key={`${conflict.article.url} ${conflict.figure}`} class="check" data-check="conflict" data-memory="conflict">
            <span class="check-text">{w.t('memory_card_conflict', [conflict.article.outlet, memoryDate(conflict.article, w.locale)])}</span>
            <q class="quote">{conflict.quote}</q>
            {link && (
              <a class="link" href={link} target="_blank" rel="noopener noreferrer">
                {conflict.article.title || link}
              </a>
            )}
          </li>
        );
      })}
      {repeats.length > 0 && (
        <li class="check" data-check="duplicate" data-memory="also-reported">
          <span class="check-text">{w.t('memory_also_reported', [outletList(repeats, w.locale)])}</span>
        </li>
      )}
    </ul>
  );
}
