import { useMemo, useState } from 'preact/hooks';
import { filterAnnouncements, languagesOf, NO_FILTER, type HistoryFilter } from '../../utils/memory/history-filter';
import { useWording } from '../shared/wording';
import { AnnouncementTable } from './AnnouncementTable';
import type { PreparedFile } from './download';
import type { HistoryData } from './history-controller';
import { HistoryFilters } from './HistoryFilters';
import { NoticeBar } from './NoticeBar';
import { StorePanel } from './StorePanel';

export interface HistoryActions {
  onExport(kind: 'json' | 'csv'): void;
  onImport(file: File): void;
  onDeleteArticle(url: string, title: string): void;
  onDeleteAll(): void;
  onRetention(days: number): void;
  onDismiss(): void;
}

interface Props extends HistoryActions {
  data: HistoryData;
  exported: PreparedFile | null;
  busy: boolean;
}

/** The reader's history: announcements (one row per statement, every outlet) and the store's management. */
export function HistoryView({ data, exported, busy, ...actions }: Props) {
  const { t, locale } = useWording();
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const shown = useMemo(() => filterAnnouncements(data.announcements, filter), [data.announcements, filter]);
  const languages = useMemo(() => languagesOf(data.announcements), [data.announcements]);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);

  let status: string;
  if (data.phase === 'opening') status = t('history_status_opening');
  else if (data.phase === 'error') status = t('history_status_error', [data.error ?? '']);
  else if (data.phase === 'partial') status = t('history_status_partial', [number(data.articles)]);
  else if (shown.length === data.announcements.length) status = t('history_status_complete', [number(shown.length), number(data.articles)]);
  else status = t('history_status_filtered', [number(shown.length), number(data.announcements.length)]);

  return (
    <main class="history">
      <header>
        <h1>{t('history_title')}</h1>
        <p class="quiet">{t('history_intro')}</p>
      </header>
      <NoticeBar notice={data.notice} onDismiss={actions.onDismiss} />
      <section aria-labelledby="announcements-heading">
        <h2 id="announcements-heading" tabIndex={-1}>{t('history_announcements_heading')}</h2>
        <HistoryFilters filter={filter} languages={languages} onChange={setFilter} />
        <p class={data.phase === 'error' ? 'status error' : 'status'} data-testid="history-status" data-phase={data.phase} aria-live="polite">{status}</p>
        {data.phase !== 'opening' && data.articles === 0 && <p class="quiet" data-testid="history-empty">{t('history_empty')}</p>}
        {shown.length > 0 && <AnnouncementTable announcements={shown} filterKey={JSON.stringify(filter)} onDelete={actions.onDeleteArticle} />}
      </section>
      <StorePanel usage={data.usage} articles={data.articles} retentionDays={data.retentionDays} exported={exported} busy={busy}
        onExport={actions.onExport} onImport={actions.onImport} onDeleteAll={actions.onDeleteAll} onRetention={actions.onRetention} />
    </main>
  );
}
