import type { Claim } from '@/utils/core/report';
import type { MemoryClaim } from '@/utils/extension/messages';
import { memoryDate, outletList, safeLink } from '@/utils/extension/memory-view';
import { otherArticleReason } from '../shared/conflict-reason';
import { findFigure } from '../shared/excerpt';
import { useWording } from '../shared/wording';
import { ClaimButton } from './ClaimButton';
import { Quote } from './Quote';
import { pageClaimOf } from './use-memory';

type MemoryConflict = MemoryClaim['conflicts'][number];

interface ConflictProps {
  claims: MemoryClaim[];
  /** This page's claims, so that each conflict can show its claim on the page. */
  pageClaims?: Claim[];
  onShow?(claimId: string): void;
}

/**
 * This page's figures set against other articles the reader has read. The memory matches every
 * stored article, read before or after this one, so the heading says "your other reading" and
 * each item carries its article's date.
 */
export function MemoryConflicts({ claims, pageClaims = [], onShow }: ConflictProps) {
  const { t } = useWording();
  const conflicts = claims.flatMap((claim) => claim.conflicts.map((conflict) => ({ claim, conflict })));
  if (conflicts.length === 0) return null;
  return (
    <section class="section memory" aria-labelledby="memory-conflicts-heading">
      <h2 id="memory-conflicts-heading">{t('memory_conflicts_heading', [String(conflicts.length)])}</h2>
      <ul class="list">
        {conflicts.map(({ claim, conflict }) => (
          <ConflictItem key={`${claim.claimId} ${conflict.article.url} ${conflict.figure}`} claim={claim} conflict={conflict}
            here={pageClaimOf(claim, pageClaims)} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}

/** Statements of this page that other articles the reader has read also gave. */
export function MemoryRepeats({ claims }: { claims: MemoryClaim[] }) {
  const { t } = useWording();
  const repeats = claims.filter((claim) => claim.alsoReported.length > 0);
  if (repeats.length === 0) return null;
  return (
    <section class="section memory" aria-labelledby="memory-repeats-heading">
      <h2 id="memory-repeats-heading">{t('memory_repeats_heading', [String(repeats.length)])}</h2>
      <ul class="list">
        {repeats.map((claim) => (
          <RepeatItem key={claim.claimId} claim={claim} />
        ))}
      </ul>
    </section>
  );
}

/** Both lists, conflicts first. */
export function MemoryList(props: ConflictProps) {
  return (
    <>
      <MemoryConflicts {...props} />
      <MemoryRepeats claims={props.claims} />
    </>
  );
}

interface ItemProps {
  claim: MemoryClaim;
  conflict: MemoryConflict;
  /** This page's claim, when the popup knows it: a button that shows it on the page. */
  here: Claim | null;
  onShow?(claimId: string): void;
}

function ConflictItem({ claim, conflict, here, onShow }: ItemProps) {
  const w = useWording();
  const { t, locale } = w;
  const { article } = conflict;
  const link = safeLink(article.url);
  return (
    <li class="conflict" data-testid="memory-conflict" data-claim-id={here?.id ?? claim.claimId} data-outlet={article.outlet}>
      <p class="reason">
        <span class="reason-label">{t('memory_conflict_label', [article.outlet, memoryDate(article, locale)])}</span>{' '}
        <span class="memory-why">{otherArticleReason(conflict.reason, article.outlet, w)}</span>
      </p>
      {here && onShow ? (
        <ClaimButton claim={here} testid="claim-ref" onShow={onShow} />
      ) : (
        <p class="memory-here">
          {t('memory_this_article')} <mark class="figure">{claim.figure}</mark>
        </p>
      )}
      <p class="versus">{t('memory_other_says', [article.outlet])}</p>
      <div class="other-quote">
        <Quote sentence={conflict.quote} span={findFigure(conflict.quote, conflict.figure)} />
        {link && (
          <a class="memory-link" href={link} target="_blank" rel="noopener noreferrer" data-nav=""
            aria-label={t('memory_open_article', [article.title || link, article.outlet])}>
            {article.title || link}
          </a>
        )}
      </div>
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
