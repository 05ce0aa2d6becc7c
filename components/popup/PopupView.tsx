import type { MemorySource } from '@/utils/extension/memory-popup';
import type { PopupData } from '@/utils/extension/popup-controller';
import { summaryView } from '@/utils/extension/summary-view';
import { ClaimList } from './ClaimList';
import { ConflictList } from './ConflictList';
import { DuplicateList } from './DuplicateList';
import { EntityList } from './EntityList';
import { MemoryConflicts, MemoryRepeats } from './MemoryList';
import { MemoryFooter } from './MemorySection';
import { PressReleaseList } from './PressReleaseList';
import { LookupPanel } from './LookupPanel';
import { SiteControls } from './SiteControls';
import { StateNotice } from './StateNotice';
import { contradictedClaims, useMemory } from './use-memory';
import { useWording } from '../shared/wording';

export interface PopupActions {
  onShow(claimId: string): void;
  onSiteEnabled(enabled: boolean): void;
  onAlwaysRun(always: boolean): void;
  onOpenOptions(): void;
}

interface Props extends PopupActions {
  data: PopupData;
  /** The memory across articles: the background by default, a fake in tests. */
  memorySource?: MemorySource;
}

/**
 * The whole popup, in the order a reader needs it: what happened, then what disagrees (within
 * the page, then with the reader's other articles), what the press release says, statements
 * made more than once, the other claims, who and where; the switches and links last.
 */
export function PopupView({ data, onShow, onSiteEnabled, onAlwaysRun, onOpenOptions, memorySource }: Props) {
  const { t, locale } = useWording();
  const summary = data.outcome.summary;
  const read = data.outcome.state === 'ok' || data.outcome.state === 'no-claims';
  const view = read && summary?.report ? summaryView(summary.report) : null;
  const plural = view && new Intl.PluralRules(locale).select(view.claims.length);
  const memory = useMemory(read ? (summary?.url ?? null) : null, memorySource);
  const remembered = memory.reply?.claims ?? [];
  const contradicted = new Set(view ? contradictedClaims(remembered, view.claims) : []);
  return (
    <main class="popup">
      <header class="header">
        <h1>{t('ext_name')}</h1>
        <button type="button" class="link" data-testid="open-options" data-nav="" onClick={onOpenOptions}>
          {t('popup_settings')}
        </button>
      </header>
      <StateNotice outcome={data.outcome} host={data.host} title={summary?.title} />
      {view && (
        <p class="count" data-testid="claim-count">
          {t(plural === 'one' ? 'claim_count_one' : 'claim_count_other', [String(view.claims.length)])}
        </p>
      )}
      {view && (
        <>
          <ConflictList view={view} onShow={onShow} />
          {view.claims.length > 1 && view.conflicts.length === 0 && (
            <p class="quiet all-clear" data-testid="no-conflicts">{t('conflicts_none')}</p>
          )}
          <MemoryConflicts claims={remembered} pageClaims={view.claims} onShow={onShow} />
          {view.claims.length > 0 && (
            <PressReleaseList pressReleases={view.pressReleases}>
              {summary && <LookupPanel summary={summary} tabId={data.tabId} />}
            </PressReleaseList>
          )}
          <DuplicateList view={view} onShow={onShow} contradicted={contradicted} />
          <MemoryRepeats claims={remembered} />
          <ClaimList view={view} onShow={onShow} contradicted={contradicted} />
          <EntityList entities={view.entities} />
        </>
      )}
      <footer class="footer">
        <SiteControls data={data} onSiteEnabled={onSiteEnabled} onAlwaysRun={onAlwaysRun} />
        <MemoryFooter memory={memory} />
      </footer>
    </main>
  );
}
