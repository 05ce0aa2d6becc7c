import type { PressRelease } from '@/utils/core/report';
import { useWording } from '../shared/wording';

interface Props {
  pressReleases: PressRelease[];
}

/** The host of a web address, or null for anything that is not http(s) (never linked). */
function webHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Links to the original press releases; a quiet line while there are none. */
export function PressReleaseList({ pressReleases }: Props) {
  const { t } = useWording();
  const links = pressReleases.flatMap((p) => {
    const host = webHost(p.url);
    return host ? [{ ...p, host }] : [];
  });
  return (
    <section class="section" aria-labelledby="press-heading">
      <h2 id="press-heading">{t('section_press_releases')}</h2>
      {links.length === 0 ? (
        <p class="quiet">{t('press_releases_none')}</p>
      ) : (
        <ul class="list">
          {links.map((p) => (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer noopener" data-testid="press-release" data-nav="">
                {p.subject ? `${p.subject}: ` : ''}
                {p.host}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
