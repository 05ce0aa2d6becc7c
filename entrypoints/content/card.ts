// The hover card from the content script's side: which figure's card is open and in which mode.
// Drawing it (Preact, the components, the shadow root) lives in a script of its own that the
// background injects into this frame on first use, so none of it weighs on the first highlights
// (see components/hover-card/view-contract.ts). The host element is created on first use and
// removed with everything else when the site is switched off.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Box } from '@/components/hover-card/place';
import { type CardMode, type CardStores, type CardView, LOAD_CARD_MESSAGE, type MountCardView, registeredCardView } from '@/components/hover-card/view-contract';
import type { Report } from '@/utils/core/report';
import type { Wording } from '@/utils/describe-claim';
import type { Scheme } from '@/utils/page/highlight-style';
import type { FigureMark } from '@/utils/page/marks';

export type { CardMode };

interface Shown {
  mark: FigureMark;
  mode: CardMode;
  report: Report;
  scheme: Scheme | null;
}

/** Asks the background to inject the card script (once per frame), then takes its mount function. */
export type LoadCardView = () => Promise<MountCardView>;

export function cardViewLoader(send: (message: unknown) => Promise<unknown>): LoadCardView {
  return async () => {
    if (!registeredCardView()) await send({ type: LOAD_CARD_MESSAGE });
    const mount = registeredCardView();
    if (!mount) throw new Error('the hover card script did not load');
    return mount;
  };
}

function boxOf(range: Range): Box {
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[0] : range.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

export class CardController {
  private view: Promise<CardView | null> | null = null;
  private shown: Shown | null = null;
  private host: Element | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly wording: Wording,
    private readonly stores: CardStores,
    private readonly load: LoadCardView,
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
    const view = await this.mount();
    if (view && this.shown?.mark === mark) this.paint(view);
  }

  /** Follows the figure when the page scrolls. */
  reposition(): void {
    if (!this.shown || !this.view) return;
    void this.view.then((view) => view && this.paint(view));
  }

  close(): void {
    if (!this.shown) return;
    this.shown = null;
    void this.view?.then((view) => view?.clear());
  }

  /** Removes the host element from the page. */
  remove(): void {
    this.shown = null;
    const view = this.view;
    this.view = null;
    this.host = null;
    void view?.then((mounted) => mounted?.remove());
  }

  private mount(): Promise<CardView | null> {
    if (this.view) return this.view;
    const pending: Promise<CardView | null> = this.load()
      .then((mountView) => mountView(this.ctx, this.wording, this.stores))
      .then((view) => {
        // Switched off while the card was loading: never leave it on the page.
        if (this.view !== pending) {
          view.remove();
          return null;
        }
        this.host = view.host;
        return view;
      })
      .catch((error: unknown) => {
        console.warn('[claimcheck] hover card unavailable:', error);
        if (this.view === pending) this.view = null;
        return null;
      });
    this.view = pending;
    return pending;
  }

  private paint(view: CardView): void {
    const shown = this.shown;
    if (!shown) return;
    view.paint({
      claim: shown.mark.claim,
      report: shown.report,
      anchor: boxOf(shown.mark.range),
      mode: shown.mode,
      scheme: shown.scheme,
      onClose: () => this.close(),
    });
  }
}
