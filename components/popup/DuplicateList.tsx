import type { SummaryView } from '@/utils/extension/summary-view';
import { describeClaimLine } from '@/utils/describe-claim';
import { ClaimButton } from './ClaimButton';
import { useWording } from '../shared/wording';

interface Props {
  view: SummaryView;
  onShow(claimId: string): void;
  /** Claims another article the reader has read contradicts (listed above, flagged here). */
  contradicted?: Set<string>;
}

/** Statements made more than once: the first mention in full, the others as short links. */
export function DuplicateList({ view, onShow, contradicted }: Props) {
  const w = useWording();
  const { t } = w;
  if (view.duplicates.length === 0) return null;
  return (
    <section class="section" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t('section_duplicates', [String(view.duplicates.length)])}</h2>
      <ul class="list">
        {view.duplicates.map((group, i) => {
          const testid = (id: string) => (view.home.get(id) === `duplicate:${i}` ? 'claim' : 'claim-ref');
          const [first, ...rest] = group;
          return (
            <li key={first.id} class="duplicate" data-testid="duplicate-group" data-count={group.length}>
              <span class="times">
                <span aria-hidden="true">×{group.length}</span>
                <span class="sr-only"> {t('duplicate_times_label', [String(group.length)])}</span>
              </span>
              <ClaimButton claim={first} testid={testid(first.id)} onShow={onShow}
                flag={group.some((c) => contradicted?.has(c.id)) ? t('claim_contradicted_elsewhere') : undefined} />
              <p class="mentions">
                {t('duplicate_also')}{' '}
                {rest.map((c, n) => (
                  <ClaimButton key={c.id} claim={c} testid={testid(c.id)} onShow={onShow} compact
                    label={t('duplicate_mention', [String(n + 2)])}
                    ariaLabel={`${describeClaimLine(c, w)}: ${t('duplicate_mention', [String(n + 2)])}`} />
                ))}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
