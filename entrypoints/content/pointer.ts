// The mouse and keyboard around figures: mousemove hit-tests the figure ranges once per
// animation frame; leaving both the figure and the card closes it after a short grace time
// (enough to move onto the card); Escape closes it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FigureMark } from '@/utils/page/marks';

export interface PointerHandlers {
  /** The figure under the point, if any. */
  figureAt: (x: number, y: number) => FigureMark | null;
  isCard: (target: EventTarget | null) => boolean;
  onFigure: (mark: FigureMark) => void;
  /** The pointer is over the figure or the card it opened (arms closing on leave). */
  onInside: () => void;
  onLeave: () => void;
  onEscape: () => void;
}

const CLOSE_GRACE_MS = 250;

export function watchPointer(ctx: ContentScriptContext, signal: AbortSignal, handlers: PointerHandlers): void {
  let last: MouseEvent | null = null;
  let frame = false;
  let closeTimer: number | null = null;

  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const scheduleClose = () => {
    if (closeTimer !== null) return;
    closeTimer = ctx.setTimeout(() => {
      closeTimer = null;
      if (!signal.aborted) handlers.onLeave();
    }, CLOSE_GRACE_MS);
  };

  const process = () => {
    frame = false;
    const event = last;
    if (!event || signal.aborted) return;
    if (handlers.isCard(event.target)) {
      cancelClose();
      handlers.onInside();
      return;
    }
    const mark = handlers.figureAt(event.clientX, event.clientY);
    if (mark) {
      cancelClose();
      handlers.onFigure(mark);
      handlers.onInside();
    } else scheduleClose();
  };

  // Plain listeners with the activation's signal (a child of the context's): switching the
  // site off removes them, and so does the context's invalidation.
  const options = { passive: true, signal };
  document.addEventListener(
    'mousemove',
    (event) => {
      // A page can dispatch synthetic mouse moves; only the reader's own open a card.
      if (!event.isTrusted) return;
      last = event;
      if (frame) return;
      frame = true;
      ctx.requestAnimationFrame(process);
    },
    options,
  );
  // The pointer left the window.
  document.addEventListener('mouseout', (event) => !event.relatedTarget && scheduleClose(), options);
  document.addEventListener('keydown', (event) => event.key === 'Escape' && handlers.onEscape(), { signal });
  signal.addEventListener('abort', cancelClose, { once: true });
}
