import type { Outcome } from '@/utils/extension/tab-summary';
import { useWording } from '../shared/wording';

interface Props {
  outcome: Outcome;
  host: string | null;
  title?: string;
}

// Reasons the popup itself found, as message keys; anything else is the browser's own words.
const KNOWN_REASONS: Record<string, string> = {
  'browser-page': 'state_restricted',
  store: 'state_restricted_store',
  file: 'state_restricted_file',
  'no-tab': 'state_no_tab',
  'no-access': 'state_no_access',
};

/** One sentence saying what happened: loading, nothing found, switched off, an error… */
export function StateNotice({ outcome, host, title }: Props) {
  const { t } = useWording();
  const { state, reason } = outcome;
  const known = reason ? KNOWN_REASONS[reason] : undefined;
  let text: string;
  if (state === 'ok') text = t('state_ok', [title || host || '']);
  else if (state === 'disabled') text = t('state_disabled', [host ?? '']);
  else if (state === 'restricted') text = t(known ?? 'state_restricted');
  else if (state === 'error') text = known ? t(known) : t('state_error', [reason ?? t('state_error_unknown')]);
  else text = t(`state_${state.replace('-', '_')}`);
  const urgent = state === 'error' || state === 'restricted';
  return (
    <p class={`state ${state}`} data-testid="state" data-state={state} role={urgent ? 'alert' : 'status'} aria-busy={state === 'loading'}
      title={state === 'ok' ? text : undefined}>
      {text}
    </p>
  );
}
