import type { Claim } from '@/utils/core/report';
import { figureInSentence } from '@/utils/extension/summary-view';

interface Props {
  claim: Pick<Claim, 'sentence' | 'start' | 'end' | 'amount'>;
}

/** The sentence that carries the claim, with its figure emphasised. */
export function Quote({ claim }: Props) {
  const span = figureInSentence(claim);
  if (!span) return <q class="quote">{claim.sentence}</q>;
  const [from, to] = span;
  return (
    <q class="quote">
      {claim.sentence.slice(0, from)}
      <mark class="figure">{claim.sentence.slice(from, to)}</mark>
      {claim.sentence.slice(to)}
    </q>
  );
}
