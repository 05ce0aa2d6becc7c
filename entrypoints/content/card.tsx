// Mounts the hover card in a WXT shadow-root UI (host element `claimcheck-card`). The host is
// created on first use and removed with everything else when the site is switched off.
// The card's CSS is bundled as text and given to the shadow root directly: WXT's 'ui' mode
// would fetch content.css as a web-accessible resource, which pages outside the built-in list
// (where the popup injects the script) are refused.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '@/components/HoverCard';
import cardCss from '@/components/hover-card/hover-card.css?inline';
import { MemoryLine } from '@/components/hover-card/MemoryLine';
import { LookupPressLine } from '@/components/hover-card/LookupPressLine';
import type { Box } from '@/components/hover-card/place';
import type { Report } from '@/utils/core/report';
import type { Wording } from '@/utils/describe-claim';
import type { Scheme } from '@/utils/page/highlight-style';
import type { FigureMark } from '@/utils/page/marks';

export type CardMode = 'hover' | 'dialog';

interface Shown {
  mark: FigureMark;
  mode: CardMode;
  report: Report;
  scheme: Scheme | null;
}

function boxOf(range: Range): Box {
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[0] : range.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

export class CardController {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private shown: Shown | null = null;
  private host: Element | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly wording: Wording,
  ) {}

  get current(): Shown | null {
    return this.shown;
  }

  /** Is this event target the card (or inside it)? Events from a shadow root reach the page retargeted to the host. */
  isCard(target: EventTarget | null): boolean {
    return !!this.host && !!target && (target === this.host || (target instanceof Node && this.host.contains(target)));
  }

  async open(mark: FigureMark, report: Report, scheme: Scheme | null, mode: CardMode): Promise<void> {
    if (this.shown?.mark === mark && this.shown.mode === mode) return;
    this.shown = { mark, report, scheme, mode };
    const ui = await this.mount();
    if (this.shown?.mark === mark) this.paint(ui.uiContainer);
  }

  /** Follows the figure when the page scrolls. */
  reposition(): void {
    if (!this.shown || !this.ui) return;
    void this.ui.then((ui) => this.paint(ui.uiContainer));
  }

  close(): void {
    if (!this.shown) return;
    this.shown = null;
    void this.ui?.then((ui) => render(null, ui.uiContainer));
  }

  /** Removes the host element from the page. */
  remove(): void {
    this.shown = null;
    const ui = this.ui;
    this.ui = null;
    this.host = null;
    void ui?.then((mounted) => mounted.remove());
  }

  private mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    const pending: Promise<ShadowRootContentScriptUi<HTMLElement>> = createShadowRootUi(this.ctx, {
      name: 'claimcheck-card',
      css: cardCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      // Switched off while the UI was being made: never put it on the page.
      if (this.ui === pending) {
        ui.mount();
        this.host = ui.shadowHost;
      }
      return ui;
    });
    this.ui = pending;
    return pending;
  }

  private paint(container: HTMLElement): void {
    const shown = this.shown;
    if (!shown) return;
    render(
      <HoverCard
        claim={shown.mark.claim}
        report={shown.report}
        wording={this.wording}
        anchor={boxOf(shown.mark.range)}
        mode={shown.mode}
        scheme={shown.scheme}
        onClose={() => this.close()}
      >
        <MemoryLine claimId={shown.mark.claim.id} wording={this.wording} />
        <LookupPressLine claimId={shown.mark.claim.id} wording={this.wording} />
      </HoverCard>,
      container,
    );
  }
}
