import { useWording } from '../shared/wording';

interface Props {
  testid: string;
  hosts: string[];
  empty: string;
  onRemove(host: string): void;
}

/** A list of sites the reader chose, each with a button that takes it off the list. */
export function HostList({ testid, hosts, empty, onRemove }: Props) {
  const { t } = useWording();
  if (hosts.length === 0) return <p class="quiet" data-testid={`${testid}-empty`}>{empty}</p>;
  return (
    <ul class="hosts" data-testid={testid}>
      {hosts.map((host) => (
        <li key={host} data-host={host}>
          <span class="host">{host}</span>
          <button type="button" class="remove" aria-label={t('options_remove_label', [host])} onClick={() => onRemove(host)}>
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
