import { useWording } from '../shared/wording';

interface Props {
  /** Host names by language code, as in utils/extension/news-sites.json. */
  sites: Record<string, string[]>;
}

/** The built-in automatic list, read-only, one group per language. */
export function BuiltInSites({ sites }: Props) {
  const { t } = useWording();
  return (
    <div class="builtin" data-testid="builtin-sites">
      {Object.entries(sites).map(([lang, hosts]) => (
        <details key={lang}>
          <summary>
            {t(`options_lang_${lang}`) || lang} ({hosts.length})
          </summary>
          <ul class="builtin-hosts">
            {hosts.map((host) => (
              <li key={host}>{host}</li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
