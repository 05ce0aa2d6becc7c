// The hover card's press-release line, once the reader looked up press releases from the popup:
// "Press release: matches" / "differs (press release says …, article says …)" / "not in it".
import { useEffect, useState } from 'preact/hooks';
import type { Wording } from '@/utils/describe-claim';
import { pressVerdicts, type PressVerdicts } from '@/utils/extension/lookup-page';

interface Props {
  claimId: string;
  wording: Wording;
  verdicts?: PressVerdicts;
  pageUrl?: () => string;
}

export function LookupPressLine({ claimId, wording: w, verdicts = pressVerdicts, pageUrl = () => location.href }: Props) {
  const read = () => verdicts.of(claimId, pageUrl());
  const [found, setFound] = useState(read);
  useEffect(() => {
    setFound(read());
    return verdicts.subscribe(() => setFound(read()));
  }, [claimId, verdicts]);
  if (!found) return null;
  const text =
    found.verdict === 'matches' ? w.t('card_press_matches') : found.verdict === 'differs' ? w.t('card_press_differs', [found.summary]) : w.t('card_press_absent');
  return (
    <ul class="checks" data-testid="card-press">
      <li class="check" data-check={found.verdict === 'differs' ? 'conflict' : 'press'} data-verdict={found.verdict}>
        <span class="check-text">{text}</span>
      </li>
    </ul>
  );
}
