import type { HistoryNotice } from './history-controller';
import { useWording } from '../shared/wording';

interface Props {
  notice: HistoryNotice | null;
  onDismiss(): void;
}

/** What the last action did. A refused import lists each problem with its line and reason. */
export function NoticeBar({ notice, onDismiss }: Props) {
  const { t, locale } = useWording();
  // The polite region is always in the page, so screen readers announce what appears in it;
  // failures use role="alert", which is announced as it is inserted.
  if (!notice) return <div role="status" aria-live="polite" />;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const failed = notice.kind === 'import-refused' || notice.kind === 'failed' || notice.kind === 'retention-invalid';
  let text: string;
  switch (notice.kind) {
    case 'imported': text = t('history_notice_imported', [number(notice.count)]); break;
    case 'import-refused': text = t('history_notice_import_refused'); break;
    case 'deleted-one': text = t('history_notice_deleted_one', [notice.title]); break;
    case 'deleted-all': text = t('history_notice_deleted_all', [number(notice.count)]); break;
    case 'retention-saved': text = t('history_notice_retention', [number(notice.days)]); break;
    case 'retention-invalid': text = t('history_notice_retention_invalid'); break;
    case 'failed': text = t('history_notice_failed', [notice.reason]); break;
  }
  const body = (
    <div role={failed ? 'alert' : undefined} class={failed ? 'notice notice-error' : 'notice'} data-testid="notice" data-kind={notice.kind}>
      <p>{text}</p>
      {notice.kind === 'import-refused' && (
        <ul data-testid="import-problems">
          {notice.problems.map((problem, i) => (
            <li key={i} data-line={problem.line ?? ''}>
              {problem.line === null ? '' : `${t('history_problem_line', [String(problem.line)])}${problem.path ? ', ' : ': '}`}
              {problem.path && <code>{problem.path}</code>}
              {problem.path ? ': ' : ''}
              {problem.reason}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link" onClick={onDismiss}>{t('history_notice_dismiss')}</button>
    </div>
  );
  return <div role="status" aria-live="polite">{body}</div>;
}
