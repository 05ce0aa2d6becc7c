import type { PopupData } from '@/utils/extension/popup-controller';
import { SiteSwitch } from './SiteSwitch';
import { useWording } from '../shared/wording';

interface Props {
  data: PopupData;
  onSiteEnabled(enabled: boolean): void;
  onAlwaysRun(always: boolean): void;
}

/** The switch for this site, and "always run here" for sites outside the automatic list. */
export function SiteControls({ data, onSiteEnabled, onAlwaysRun }: Props) {
  const { t } = useWording();
  const { host } = data;
  if (!host || data.restriction) return null;
  return (
    <div class="site-controls">
      <SiteSwitch testid="site-switch" label={t('site_switch_label', [host])} checked={!data.disabled} onChange={onSiteEnabled} />
      {!data.automatic && (
        <SiteSwitch
          testid="always-run"
          label={t('always_run_label', [host])}
          hint={t(data.notice === 'permission-refused' ? 'always_run_refused' : 'always_run_hint')}
          checked={data.always}
          disabled={data.disabled}
          onChange={onAlwaysRun}
        />
      )}
    </div>
  );
}
