// The hover card: one claim as the engine understood it, and what the checks found. Lives in
// a shadow root on the page (components/hover-card/view.tsx mounts it); positioned beside the
// figure, never over it.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim, Report } from '@/utils/core/report';
import {
  describeAlt,
  describeAmount,
  describeClaimLine,
  describeMetric,
  describeQualifierLabel,
  describeStatus,
  type Wording,
} from '@/utils/describe-claim';
import { type CardCheck, claimChecks } from './hover-card/checks';
import { type Box, type Placement, placeCard } from './hover-card/place';

export interface HoverCardProps {
  claim: Claim;
  report: Report;
  wording: Wording;
  /** The figure's box in the viewport. */
  anchor: Box;
  /** `hover`: a tooltip that follows the mouse; `dialog`: opened from the popup, takes focus. */
  mode: 'hover' | 'dialog';
  scheme: 'light' | 'dark' | null;
  onClose: () => void;
  /** Extra lines under the checks (the memory across articles). */
  children?: ComponentChildren;
}

type FieldName = 'subject' | 'metric' | 'amount' | 'qualifier' | 'location' | 'period' | 'status' | 'alt';

function fieldsOf(claim: Claim, w: Wording): [FieldName, string | null][] {
  return [
    ['subject', claim.subject],
    ['metric', describeMetric(claim.metric, w)],
    ['amount', describeAmount(claim, w)],
    ['qualifier', describeQualifierLabel(claim.qualifier, w)],
    ['location', claim.location],
    ['period', claim.period],
    ['status', describeStatus(claim.status, w)],
    ['alt', describeAlt(claim, w)],
  ];
}

function viewport() {
  const root = document.documentElement;
  return { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
}

export function HoverCard({ claim, report, wording: w, anchor, mode, scheme, onClose, children }: HoverCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const headingId = `claimcheck-card-${claim.id.replace(/\W/g, '-')}`;

  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    setPlacement(placeCard(anchor, { width: el.offsetWidth, height: el.scrollHeight }, viewport()));
  }, [anchor.top, anchor.left, anchor.bottom, anchor.right, claim.id]);

  useLayoutEffect(() => {
    if (mode === 'dialog') card.current?.focus({ preventScroll: true });
  }, [mode, claim.id]);

  const style = placement
    ? { top: `${placement.top}px`, left: `${placement.left}px`, maxHeight: `${placement.maxHeight}px` }
    : { top: '0px', left: '0px', visibility: 'hidden' };
  // Repainted every frame while the page scrolls: the checks (a pass over the whole report) only change with the claim.
  const checks = useMemo(() => claimChecks(claim, report, w), [claim, report, w]);

  return (
    <div
      ref={card}
      class="card"
      data-testid="hover-card"
      data-claim-id={claim.id}
      data-scheme={scheme ?? 'auto'}
      data-side={placement?.side}
      role={mode === 'dialog' ? 'dialog' : 'tooltip'}
      aria-labelledby={headingId}
      tabIndex={-1}
      style={style}
    >
      <header class="head">
        <p class="brand">{w.t('card_label')}</p>
        <button type="button" class="close" aria-label={w.t('card_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={headingId} class="title">{describeClaimLine(claim, w)}</h2>
      <dl class="fields">
        {fieldsOf(claim, w).map(([name, value]) => (
          <div key={name} class="field" data-field={name} data-empty={value ? undefined : ''}>
            <dt>{w.t(`card_field_${name}`)}</dt>
            <dd>{value ?? w.t('card_not_stated')}</dd>
          </div>
        ))}
      </dl>
      <h3 class="checks-title">{w.t('card_checks')}</h3>
      <ul class="checks" data-testid="card-checks">
        {checks.length === 0 ? <li class="check" data-check="none">{w.t('card_no_checks')}</li> : checks.map((check, i) => <CheckLine key={i} check={check} />)}
      </ul>
      {children}
    </div>
  );
}

function CheckLine({ check }: { check: CardCheck }) {
  return (
    <li class="check" data-check={check.kind}>
      <span class="check-text">{check.text}</span>
      {check.quote && <q class="quote">{check.quote}</q>}
      {check.detail && <span class="detail">{check.detail}</span>}
      {check.url && (
        <a class="link" href={check.url} target="_blank" rel="noopener noreferrer">
          {check.url}
        </a>
      )}
    </li>
  );
}
