import type { OptionsData } from '@/utils/extension/options-controller';
import { useWording } from '../shared/wording';
import { BuiltInSites } from './BuiltInSites';
import { HostList } from './HostList';
import { LookupSources } from './LookupSources';

interface Props {
  data: OptionsData;
  builtIn: Record<string, string[]>;
  onRemoveDisabled(host: string): void;
  onRemoveAlways(host: string): void;
}

/** Settings: the reader's two site lists, the built-in list, and what happens to their data. */
export function OptionsView({ data, builtIn, onRemoveDisabled, onRemoveAlways }: Props) {
  const { t } = useWording();
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <section aria-labelledby="disabled-heading">
        <h2 id="disabled-heading">{t('options_disabled_heading')}</h2>
        <HostList testid="disabled-hosts" hosts={data.disabled} empty={t('options_disabled_empty')} onRemove={onRemoveDisabled} />
      </section>
      <section aria-labelledby="always-heading">
        <h2 id="always-heading">{t('options_always_heading')}</h2>
        <HostList testid="always-hosts" hosts={data.always} empty={t('options_always_empty')} onRemove={onRemoveAlways} />
      </section>
      <section aria-labelledby="builtin-heading">
        <h2 id="builtin-heading">{t('options_builtin_heading')}</h2>
        <p class="quiet">{t('options_builtin_hint')}</p>
        <BuiltInSites sites={builtIn} />
      </section>
      <section aria-labelledby="history-heading" data-testid="history-link-section">
        <h2 id="history-heading">{t('options_history_heading')}</h2>
        <p>{t('options_history_text')}</p>
        <p>
          <a href="/reading-history.html" target="_blank" rel="noopener" data-testid="history-link">{t('options_history_link')}</a>
        </p>
      </section>
      <LookupSources />
      <section aria-labelledby="privacy-heading" data-testid="privacy">
        <h2 id="privacy-heading">{t('options_privacy_heading')}</h2>
        <p>{t('options_privacy_text')}</p>
        <p>{t('options_privacy_later')}</p>
      </section>
    </main>
  );
}
