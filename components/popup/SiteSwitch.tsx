interface Props {
  testid: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off switch that screen readers announce as one (role=switch, aria-checked). */
export function SiteSwitch({ testid, label, hint, checked, disabled, onChange }: Props) {
  const hintId = `${testid}-hint`;
  return (
    <div class="switch-row">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-describedby={hint ? hintId : undefined}
        data-testid={testid}
        data-nav=""
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="track" aria-hidden="true"><span class="thumb" /></span>
        <span class="switch-label">{label}</span>
      </button>
      {hint && <p class="quiet hint" id={hintId}>{hint}</p>}
    </div>
  );
}
