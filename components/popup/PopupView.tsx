import type { PopupData } from '@/utils/extension/popup-controller';
import { summaryView } from '@/utils/extension/summary-view';
import { ClaimList } from './ClaimList';
import { ConflictList } from './ConflictList';
import { DuplicateList } from './DuplicateList';
import { EntityList } from './EntityList';
import { MemorySection } from './MemorySection';
import { PressReleaseList } from './PressReleaseList';
import { LookupPanel } from './LookupPanel';
import { SiteControls } from './SiteControls';
import { StateNotice } from './StateNotice';
import { useWording } from '../shared/wording';

export interface PopupActions {
  onShow(claimId: string): void;
  onSiteEnabled(enabled: boolean): void;
  onAlwaysRun(always: boolean): void;
  onOpenOptions(): void;
}

interface Props extends PopupActions {
  data: PopupData;
}

/** The whole popup: header, site switches, what happened, then the page summary. */
export function PopupView({ data, onShow, onSiteEnabled, onAlwaysRun, onOpenOptions }: Props) {
  const { t, locale } = useWording();
  const summary = data.outcome.summary;
  const read = data.outcome.state === 'ok' || data.outcome.state === 'no-claims';
  const view = read && summary?.report ? summaryView(summary.report) : null;
  const plural = view && new Intl.PluralRules(locale).select(view.claims.length);
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
      <SiteControls data={data} onSiteEnabled={onSiteEnabled} onAlwaysRun={onAlwaysRun} />
      {view && (
        <>
          <ConflictList view={view} onShow={onShow} />
          <DuplicateList view={view} onShow={onShow} />
          <ClaimList view={view} onShow={onShow} />
          <EntityList entities={view.entities} />
          {view.claims.length > 0 && <PressReleaseList pressReleases={view.pressReleases} />}
          {view.claims.length > 0 && summary && <LookupPanel summary={summary} tabId={data.tabId} />}
        </>
      )}
      {/* The memory across articles: what this article repeats or contradicts among those read before. */}
      <MemorySection url={read ? (summary?.url ?? null) : null} />
    </main>
  );
}
