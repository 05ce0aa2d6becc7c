import type { ComponentChildren } from 'preact';
import type { Claim } from '@/utils/core/report';
import { figureInSentence } from '@/utils/extension/summary-view';
import { excerptAround, excerptStart } from '../shared/excerpt';

interface Props {
  /** A claim of this page, whose figure is found from its offsets… */
  claim?: Pick<Claim, 'sentence' | 'start' | 'end' | 'amount'>;
  /** …or any sentence with the figure's place in it (another article's quote). */
  sentence?: string;
  span?: [number, number] | null;
}

/**
 * The sentence that carries a figure, with the figure emphasised. A long sentence is cut around
 * the figure; the whole sentence stays available as the tooltip and to screen readers.
 */
export function Quote({ claim, sentence = claim?.sentence ?? '', span = claim ? figureInSentence(claim) : null }: Props) {
  if (!span) {
    const shown = excerptStart(sentence);
    return <Shown full={sentence} cut={shown !== sentence}>{shown}</Shown>;
  }
  const { before, figure, after, cut } = excerptAround(sentence, span[0], span[1]);
  return (
    <Shown full={sentence} cut={cut}>
      {before}
      <mark class="figure">{figure}</mark>
      {after}
    </Shown>
  );
}

function Shown({ full, cut, children }: { full: string; cut: boolean; children: ComponentChildren }) {
  if (!cut) return <q class="quote">{children}</q>;
  return (
    <q class="quote" title={full}>
      <span aria-hidden="true">{children}</span>
      <span class="sr-only">{full}</span>
    </q>
  );
}
