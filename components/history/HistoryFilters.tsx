import type { HistoryFilter } from '../../utils/memory/history-filter';
import { useWording } from '../shared/wording';

interface Props {
  filter: HistoryFilter;
  languages: string[];
  onChange(filter: HistoryFilter): void;
}

const KNOWN_LANGUAGES = new Set(['en', 'fr', 'de', 'es']);

/** Search by company, date range, language, conflicts only: every control has its own label. */
export function HistoryFilters({ filter, languages, onChange }: Props) {
  const { t } = useWording();
  const set = (patch: Partial<HistoryFilter>) => onChange({ ...filter, ...patch });
  const day = (value: string) => (value === '' ? null : value);
  return (
    <form class="filters" role="search" aria-label={t('history_filters_label')} onSubmit={(event) => event.preventDefault()}>
      <label class="field grow">
        <span>{t('history_search_label')}</span>
        <input type="search" data-testid="search" value={filter.company} placeholder={t('history_search_placeholder')}
          onInput={(event) => set({ company: event.currentTarget.value })} />
      </label>
      <label class="field">
        <span>{t('history_from_label')}</span>
        <input type="date" data-testid="from" value={filter.from ?? ''} onChange={(event) => set({ from: day(event.currentTarget.value) })} />
      </label>
      <label class="field">
        <span>{t('history_to_label')}</span>
        <input type="date" data-testid="to" value={filter.to ?? ''} onChange={(event) => set({ to: day(event.currentTarget.value) })} />
      </label>
      <label class="field">
        <span>{t('history_lang_label')}</span>
        <select data-testid="lang" value={filter.lang ?? ''} onChange={(event) => set({ lang: event.currentTarget.value || null })}>
          <option value="">{t('history_lang_any')}</option>
          {languages.map((lang) => (
            <option key={lang} value={lang}>{KNOWN_LANGUAGES.has(lang) ? t(`options_lang_${lang}`) : lang}</option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" data-testid="conflicts-only" checked={filter.conflictsOnly} onChange={(event) => set({ conflictsOnly: event.currentTarget.checked })} />
        <span>{t('history_conflicts_only')}</span>
      </label>
    </form>
  );
}
