// The pure half of the text map: pieces of source text (one per DOM text node) and block
// boundaries in, one string out, with a record of where every kept character came from.
// No DOM here, so the whitespace rules can be tested with plain strings.
//
// Rules, close to what a reader sees:
// - runs of HTML whitespace (space, tab, CR, LF, FF) inside and across pieces become one space;
//   no-break spaces (U+00A0, U+202F) are kept as written, French thousands depend on them;
// - no space at the start or end of a line;
// - a block boundary becomes a blank line ("\n\n"), a <br> a single "\n", never repeated;
// - preformatted pieces keep every character.

/** A stretch of output copied 1:1 from one piece (a space may stand for a tab or newline). */
export interface Segment {
  /** Index of the source piece. */
  piece: number;
  /** Offset in the output text. */
  at: number;
  /** Offset in the piece. */
  from: number;
  length: number;
}

export type Boundary = 'block' | 'line';

/** Two or more whitespace characters in a row (one alone maps 1:1 onto a space). */
const RUN = /[ \t\n\r\f]{2,}/g;
const SINGLE = /[\t\n\r\f]/g;
/** Anything but single spaces: a tab, a line break, a form feed or two spaces in a row. */
const ODD_SPACE = /[\t\n\r\f]| {2}/;

function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** Joins pieces incrementally, so a huge page can be joined in slices. */
export class TextJoiner {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  private pendingSpace: { piece: number; from: number } | null = null;
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pieceCount = 0;

  /** Adds the next piece of source text; returns its index. */
  addText(data: string, preformatted = false): number {
    const piece = this.pieceCount++;
    if (preformatted) {
      if (data) this.emit(data, piece, 0, true);
      return piece;
    }
    // Fast path for the common case, checked with native scans rather than per-word matching:
    // leading and trailing whitespace become a pending space, runs of two or more inside are
    // collapsed, and a single tab or newline inside maps 1:1 onto a space.
    let start = 0;
    let end = data.length;
    while (start < end && isCollapsible(data.charCodeAt(start))) start++;
    if (start > 0) this.pendingSpace ??= { piece, from: 0 };
    if (start === end) return piece;
    while (isCollapsible(data.charCodeAt(end - 1))) end--;
    let from = start;
    // Most text nodes hold single spaces only: one scan says so, and they are copied as they are.
    const plain = !ODD_SPACE.test(data);
    if (!plain && RUN.test(data)) {
      RUN.lastIndex = start;
      for (let match = RUN.exec(data); match && match.index < end; match = RUN.exec(data)) {
        this.emit(data.slice(from, match.index), piece, from);
        this.pendingSpace ??= { piece, from: match.index };
        from = match.index + match[0].length;
      }
      RUN.lastIndex = 0;
    }
    this.emit(data.slice(from, end), piece, from, plain);
    if (end < data.length) this.pendingSpace ??= { piece, from: end };
    return piece;
  }

  /** A block boundary (paragraph, heading, list item…) or a line break (<br>). */
  addBoundary(kind: Boundary): void {
    this.pendingSpace = null;
    if (this.length === 0) return;
    const wanted = kind === 'block' ? '\n\n' : '\n';
    if (wanted.length > this.pendingBreak.length) this.pendingBreak = wanted;
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  /** `verbatim`: copied as it is (preformatted text, or text with single spaces only). */
  private emit(raw: string, piece: number, from: number, verbatim = false): void {
    const chunk = verbatim ? raw : raw.replace(SINGLE, ' ');
    if (this.pendingBreak) {
      this.push(this.pendingBreak);
      this.pendingBreak = '';
      this.pendingSpace = null;
    } else if (this.pendingSpace) {
      if (this.length > 0) this.pushMapped(' ', this.pendingSpace.piece, this.pendingSpace.from);
      this.pendingSpace = null;
    }
    this.pushMapped(chunk, piece, from);
  }

  private pushMapped(chunk: string, piece: number, from: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.piece === piece && last.from + last.length === from && last.at + last.length === this.length) {
      last.length += chunk.length;
    } else {
      this.segments.push({ piece, at: this.length, from, length: chunk.length });
    }
    this.push(chunk);
  }

  private push(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}

export type Piece = string | { pre: string } | Boundary;

/** Convenience for tests and small inputs: joins a whole list of pieces at once. */
export function joinPieces(pieces: Piece[]): { text: string; segments: Segment[] } {
  const joiner = new TextJoiner();
  for (const piece of pieces) {
    if (piece === 'block' || piece === 'line') joiner.addBoundary(piece);
    else if (typeof piece === 'string') joiner.addText(piece);
    else joiner.addText(piece.pre, true);
  }
  return { text: joiner.text, segments: joiner.segments };
}

/** Index of the last segment starting at or before `offset` (-1 if none): binary search. */
export function segmentAtOrBefore(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].at <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Where the output range [start, end) lies in the pieces: the first kept character at or after
 * `start` and the last kept character before `end`. Null when the range holds no source text.
 */
export function locateRange(segments: Segment[], start: number, end: number): { startPiece: number; startOffset: number; endPiece: number; endOffset: number } | null {
  if (end <= start) return null;
  let first = segmentAtOrBefore(segments, start);
  let startSeg = segments[first];
  let startAt = start;
  if (!startSeg || start >= startSeg.at + startSeg.length) {
    first += 1;
    startSeg = segments[first];
    if (!startSeg) return null;
    startAt = startSeg.at;
  }
  const last = segmentAtOrBefore(segments, end - 1);
  const endSeg = segments[last];
  if (!endSeg || last < first) return null;
  const endAt = Math.min(end, endSeg.at + endSeg.length);
  if (endAt <= startAt) return null;
  return {
    startPiece: startSeg.piece,
    startOffset: startSeg.from + (startAt - startSeg.at),
    endPiece: endSeg.piece,
    endOffset: endSeg.from + (endAt - endSeg.at),
  };
}
