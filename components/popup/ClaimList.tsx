import type { SummaryView } from '@/utils/extension/summary-view';
import { ClaimButton } from './ClaimButton';
import { useWording } from '../shared/wording';

interface Props {
  view: SummaryView;
  onShow(claimId: string): void;
  /** Claims another article the reader has read contradicts (listed above, flagged here). */
  contradicted?: Set<string>;
}

/** Claims in no conflict and no duplicate group. */
export function ClaimList({ view, onShow, contradicted }: Props) {
  const { t } = useWording();
  if (view.others.length === 0) return null;
  const grouped = view.conflicts.length + view.duplicates.length > 0;
  return (
    <section class="section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t(grouped ? 'section_other_claims_count' : 'section_claims_count', [String(view.others.length)])}</h2>
      <ul class="list">
        {view.others.map((c) => (
          <li key={c.id}>
            <ClaimButton claim={c} testid="claim" onShow={onShow}
              flag={contradicted?.has(c.id) ? t('claim_contradicted_elsewhere') : undefined} />
          </li>
        ))}
      </ul>
    </section>
  );
}
