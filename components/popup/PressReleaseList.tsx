import type { PressRelease } from '@/utils/core/report';
import { useWording } from '../shared/wording';

interface Props {
  pressReleases: PressRelease[];
}

/** Links to the original press releases; a quiet line while there are none. */
export function PressReleaseList({ pressReleases }: Props) {
  const { t } = useWording();
  return (
    <section class="section" aria-labelledby="press-heading">
      <h2 id="press-heading">{t('section_press_releases')}</h2>
      {pressReleases.length === 0 ? (
        <p class="quiet">{t('press_releases_none')}</p>
      ) : (
        <ul class="list">
          {pressReleases.map((p) => (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer noopener" data-testid="press-release" data-nav="">
                {p.subject ? `${p.subject}: ` : ''}
                {new URL(p.url).hostname}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
