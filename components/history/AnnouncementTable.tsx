import { useEffect, useState } from 'preact/hooks';
import type { Announcement } from '../../utils/memory/history';
import { useWording } from '../shared/wording';
import { AnnouncementRow } from './AnnouncementRow';

/** Rows rendered at once; more on request, so ten thousand articles never become one huge table. */
export const ROWS_PER_PAGE = 30;

interface Props {
  announcements: Announcement[];
  /** Changes whenever the filter does, so the table starts again from its first page. */
  filterKey: string;
  onDelete(url: string, title: string): void;
}

export function AnnouncementTable({ announcements, filterKey, onDelete }: Props) {
  const { t } = useWording();
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  useEffect(() => setShown(ROWS_PER_PAGE), [filterKey]);
  const rows = announcements.slice(0, shown);
  return (
    <>
      <table role="table" class="announcements" data-testid="announcements">
        <caption class="visually-hidden">{t('history_table_caption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('history_col_company')}</th>
            <th role="columnheader" scope="col">{t('history_col_statement')}</th>
            <th role="columnheader" scope="col">{t('history_col_dates')}</th>
            <th role="columnheader" scope="col">{t('history_col_reports')}</th>
            <th role="columnheader" scope="col">{t('history_col_conflicts')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((announcement) => (
            <AnnouncementRow key={announcement.id} announcement={announcement} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
      {announcements.length > shown && (
        <p>
          <button type="button" class="secondary" data-testid="show-more" onClick={() => setShown(shown + ROWS_PER_PAGE)}>
            {t('history_show_more', [String(Math.min(ROWS_PER_PAGE, announcements.length - shown)), String(announcements.length - shown)])}
          </button>
        </p>
      )}
    </>
  );
}
