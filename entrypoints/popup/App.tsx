import { useEffect, useMemo } from 'preact/hooks';
import { moveFocusWithArrows } from '@/components/popup/arrow-keys';
import { PopupView } from '@/components/popup/PopupView';
import { useStore } from '@/components/shared/use-store';
import { SummaryReadySchema } from '@/utils/extension/messages';
import { createPopupController, type PopupController } from '@/utils/extension/popup-controller';
import { browserPopupDeps } from './browser-deps';

interface Props {
  controller?: PopupController;
}

/** Wires the popup's controller to the view; reloads when the page reports a fresh analysis. */
export function App({ controller: given }: Props) {
  const controller = useMemo(() => given ?? createPopupController(browserPopupDeps()), [given]);
  const data = useStore(controller.store);
  useEffect(() => {
    void controller.load();
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const ready = SummaryReadySchema.safeParse(raw);
      const { tabId, outcome } = controller.store.get();
      if (ready.success && sender.tab?.id === tabId && outcome.state !== 'ok') void controller.load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [controller]);
  return (
    <div onKeyDown={moveFocusWithArrows}>
      <PopupView
        data={data}
        onShow={controller.showClaim}
        onSiteEnabled={(on) => void controller.setSiteEnabled(on)}
        onAlwaysRun={(on) => void controller.setAlwaysRun(on)}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </div>
  );
}
