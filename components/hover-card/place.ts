// Where the card goes: beside the figure, never over it. Below when there is room, else above,
// else on the side with more room (the card then scrolls inside its own height).

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

export function placeCard(figure: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - figure.bottom - GAP - MARGIN;
  const above = figure.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? figure.bottom + GAP : figure.top - GAP - height;
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, figure.left), maxLeft);
  return { top, left, maxHeight: room, side };
}
