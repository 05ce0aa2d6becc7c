// The hover card's Preact side, loaded only when a card is first needed (entrypoints/hover-card.ts
// builds it as its own script): a WXT shadow-root UI whose host element is `claimcheck-card-…`
// with a random suffix and a closed shadow root in shipped builds (utils/page/card-host.ts).
// The card's CSS is bundled as text and given to the shadow root directly: WXT's 'ui' mode
// would fetch content.css as a web-accessible resource, which pages outside the built-in list
// (where the popup injects the script) are refused.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_HOST_ATTRIBUTE, cardHostName, cardShadowMode } from '@/utils/page/card-host';
import { HoverCard } from '../HoverCard';
import cardCss from './hover-card.css?inline';
import { LookupPressLine } from './LookupPressLine';
import { MemoryLine } from './MemoryLine';
import type { CardView, MountCardView } from './view-contract';

export const mountCardView: MountCardView = async (ctx, wording, stores) => {
  const ui = await createShadowRootUi(ctx, {
    name: cardHostName(),
    mode: cardShadowMode(!!import.meta.env.CLAIMCHECK_TEST_BUILD),
    css: cardCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.shadowHost.setAttribute(CARD_HOST_ATTRIBUTE, '');
  ui.mount();
  const view: CardView = {
    host: ui.shadowHost,
    paint: ({ claim, report, anchor, mode, scheme, onClose }) =>
      render(
        <HoverCard claim={claim} report={report} wording={wording} anchor={anchor} mode={mode} scheme={scheme} onClose={onClose}>
          <MemoryLine claimId={claim.id} wording={wording} memory={stores.memory} />
          <LookupPressLine claimId={claim.id} wording={wording} verdicts={stores.verdicts} />
        </HoverCard>,
        ui.uiContainer,
      ),
    clear: () => render(null, ui.uiContainer),
    remove: () => ui.remove(),
  };
  return view;
};
