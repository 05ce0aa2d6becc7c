import type { Claim } from '@/utils/core/report';
import { describeAlt, describeClaimLine, describeStatus } from '@/utils/describe-claim';
import { Quote } from './Quote';
import { useWording } from '../shared/wording';

interface Props {
  claim: Claim;
  /** `claim` for the claim's one entry in the popup, `claim-ref` where it is shown again. */
  testid: 'claim' | 'claim-ref';
  onShow(claimId: string): void;
  /** Without the quote: a short mention inside a group. */
  compact?: boolean;
  label?: string;
  /** What a screen reader says when the visible label is too short to stand alone ("mention 2"). */
  ariaLabel?: string;
  /** A short warning chip ("contradicted in your other reading"). */
  flag?: string;
}

/** One claim; activating it (click, Enter, Space) scrolls the page to it and flashes it. */
export function ClaimButton({ claim, testid, onShow, compact, label, ariaLabel, flag }: Props) {
  const w = useWording();
  const line = label ?? describeClaimLine(claim, w);
  // The conversion written beside the figure: what a "does not add up" conflict is about.
  const alt = compact ? null : describeAlt(claim, w);
  return (
    <button
      type="button"
      class={compact ? 'claim compact' : 'claim'}
      data-testid={testid}
      data-claim-id={claim.id}
      data-nav=""
      title={w.t('claim_show_hint')}
      aria-label={ariaLabel}
      onClick={() => onShow(claim.id)}
      onKeyDown={(event) => {
        // Enter acts at once and only once: preventDefault stops the browser's own click.
        if (event.key !== 'Enter') return;
        event.preventDefault();
        onShow(claim.id);
      }}
    >
      <span class="claim-line">
        {line}
        {alt && <span class="alt"> ({alt})</span>}
        {claim.status !== 'new' && <span class="chip">{describeStatus(claim.status, w)}</span>}
        {flag && <span class="chip flag">{flag}</span>}
      </span>
      {!compact && <Quote claim={claim} />}
    </button>
  );
}
