// The DOM half of the text map: walks elements in document order, feeds their text nodes and
// block boundaries to the pure joiner (text-join.ts), and turns text offsets back into Ranges.
// Block elements end a paragraph; inline elements do not, so "<b>1.2</b> billion" stays one
// figure and its Range spans both text nodes.
import { locateRange, type Segments, TextJoiner, type TextStretches } from './text-join';
import { makeVisibilityFilter } from './visibility';

export interface TextMap {
  /** The text the engine reads: offsets in its report count in this string. */
  text: string;
  /**
   * The same text in the stretches it was joined in: read through these (slices, lengths), a long
   * page's text is never copied into one string on the page (`text` is made of the stretches,
   * joined only when its characters are read).
   */
  stretches: TextStretches;
  /** Text nodes in document order; segment.piece indexes this list. */
  nodes: Text[];
  segments: Segments;
}

export interface TextMapOptions {
  /** Extra subtrees to leave out (navigation or "also read" boxes inside the article); told the element's name and whether it has no attribute, as the walk read them. */
  exclude?: (el: Element, name: string, bare: boolean) => boolean;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Nodes visited between two chances for the scheduler to pause the walk. */
const NODES_PER_STEP = 200;

/**
 * Walks the roots (in the order given) and builds the map. A generator so a huge page can be
 * walked in time slices: it yields every few hundred nodes and returns the finished map.
 */
export function* walkTextMap(roots: Element[], options: TextMapOptions = {}): Generator<void, TextMap> {
  const joiner = new TextJoiner();
  const nodes: Text[] = [];
  const doc = roots[0]?.ownerDocument;
  const hidden = doc ? makeVisibilityFilter(doc) : null;
  const { exclude } = options;
  let preDepth = 0;
  let visited = 0;

  // Each DOM property is read once per node: a read is the walk's main cost in Firefox, where a
  // content script reads the page through Xray wrappers. An element's name and whether it has
  // attributes are read here once and handed to the rules. On a first page load this loop runs
  // in V8's interpreter (a typical article is a few hundred nodes), where every call and
  // property load counts: entering and leaving an element are written out in the loop.
  for (const root of roots) {
    const rootName = root.localName;
    const rootBare = !root.hasAttributes();
    if (hidden?.(root, rootName, rootBare) || exclude?.(root, rootName, rootBare)) continue;
    if (rootName === 'br') joiner.addBoundary('line');
    else if (BLOCK.has(rootName)) joiner.addBoundary('block');
    if (PREFORMATTED.has(rootName)) preDepth++;
    /** Names of the elements entered below the root and not yet left, innermost last. */
    const open: string[] = [];
    let node: Node | null = root.firstChild;
    while (node) {
      if (++visited % NODES_PER_STEP === 0) yield;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        nodes.push(node as Text);
        joiner.addText((node as Text).data, preDepth > 0);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        const bare = !el.hasAttributes();
        if (!hidden?.(el, name, bare) && !exclude?.(el, name, bare)) {
          const block = BLOCK.has(name);
          if (block) joiner.addBoundary('block');
          else if (name === 'br') joiner.addBoundary('line');
          const pre = PREFORMATTED.has(name);
          if (pre) preDepth++;
          const child: Node | null = el.firstChild;
          if (child) {
            open.push(name);
            node = child;
            continue;
          }
          if (block) joiner.addBoundary('block');
          if (pre) preDepth--;
        }
      }
      // Next node in document order, leaving finished elements on the way up. A node moved or
      // removed under the walk (between two slices) ends this root's walk, as it did before.
      let next: Node | null = node.nextSibling;
      while (!next && open.length > 0) {
        const parent: Node | null = node.parentNode;
        if (!parent || parent === root) break;
        node = parent;
        const name = open.pop() as string;
        if (BLOCK.has(name)) joiner.addBoundary('block');
        if (PREFORMATTED.has(name)) preDepth--;
        next = node.nextSibling;
      }
      node = next;
    }
    if (BLOCK.has(rootName)) joiner.addBoundary('block');
    if (PREFORMATTED.has(rootName)) preDepth--;
  }
  // The text stays in the stretches it was joined in: joining a long page's whole text (a copy
  // of 1.3 MB on the bench page) was a slice of its own, 13-26 ms of CPU with the scavenge that
  // came with it (traced, under load).
  let stretches: TextStretches | null = null;
  return {
    get stretches() {
      return (stretches ??= joiner.stretches);
    },
    get text() {
      return this.stretches.text;
    },
    nodes,
    segments: joiner.segments,
  };
}

/** Runs a generator to its end at once (small pages, the CLI, tests). */
export function runToEnd<T>(task: Generator<unknown, T>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

export function buildTextMap(roots: Element[], options: TextMapOptions = {}): TextMap {
  return runToEnd(walkTextMap(roots, options));
}

/** The DOM Range for text offsets [start, end), trimmed to the text nodes it covers; null if none. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const where = locateRange(map.segments, start, end);
  if (!where) return null;
  const startNode = map.nodes[where.startPiece];
  const endNode = map.nodes[where.endPiece];
  if (!startNode?.ownerDocument || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, where.startOffset);
  range.setEnd(endNode, where.endOffset);
  return range;
}

/** The text a map expects at [start, end), whitespace collapsed like the map's, for re-checks. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
