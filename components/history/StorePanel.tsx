import { useEffect, useRef, useState } from 'preact/hooks';
import { useWording } from '../shared/wording';
import type { PreparedFile } from './download';
import type { HistoryUsage } from './history-controller';
import { formatBytes } from './format';

interface Props {
  usage: HistoryUsage | null;
  /** Articles read from the store so far: the count the confirmation names. */
  articles: number;
  retentionDays: number | null;
  exported: PreparedFile | null;
  busy: boolean;
  onExport(kind: 'json' | 'csv'): void;
  onImport(file: File): void;
  onDeleteAll(): void;
  onRetention(days: number): void;
}

/** Storage used, retention, export, import and "delete all" (after a confirmation). */
export function StorePanel({ usage, articles, retentionDays, exported, busy, onExport, onImport, onDeleteAll, onRetention }: Props) {
  const { t, locale } = useWording();
  const [confirming, setConfirming] = useState(false);
  const [days, setDays] = useState(retentionDays === null ? '' : String(retentionDays));
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteAllRef = useRef<HTMLButtonElement>(null);
  const exportRef = useRef<HTMLAnchorElement>(null);
  // A new export starts its download at once; the link stays to save it again.
  useEffect(() => {
    if (exported) exportRef.current?.click();
  }, [exported?.href]);
  useEffect(() => setDays(retentionDays === null ? '' : String(retentionDays)), [retentionDays]);
  // Focus goes into the confirmation when it opens, and back to "Delete all…" when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (opened.current) deleteAllRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  const closeConfirm = () => setConfirming(false);
  const number = new Intl.NumberFormat(locale);

  return (
    <section class="panel" aria-labelledby="store-heading" data-testid="store-panel">
      <h2 id="store-heading">{t('history_store_heading')}</h2>
      <p data-testid="storage-used">
        {usage
          ? t('history_storage_records', [number.format(usage.articles)])
          : t('history_storage_counting')}
        {usage?.originUsage != null && (
          <span class="quiet"> {t('history_storage_origin', [formatBytes(usage.originUsage, locale), usage.originQuota ? formatBytes(usage.originQuota, locale) : '?'])}</span>
        )}
      </p>

      <form class="row" onSubmit={(event) => {
        event.preventDefault();
        onRetention(Number(days));
      }}>
        <label class="field" for="retention-days">{t('history_retention_label')}</label>
        <input id="retention-days" data-testid="retention" type="number" min={1} max={3650} step={1} required value={days}
          aria-describedby="retention-hint" onInput={(event) => setDays(event.currentTarget.value)} />
        <button type="submit" class="secondary" data-testid="retention-save">{t('history_retention_save')}</button>
        <span id="retention-hint" class="quiet">{t('history_retention_hint')}</span>
      </form>

      <div class="row">
        <button type="button" class="secondary" data-testid="export-json" disabled={busy} onClick={() => onExport('json')}>{t('history_export_json')}</button>
        <button type="button" class="secondary" data-testid="export-csv" disabled={busy} onClick={() => onExport('csv')}>{t('history_export_csv')}</button>
        {exported && (
          <a href={exported.href} download={exported.name} ref={exportRef} data-testid="export-link">
            {t('history_export_again', [exported.name, formatBytes(exported.bytes, locale)])}
          </a>
        )}
      </div>

      <div class="row">
        <label class="field" for="import-file">{t('history_import_label')}</label>
        <input id="import-file" data-testid="import" type="file" accept=".json,application/json" disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onImport(file);
            event.currentTarget.value = ''; // the same file may be chosen again
          }} />
      </div>

      <div class="row">
        <button type="button" class="danger" ref={deleteAllRef} data-testid="delete-all" disabled={busy} aria-expanded={confirming} onClick={() => setConfirming(true)}>
          {t('history_delete_all')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm-delete-all"
          onKeyDown={(event) => event.key === 'Escape' && closeConfirm()}>
          <p id="confirm-text">{t('history_delete_all_confirm', [number.format(usage?.articles ?? articles)])}</p>
          <button type="button" class="danger" data-testid="confirm-delete-all-yes" onClick={() => {
            setConfirming(false);
            onDeleteAll();
          }}>{t('history_delete_all_yes')}</button>{' '}
          <button type="button" class="secondary" ref={cancelRef} data-testid="confirm-delete-all-no" onClick={closeConfirm}>{t('history_cancel')}</button>
        </div>
      )}
    </section>
  );
}
