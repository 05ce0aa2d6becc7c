// A long sentence cut down to what a reader needs in a small popup: the figure with enough words
// on each side to read it, cut at word boundaries, with an ellipsis where text was left out.

export interface Excerpt {
  /** Text before the figure (with a leading "…" when cut). */
  before: string;
  figure: string;
  /** Text after the figure (with a trailing "…" when cut). */
  after: string;
  /** True when anything was left out. */
  cut: boolean;
}

/** Longest sentence shown whole: about three lines at the popup's width. */
export const QUOTE_LIMIT = 200;
const ELLIPSIS = '…';

/** `text` cut at the word boundary nearest `keep` characters from its end (`fromEnd`) or start. */
function keepWords(text: string, keep: number, fromEnd: boolean): string {
  if (text.length <= keep) return text;
  if (fromEnd) {
    const piece = text.slice(text.length - keep);
    const space = piece.search(/\s/);
    return ELLIPSIS + (space >= 0 && space < keep / 2 ? piece.slice(space + 1) : piece).trimStart();
  }
  const piece = text.slice(0, keep);
  const space = piece.search(/\s\S*$/);
  return (space > keep / 2 ? piece.slice(0, space) : piece).trimEnd() + ELLIPSIS;
}

/**
 * The sentence around the figure at [from, to), at most about `limit` characters: the figure
 * always stays, the words before it get a third of the room left and the words after the rest
 * (what follows a figure — "jobs in Lyon by 2028" — usually says more than what leads to it).
 */
export function excerptAround(sentence: string, from: number, to: number, limit = QUOTE_LIMIT): Excerpt {
  const before = sentence.slice(0, from);
  const figure = sentence.slice(from, to);
  const after = sentence.slice(to);
  if (sentence.length <= limit) return { before, figure, after, cut: false };
  const room = Math.max(limit - figure.length, 40);
  let roomBefore = Math.round(room / 3);
  let roomAfter = room - roomBefore;
  // Room one side does not use goes to the other.
  if (before.length < roomBefore) [roomBefore, roomAfter] = [before.length, room - before.length];
  else if (after.length < roomAfter) [roomBefore, roomAfter] = [room - after.length, after.length];
  return { before: keepWords(before, roomBefore, true), figure, after: keepWords(after, roomAfter, false), cut: true };
}

/** The same for a sentence whose figure is unknown: its start. */
export function excerptStart(sentence: string, limit = QUOTE_LIMIT): string {
  return sentence.length <= limit ? sentence : keepWords(sentence, limit, false);
}

/** Where `figure` (as written) sits in `sentence`, or null. */
export function findFigure(sentence: string, figure: string): [number, number] | null {
  const at = figure ? sentence.indexOf(figure) : -1;
  return at < 0 ? null : [at, at + figure.length];
}
