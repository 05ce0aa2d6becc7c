import type { SummaryView } from '@/utils/extension/summary-view';
import { ClaimButton } from './ClaimButton';
import { pageConflictReason } from '../shared/conflict-reason';
import { useWording } from '../shared/wording';

interface Props {
  view: SummaryView;
  onShow(claimId: string): void;
}

/** Conflicts first: both quotes and why they disagree. */
export function ConflictList({ view, onShow }: Props) {
  const w = useWording();
  const { t } = w;
  if (view.conflicts.length === 0) return null;
  const testid = (id: string, where: string) => (view.home.get(id) === where ? 'claim' : 'claim-ref');
  return (
    <section class="section conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('section_conflicts', [String(view.conflicts.length)])}</h2>
      <ul class="list">
        {view.conflicts.map((c, i) => (
          <li key={`${c.a.id}-${c.b?.id ?? ''}`} class="conflict" data-testid="conflict">
            <p class="reason">
              <span class="reason-label">{t(c.b ? 'conflict_reason' : 'conflict_conversion')}</span> {pageConflictReason(c, w)}
            </p>
            <ClaimButton claim={c.a} testid={testid(c.a.id, `conflict:${i}:a`)} onShow={onShow} />
            {c.b && <p class="versus" aria-hidden="true">{t('conflict_versus')}</p>}
            {c.b && <ClaimButton claim={c.b} testid={testid(c.b.id, `conflict:${i}:b`)} onShow={onShow} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
