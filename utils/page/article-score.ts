// A readability-style scorer: every paragraph of prose gives points to its parent and, less,
// to its ancestors; the container with the most prose-rich, link-poor text wins. Hints from
// the markup (<article>, <main>, itemprop=articleBody, class words) tip the balance.
import { classSignal, isFurnitureByMarkup, linkDensityInSteps } from './boilerplate';
import { isSkippedByMarkup } from './visibility';

/** Elements whose own text counts as a paragraph. */
const PARAGRAPHS = 'p, pre, blockquote, td, dd, li, div, h2, h3';
/** A paragraph shorter than this is a caption, a button or a byline, not prose. */
const MIN_PARAGRAPH = 25;
/** Below this score the page has no article: a few lines at most. */
export const MIN_ARTICLE_SCORE = 12;
const PARAGRAPHS_PER_STEP = 60;

const TAG_WEIGHT: Record<string, number> = {
  article: 12, main: 6, section: 2, div: 4, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, body: -10,
};

export interface ScoredCandidate {
  element: Element;
  score: number;
}

function initialScore(el: Element): number {
  let score = TAG_WEIGHT[el.localName] ?? 0;
  score += classSignal(el) * 25;
  if (el.getAttribute('itemprop') === 'articleBody') score += 40;
  if (el.getAttribute('role') === 'main') score += 6;
  return score;
}

/** Own text of a div (its text nodes, not its children's): divs used as paragraphs. */
function ownTextLength(el: Element): number {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child as Text).data.trim().length;
  }
  return length;
}

/** Commas as prose uses them: Latin ",", Arabic "،" (U+060C), full-width "，" (U+FF0C). */
function countCommas(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x60c || code === 0xff0c) commas++;
  }
  return commas;
}

/** A paragraph inside furniture or hidden markup does not vote. Memoised per element. */
function makeExcludedCheck(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const check = (el: Element | null): boolean => {
    if (!el || el.localName === 'body' || el.localName === 'html') return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const excluded = isSkippedByMarkup(el) || isFurnitureByMarkup(el) || check(el.parentElement);
    memo.set(el, excluded);
    return excluded;
  };
  return check;
}

/** Scores the page; yields now and then so a heavy page can be scored in slices. */
export function* scoreCandidates(doc: Document): Generator<void, ScoredCandidate | null> {
  const body = doc.body;
  if (!body) return null;
  const excluded = makeExcludedCheck();
  const scores = new Map<Element, number>();
  const vote = (el: Element | null, points: number) => {
    if (!el || el.localName === 'html') return;
    scores.set(el, (scores.get(el) ?? initialScore(el)) + points);
  };

  let seen = 0;
  for (const paragraph of body.querySelectorAll(PARAGRAPHS)) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    const name = paragraph.localName;
    // Divs and list items count only for their own text; their children vote for themselves.
    const text = name === 'div' || name === 'li' ? '' : (paragraph.textContent ?? '');
    const length = text ? text.trim().length : ownTextLength(paragraph);
    if (length < MIN_PARAGRAPH || excluded(paragraph)) continue;
    const commas = countCommas(text || (paragraph.textContent ?? ''));
    let points = 1 + commas + Math.min(Math.floor(length / 100), 3);
    if (name === 'li' || name === 'td' || name === 'h2' || name === 'h3') points /= 2;
    let ancestor = paragraph.parentElement;
    for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parentElement) {
      vote(ancestor, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
    }
  }

  // Link density reads a candidate's whole text: only the leaders are worth that.
  const leaders = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 12);
  let best: ScoredCandidate | null = null;
  for (const [element, raw] of leaders) {
    const score = raw * (1 - (yield* linkDensityInSteps(element)));
    if (!best || score > best.score) best = { element, score };
  }
  if (!best) return null;
  return { element: widen(best, scores), score: best.score };
}

/**
 * Stories split into several sections under one parent: when a sibling of the winner carries
 * a good share of the prose too, the parent is the article.
 */
function widen(best: ScoredCandidate, scores: Map<Element, number>): Element {
  const parent = best.element.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return best.element;
  const threshold = Math.max(MIN_ARTICLE_SCORE, best.score * 0.3);
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === best.element) continue;
    if ((scores.get(sibling) ?? 0) >= threshold && classSignal(sibling) >= 0 && !isFurnitureByMarkup(sibling)) return parent;
  }
  return best.element;
}
