import { useEffect, useMemo } from 'preact/hooks';
import { browserLookupDeps, openLookupOptions } from '@/utils/extension/lookup-browser';
import { createLookupController, lookupPageOf, type LookupController } from '@/utils/extension/lookup-controller';
import type { PageSummary } from '@/utils/extension/messages';
import { useStore } from '../shared/use-store';
import { useWording } from '../shared/wording';
import { LookupResults } from './LookupResults';

interface Props {
  /** The page's summary from its content script. */
  summary: PageSummary;
  tabId: number | null;
  /** Tests pass their own; the popup makes one on the browser. */
  controller?: LookupController;
  onOpenSettings?(): void;
}

/** "Look up press releases for this page": the button, its progress, then what was found. */
export function LookupPanel({ summary, tabId, controller: given, onOpenSettings = () => void openLookupOptions() }: Props) {
  const { t } = useWording();
  const controller = useMemo(() => given ?? createLookupController(browserLookupDeps()), [given]);
  const page = useMemo(() => lookupPageOf(summary), [summary]);
  const { view } = useStore(controller.store);
  useEffect(() => {
    if (page) void controller.prepare(page, tabId);
  }, [controller, page, tabId]);
  if (view.phase === 'unknown' || !page) return null;
  return (
    // Sits under the press-release links, which give the section its heading.
    <div class="lookup" aria-labelledby="press-heading" role="group" data-testid="lookup" data-phase={view.phase}>
      {view.phase === 'off' ? (
        <button type="button" class="link" data-testid="lookup-settings" data-nav="" onClick={onOpenSettings}>
          {t('lookup_turn_on')}
        </button>
      ) : (
        <button
          type="button"
          class="claim"
          data-testid="lookup-button"
          data-nav=""
          disabled={view.phase === 'running'}
          aria-busy={view.phase === 'running'}
          onClick={() => void controller.lookUp()}
        >
          {t('lookup_button')}
        </button>
      )}
      <p class="quiet" role="status" data-testid="lookup-status">
        {view.phase === 'running' && t('lookup_running')}
        {view.phase === 'refused' && t('lookup_refused')}
        {view.phase === 'failed' && t('lookup_failed', [view.error])}
        {view.phase === 'done' && view.cached && t('lookup_cached')}
      </p>
      {view.phase === 'done' && <LookupResults outcome={view.outcome} report={page.report} />}
    </div>
  );
}
