import type { MemoryClaim } from '@/utils/extension/messages';
import { memoryDate, outletList, safeLink } from '@/utils/extension/memory-view';
import { useWording } from '../shared/wording';

type MemoryConflict = MemoryClaim['conflicts'][number];

interface Props {
  claims: MemoryClaim[];
}

/**
 * "Read before": this page's statements set against articles read earlier. One item per
 * conflict (the other article's outlet, date, quote and link), one per statement that other
 * outlets also reported.
 */
export function MemoryList({ claims }: Props) {
  const { t } = useWording();
  const conflicts = claims.flatMap((claim) => claim.conflicts.map((conflict) => ({ claim, conflict })));
  const repeats = claims.filter((claim) => claim.alsoReported.length > 0);
  if (conflicts.length + repeats.length === 0) return null;
  return (
    <section class="section memory" aria-labelledby="memory-heading">
      <h2 id="memory-heading">{t('memory_heading')}</h2>
      <ul class="list">
        {conflicts.map(({ claim, conflict }) => (
          <ConflictItem key={`${claim.claimId} ${conflict.article.url} ${conflict.figure}`} claim={claim} conflict={conflict} />
        ))}
        {repeats.map((claim) => (
          <RepeatItem key={claim.claimId} claim={claim} />
        ))}
      </ul>
    </section>
  );
}

function ConflictItem({ claim, conflict }: { claim: MemoryClaim; conflict: MemoryConflict }) {
  const { t, locale } = useWording();
  const { article } = conflict;
  const link = safeLink(article.url);
  return (
    <li class="conflict" data-testid="memory-conflict" data-claim-id={claim.claimId} data-outlet={article.outlet}>
      <p class="reason">
        <span class="reason-label">{t('memory_conflict_label', [article.outlet, memoryDate(article, locale)])}</span>
      </p>
      <p class="memory-here">
        {t('memory_this_article')} <mark class="figure">{claim.figure}</mark>
      </p>
      <q class="quote">{conflict.quote}</q>
      <p class="memory-why">{conflict.reason}</p>
      {link && (
        <a class="memory-link" href={link} target="_blank" rel="noopener noreferrer" data-nav="">
          {article.title || link}
        </a>
      )}
    </li>
  );
}

function RepeatItem({ claim }: { claim: MemoryClaim }) {
  const { t, locale } = useWording();
  const articles = claim.alsoReported.map((repeat) => repeat.article);
  return (
    <li class="memory-repeat" data-testid="also-reported" data-claim-id={claim.claimId}>
      <mark class="figure">{claim.figure}</mark> {t('memory_also_reported', [outletList(articles, locale)])}
      <ul class="memory-sources">
        {articles.map((article) => {
          const link = safeLink(article.url);
          return (
            <li key={article.url}>
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer" data-nav="">
                  {article.outlet}
                </a>
              ) : (
                article.outlet
              )}{' '}
              <span class="memory-date">{memoryDate(article, locale)}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
