// Which figure is under the mouse. Highlights are not elements, so there is no event target to
// ask: the caret position under the pointer names a text node, the node names the few figures
// that touch it, and their client rects decide. Without a caret API, every figure is checked.
import type { FigureMark } from './marks';

const SLOP = 2;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node under the point; null for none; undefined when the browser has no caret API. */
function nodeAtPoint(doc: CaretDocument, x: number, y: number): Node | null | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (typeof doc.caretRangeFromPoint === 'function') return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return undefined;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP) return true;
  }
  return false;
}

export class FigureHitTester {
  private byNode = new Map<Node, FigureMark[]>();

  constructor(
    private readonly doc: Document,
    private readonly figures: FigureMark[],
  ) {
    for (const mark of figures) {
      for (const node of nodesOf(mark.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
    }
  }

  at(x: number, y: number): FigureMark | null {
    // A page without figures: no caret lookup (it forces layout) on every mouse move.
    if (this.figures.length === 0) return null;
    const node = nodeAtPoint(this.doc as CaretDocument, x, y);
    const candidates = node === undefined ? this.figures : node && this.byNode.get(node);
    for (const mark of candidates ?? []) if (rangeContainsPoint(mark.range, x, y)) return mark;
    return null;
  }
}

/** The text nodes a range touches: its two ends, and those in between for a figure split over elements. */
function nodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [range.startContainer];
  for (let node: Node | null = range.startContainer; node && nodes.length < 16; ) {
    node = nextInOrder(node);
    if (!node) break;
    if (node.nodeType === 3) nodes.push(node);
    if (node === range.endContainer) break;
  }
  if (!nodes.includes(range.endContainer)) nodes.push(range.endContainer);
  return nodes;
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}
