import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserMemorySource, type MemorySource } from '@/utils/extension/memory-popup';
import type { MemoryReply } from '@/utils/extension/messages';
import { MemoryList } from './MemoryList';
import { useWording } from '../shared/wording';

interface Props {
  /** The page the popup summarises; null while unknown. */
  url: string | null;
  /** Where the memory comes from: the background by default, a fake in tests. */
  source?: MemorySource;
}

/**
 * The memory across articles in the popup: what this article repeats or contradicts among
 * those read before, the "older articles removed" notice, and the link to the history page.
 * Asks again when the background saves this page while the popup is open.
 */
export function MemorySection({ url, source: given }: Props) {
  const { t } = useWording();
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

  return (
    <div class="memory-section" data-testid="memory">
      {reply && reply.evicted > 0 && (
        <p class="notice" role="status" data-testid="memory-notice">
          {t('memory_evicted')}{' '}
          <button type="button" class="link" data-nav="" onClick={dismiss}>
            {t('memory_dismiss')}
          </button>
        </p>
      )}
      {reply && <MemoryList claims={reply.claims} />}
      <p class="memory-footer">
        <button type="button" class="link" data-testid="open-history" data-nav="" onClick={() => source.openHistory()}>
          {t('memory_history')}
        </button>
      </p>
    </div>
  );
}

/** The background saves under a normalised URL (tracking parameters dropped): compare without query or fragment. */
function sameArticle(saved: string, url: string): boolean {
  return saved.split(/[?#]/)[0] === url.split(/[?#]/)[0];
}
