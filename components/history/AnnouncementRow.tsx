import { useState } from 'preact/hooks';
import type { Announcement } from '../../utils/memory/history';
import type { SeenElsewhere } from '../../utils/memory/match';
import { describeMetric, describeStatus } from '../../utils/describe-claim';
import { useWording } from '../shared/wording';
import { safeLink } from '../../utils/extension/memory-view';
import { describeFigure, formatDay } from './format';

interface Props {
  announcement: Announcement;
  onDelete(url: string, title: string): void;
}

/** Reports and conflicts shown before the row is expanded: a story covered a hundred times stays one short row. */
export const SHOWN_PER_ROW = 5;

/** The articles named by one of the announcement's conflicts. */
function conflictingArticles(announcement: Announcement): Set<string> {
  return new Set(announcement.conflicts.flatMap(({ a, b }) => [a.article.id, b.article.id]));
}

function Report({ report, conflicting, onDelete }: { report: SeenElsewhere; conflicting: boolean; onDelete: Props['onDelete'] }) {
  const w = useWording();
  const { article, claim } = report;
  const href = safeLink(article.url); // javascript:, data: and the like stay text
  const day = article.published ?? null;
  return (
    <li class={conflicting ? 'report conflicting' : 'report'} data-testid="report" data-url={article.url}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={article.title} data-testid="report-link">{article.outlet}</a>
      ) : (
        <span title={article.title}>{article.outlet}</span>
      )}{' '}
      <span class="figure" title={claim.figure} data-testid="report-figure">{describeFigure(claim, w)}</span>{' '}
      <span class="quiet">
        {day ? formatDay(day, w.locale) : w.t('history_undated')} · <span lang={article.lang}>{article.lang}</span>
      </span>
      {conflicting && <span class="chip conflict">{w.t('history_conflict_chip')}</span>}
      <button type="button" class="remove" aria-label={w.t('history_delete_article_label', [article.title || article.url])} onClick={() => onDelete(article.url, article.title)}>
        {w.t('history_delete_article')}
      </button>
    </li>
  );
}

/** One announcement: the company, what was announced, every outlet's figure and the conflicts. */
export function AnnouncementRow({ announcement: a, onDelete }: Props) {
  const w = useWording();
  const [expanded, setExpanded] = useState(false);
  const conflicting = conflictingArticles(a);
  const what = [describeMetric(a.metric, w), a.place, describeStatus(a.status, w)].filter(Boolean).join(' · ');
  const days = a.from === a.to ? formatDay(a.from, w.locale) : `${formatDay(a.from, w.locale)} – ${formatDay(a.to, w.locale)}`;
  const long = a.reports.length > SHOWN_PER_ROW || a.conflicts.length > SHOWN_PER_ROW;
  const reports = expanded ? a.reports : a.reports.slice(0, SHOWN_PER_ROW);
  const conflicts = expanded ? a.conflicts : a.conflicts.slice(0, SHOWN_PER_ROW);
  // Explicit roles: the narrow layout restyles the table as cards, which may drop its semantics.
  return (
    <tr role="row" data-testid="announcement" data-id={a.id} data-conflicts={a.conflicts.length} class={a.conflicts.length ? 'has-conflict' : undefined}>
      <th role="rowheader" scope="row" data-testid="announcement-company">{a.company}</th>
      <td role="cell" data-label={w.t('history_col_statement')}>{what}</td>
      <td role="cell" class="days" data-label={w.t('history_col_dates')}>{days}</td>
      <td role="cell" data-label={w.t('history_col_reports')}>
        <ul class="reports" aria-label={w.t('history_reports_label', [String(a.reports.length)])}>
          {reports.map((report) => (
            <Report key={`${report.article.id}/${report.claim.id}`} report={report} conflicting={conflicting.has(report.article.id)} onDelete={onDelete} />
          ))}
        </ul>
        {long && (
          <button type="button" class="link" aria-expanded={expanded} data-testid="expand-row" onClick={() => setExpanded(!expanded)}>
            {expanded ? w.t('history_reports_fewer') : w.t('history_reports_more', [String(a.reports.length)])}
          </button>
        )}
      </td>
      <td role="cell" data-testid="announcement-conflicts" data-label={w.t('history_col_conflicts')}>
        {a.conflicts.length === 0 ? (
          <span class="quiet">{w.t('history_no_conflict')}</span>
        ) : (
          <ul class="conflicts">
            {conflicts.map(({ a: one, b: other, reason }) => (
              <li key={`${one.article.id}/${one.claim.id}-${other.article.id}/${other.claim.id}`} data-testid="conflict">
                <strong class="conflict-mark">{w.t('history_conflict_chip')}</strong>{' '}
                {w.t('history_conflict_pair', [one.article.outlet, describeFigure(one.claim, w), other.article.outlet, describeFigure(other.claim, w)])}
                <span class="quiet"> — {reason}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
