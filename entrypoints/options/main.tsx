import { useEffect, useMemo } from 'preact/hooks';
import { OptionsView } from '@/components/options/OptionsView';
import { useStore } from '@/components/shared/use-store';
import { mountExtensionPage } from '@/components/shared/mount';
import sites from '@/utils/extension/news-sites.json';
import { createOptionsController } from '@/utils/extension/options-controller';
import '@/components/shared/palette.css';
import './style.css';

const builtIn = { en: sites.en, fr: sites.fr, de: sites.de, es: sites.es };

function App() {
  const controller = useMemo(() => createOptionsController((origins) => browser.permissions.remove({ origins })), []);
  const data = useStore(controller.store);
  useEffect(() => {
    const stop = controller.start();
    return () => void stop.then((s) => s());
  }, [controller]);
  return (
    <OptionsView
      data={data}
      builtIn={builtIn}
      onRemoveDisabled={(host) => void controller.removeDisabled(host)}
      onRemoveAlways={(host) => void controller.removeAlways(host)}
    />
  );
}

mountExtensionPage(<App />, 'options_title');
