import { useEffect, useMemo } from 'preact/hooks';
import { browserLookupOptionsDeps, createLookupOptions, type LookupOptions } from '@/utils/extension/lookup-options';
import { LOOKUP_SOURCES, type LookupSourceId } from '@/utils/lookup/schema';
import { useStore } from '../shared/use-store';
import { useWording } from '../shared/wording';

interface Props {
  /** Tests pass their own; the page makes one on the browser. */
  options?: LookupOptions;
}

/** Message keys per source: its name and one line on what it sends where (literal for the locale test). */
const WORDS: Record<LookupSourceId, { name: string; sends: string }> = {
  'article-links': { name: 'lookup_source_links', sends: 'lookup_source_links_sends' },
  newsroom: { name: 'lookup_source_newsroom', sends: 'lookup_source_newsroom_sends' },
  edgar: { name: 'lookup_source_edgar', sends: 'lookup_source_edgar_sends' },
  newswire: { name: 'lookup_source_newswire', sends: 'lookup_source_newswire_sends' },
  wikidata: { name: 'lookup_source_wikidata', sends: 'lookup_source_wikidata_sends' },
};

/** "Press-release lookups": one switch per source, all off until the reader turns one on. */
export function LookupSources({ options: given }: Props) {
  const { t } = useWording();
  const options = useMemo(() => given ?? createLookupOptions(browserLookupOptionsDeps()), [given]);
  const data = useStore(options.store);
  useEffect(() => {
    const stop = options.start().catch((error: unknown) => {
      console.warn('[claimcheck] lookup switches:', error);
      return () => undefined;
    });
    return () => void stop.then((s) => s());
  }, [options]);
  return (
    <section id="lookups" aria-labelledby="lookups-heading" data-testid="lookup-sources" data-loaded={data.loaded ? '' : undefined}>
      <h2 id="lookups-heading">{t('options_lookup_heading')}</h2>
      <p class="quiet">{t('options_lookup_intro')}</p>
      <ul class="hosts">
        {LOOKUP_SOURCES.map((source) => {
          const on = data.switches[source];
          const hintId = `lookup-${source}-sends`;
          return (
            <li key={source} data-source={source} style={{ display: 'block' }}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={on}
                  aria-describedby={hintId}
                  checked={on}
                  disabled={!data.loaded}
                  data-testid="lookup-source-switch"
                  data-source={source}
                  onClick={(event) => {
                    // Keep the box as stored until the browser answers; the store repaints it.
                    event.preventDefault();
                    void options.toggle(source, !on);
                  }}
                />{' '}
                <strong>{t(WORDS[source].name)}</strong>
              </label>
              <p class="quiet" id={hintId} style={{ margin: '2px 0 0' }}>{t(WORDS[source].sends)}</p>
              {data.refused === source && <p role="alert">{t('options_lookup_refused')}</p>}
              {on && !data.granted[source] && <p role="alert">{t('options_lookup_not_granted')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
