import type { Claim } from '@/utils/core/report';
import type { MemorySource } from '@/utils/extension/memory-popup';
import { useWording } from '../shared/wording';
import { MemoryList } from './MemoryList';
import { useMemory, type MemoryState } from './use-memory';

interface Props {
  /** The page the popup summarises; null while unknown. */
  url: string | null;
  /** Where the memory comes from: the background by default, a fake in tests. */
  source?: MemorySource;
  pageClaims?: Claim[];
  onShow?(claimId: string): void;
}

/**
 * The memory across articles in one block: what this article repeats or contradicts among the
 * others the reader has read, the "older articles removed" notice and the history link. The
 * popup itself places these pieces apart (conflicts first, the footer last) through `useMemory`.
 */
export function MemorySection({ url, source, pageClaims, onShow }: Props) {
  const memory = useMemory(url, source);
  return (
    <div class="memory-section" data-testid="memory">
      {memory.reply && <MemoryList claims={memory.reply.claims} pageClaims={pageClaims} onShow={onShow} />}
      <MemoryFooter memory={memory} />
    </div>
  );
}

/** The eviction notice (until dismissed) and the link to the history page. */
export function MemoryFooter({ memory }: { memory: MemoryState }) {
  const { t } = useWording();
  const { reply, dismiss, source } = memory;
  return (
    <div class="memory-footer">
      {reply && reply.evicted > 0 && (
        <p class="notice" role="status" data-testid="memory-notice">
          {t('memory_evicted')}{' '}
          <button type="button" class="link" data-nav="" onClick={dismiss}>
            {t('memory_dismiss')}
          </button>
        </p>
      )}
      <button type="button" class="link" data-testid="open-history" data-nav="" onClick={() => source.openHistory()}>
        {t('memory_history')}
      </button>
    </div>
  );
}
