import type { ComponentChildren } from 'preact';
import type { PressRelease } from '@/utils/core/report';
import { hostOf } from '@/utils/extension/site';
import { useWording } from '../shared/wording';

interface Props {
  pressReleases: PressRelease[];
  /** The lookup panel, under the article's own links. */
  children?: ComponentChildren;
}

/** The press-release check: the releases the article links to (a quiet line when none), then the lookup. */
export function PressReleaseList({ pressReleases, children }: Props) {
  const { t } = useWording();
  const links = pressReleases.flatMap((p) => {
    const host = hostOf(p.url); // null for anything not http(s): never linked
    return host ? [{ ...p, host }] : [];
  });
  return (
    <section class="section press" aria-labelledby="press-heading">
      <h2 id="press-heading">{t('section_press_releases')}</h2>
      {links.length === 0 ? (
        <p class="quiet">{t('press_releases_none_in_article')}</p>
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
      {children}
    </section>
  );
}
