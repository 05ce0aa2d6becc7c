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

const FIELDS = 4;
/**
 * Output characters joined into one stretch (see TextStretches). A stretch of a two-byte text is
 * 32 KB, in V8's young generation; the 1.3 MB bench page's text joined whole was a 2.6 MB string in
 * large-object memory, fresh pages that cost about 15 µs of CPU each on the bench machine (its
 * step was a slice of 13-26 ms of CPU under load, a scavenge in it every time, traced).
 */
const STRETCH_CHARS = 16_384;

/**
 * The segments of a joined text, in one growing integer array (piece, at, from, length per
 * segment): a long page has tens of thousands, and an object each kept the garbage collector
 * busy during the walk. Iterating gives Segment objects.
 */
export class Segments {
  private table = new Int32Array(FIELDS * 256);
  length = 0;

  piece(i: number): number {
    return this.table[i * FIELDS];
  }

  at(i: number): number {
    return this.table[i * FIELDS + 1];
  }

  from(i: number): number {
    return this.table[i * FIELDS + 2];
  }

  size(i: number): number {
    return this.table[i * FIELDS + 3];
  }

  /** Copies `length` characters of `piece` (from offset `from`) to offset `at` of the output. */
  add(piece: number, at: number, from: number, length: number): void {
    const last = this.length - 1;
    // The next stretch of the same piece, right after the last one in both: one segment still.
    if (last >= 0 && this.piece(last) === piece && this.from(last) + this.size(last) === from && this.at(last) + this.size(last) === at) {
      this.table[last * FIELDS + 3] += length;
      return;
    }
    if ((this.length + 1) * FIELDS > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    const row = this.length * FIELDS;
    this.table[row] = piece;
    this.table[row + 1] = at;
    this.table[row + 2] = from;
    this.table[row + 3] = length;
    this.length++;
  }

  get(i: number): Segment {
    return { piece: this.piece(i), at: this.at(i), from: this.from(i), length: this.size(i) };
  }

  *[Symbol.iterator](): Generator<Segment> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

/*
 * No regular expressions here: V8 compiles a regex on its first test and again to machine code
 * on its second, about 0.3 ms each on every page load (measured in Chromium 156, cold page), for
 * scans that indexOf and a char loop do as fast on a text node's few hundred characters.
 */

/** Whitespace as a regex's \s sees it (what trim() removes). */
export function isJsSpace(code: number): boolean {
  if (code < 0x2000) return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680;
  return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** Single spaces only: no tab, line break or form feed, and no two spaces in a row. */
function hasPlainSpaces(data: string): boolean {
  return data.indexOf('\n') < 0 && data.indexOf('  ') < 0 && data.indexOf('\t') < 0 && data.indexOf('\r') < 0 && data.indexOf('\f') < 0;
}

/** A lone tab, line break or form feed stands for a space (1:1, so offsets still map). */
function spacesFor(raw: string): string {
  let chunk = raw;
  if (chunk.indexOf('\n') >= 0) chunk = chunk.replaceAll('\n', ' ');
  if (chunk.indexOf('\t') >= 0) chunk = chunk.replaceAll('\t', ' ');
  if (chunk.indexOf('\r') >= 0) chunk = chunk.replaceAll('\r', ' ');
  if (chunk.indexOf('\f') >= 0) chunk = chunk.replaceAll('\f', ' ');
  return chunk;
}

/** What the page reads of a text: a string, or a long text kept in stretches (TextStretches). */
export interface TextLike {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
}

/**
 * A long text kept as the stretches it was joined in, read through `slice` and `charCodeAt` as a
 * string would be, so no one has to build the whole of it: posting it to the background in pieces
 * and reading the replies' sentences and names only slice it. `text` is the whole, as a string
 * made of the stretches (a rope: its characters are copied into one string only when someone
 * reads them).
 */
export class TextStretches implements TextLike {
  readonly length: number;
  /** Where each stretch starts in the text. */
  private readonly starts: number[] = [];
  private whole: string | null = null;
  /** The stretch the last read fell in: reads mostly go forward. */
  private last = 0;

  constructor(private readonly stretches: readonly string[]) {
    let at = 0;
    for (const stretch of stretches) {
      this.starts.push(at);
      at += stretch.length;
    }
    this.length = at;
  }

  get text(): string {
    if (this.whole === null) {
      let whole = '';
      for (const stretch of this.stretches) whole += stretch;
      this.whole = whole;
    }
    return this.whole;
  }

  toString(): string {
    return this.text;
  }

  /** Index of the stretch holding offset `at` (0 <= at < length). */
  private find(at: number): number {
    const { starts } = this;
    const last = this.last;
    if (starts[last] <= at && (last + 1 === starts.length || at < starts[last + 1])) return last;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    this.last = low;
    return low;
  }

  charCodeAt(index: number): number {
    const at = Math.trunc(index) || 0;
    if (at < 0 || at >= this.length) return NaN;
    const i = this.find(at);
    return this.stretches[i].charCodeAt(at - this.starts[i]);
  }

  /** As String.prototype.slice. */
  slice(start = 0, end = this.length): string {
    const from = clampOffset(start, this.length);
    const to = clampOffset(end, this.length);
    if (to <= from) return '';
    const first = this.find(from);
    const { stretches, starts } = this;
    if (to <= starts[first] + stretches[first].length) return stretches[first].slice(from - starts[first], to - starts[first]);
    let out = stretches[first].slice(from - starts[first]);
    let i = first + 1;
    for (; starts[i] + stretches[i].length < to; i++) out += stretches[i];
    return out + stretches[i].slice(0, to - starts[i]);
  }
}

/** An offset as String.prototype.slice reads it: negative counts from the end, then clamped to [0, length]. */
function clampOffset(offset: number, length: number): number {
  const at = Math.trunc(offset) || 0;
  return at < 0 ? Math.max(0, length + at) : Math.min(at, length);
}

/** Joins pieces incrementally, so a huge page can be joined in slices. */
export class TextJoiner {
  /** Recent pieces of output (`pending` characters), joined into a stretch every STRETCH_CHARS. */
  private parts: string[] = [];
  private pending = 0;
  private joined: string[] = [];
  private length = 0;
  readonly segments = new Segments();
  /** Where the space owed before the next text comes from (-1: none owed); two numbers, not an object per whitespace node. */
  private spacePiece = -1;
  private spaceFrom = 0;
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pieceCount = 0;

  /** Adds the next piece of source text; returns its index. */
  addText(data: string, preformatted = false): number {
    const piece = this.pieceCount++;
    if (preformatted) {
      if (data) this.emit(data, piece, 0, true);
      return piece;
    }
    // Leading and trailing whitespace become a pending space, runs of two or more inside are
    // collapsed, and a single tab or newline inside maps 1:1 onto a space.
    let start = 0;
    let end = data.length;
    while (start < end && isCollapsible(data.charCodeAt(start))) start++;
    if (start > 0) this.oweSpace(piece, 0);
    if (start === end) return piece;
    while (isCollapsible(data.charCodeAt(end - 1))) end--;
    let from = start;
    // Most text nodes hold single spaces only: native scans say so, and they are copied as they are.
    const plain = hasPlainSpaces(data);
    if (!plain) {
      // The text starts and ends with a non-space here, so every run lies inside it.
      for (let at = start + 1; at < end; at++) {
        if (!isCollapsible(data.charCodeAt(at))) continue;
        let after = at + 1;
        while (isCollapsible(data.charCodeAt(after))) after++;
        if (after - at >= 2) {
          this.emit(data.slice(from, at), piece, from);
          this.oweSpace(piece, at);
          from = after;
        }
        at = after;
      }
    }
    this.emit(data.slice(from, end), piece, from, plain);
    if (end < data.length) this.oweSpace(piece, end);
    return piece;
  }

  /** A block boundary (paragraph, heading, list item…) or a line break (<br>). */
  addBoundary(kind: Boundary): void {
    this.spacePiece = -1;
    if (this.length === 0) return;
    const wanted = kind === 'block' ? '\n\n' : '\n';
    if (wanted.length > this.pendingBreak.length) this.pendingBreak = wanted;
  }

  /** The output so far, in the stretches it was joined in (none joined into one string). */
  get stretches(): TextStretches {
    if (this.parts.length > 0) {
      this.joined.push(this.parts.join(''));
      this.parts = [];
      this.pending = 0;
    }
    return new TextStretches(this.joined.slice());
  }

  /** The output so far, as one string. */
  get text(): string {
    return this.stretches.text;
  }

  /** `verbatim`: copied as it is (preformatted text, or text with single spaces only). */
  private emit(raw: string, piece: number, from: number, verbatim = false): void {
    const chunk = verbatim ? raw : spacesFor(raw);
    if (this.pendingBreak) {
      this.push(this.pendingBreak);
      this.pendingBreak = '';
      this.spacePiece = -1;
    } else if (this.spacePiece >= 0) {
      if (this.length > 0) this.pushMapped(' ', this.spacePiece, this.spaceFrom);
      this.spacePiece = -1;
    }
    this.pushMapped(chunk, piece, from);
  }

  /** The first whitespace since the last text stands for the space (later ones add nothing). */
  private oweSpace(piece: number, from: number): void {
    if (this.spacePiece >= 0) return;
    this.spacePiece = piece;
    this.spaceFrom = from;
  }

  private pushMapped(chunk: string, piece: number, from: number): void {
    this.segments.add(piece, this.length, from, chunk.length);
    this.push(chunk);
  }

  private push(chunk: string): void {
    this.parts.push(chunk);
    this.pending += chunk.length;
    if (this.pending >= STRETCH_CHARS) {
      this.joined.push(this.parts.join(''));
      this.parts = [];
      this.pending = 0;
    }
    this.length += chunk.length;
  }
}

export type Piece = string | { pre: string } | Boundary;

/** Convenience for tests and small inputs: joins a whole list of pieces at once. */
export function joinPieces(pieces: Piece[]): { text: string; segments: Segments } {
  const joiner = new TextJoiner();
  for (const piece of pieces) {
    if (piece === 'block' || piece === 'line') joiner.addBoundary(piece);
    else if (typeof piece === 'string') joiner.addText(piece);
    else joiner.addText(piece.pre, true);
  }
  return { text: joiner.text, segments: joiner.segments };
}

/** Index of the last segment starting at or before `offset` (-1 if none): binary search. */
export function segmentAtOrBefore(segments: Segments, offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments.at(mid) <= offset) {
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
export function locateRange(segments: Segments, start: number, end: number): { startPiece: number; startOffset: number; endPiece: number; endOffset: number } | null {
  if (end <= start) return null;
  let first = segmentAtOrBefore(segments, start);
  let startAt = start;
  if (first < 0 || start >= segments.at(first) + segments.size(first)) {
    first += 1;
    if (first >= segments.length) return null;
    startAt = segments.at(first);
  }
  const last = segmentAtOrBefore(segments, end - 1);
  if (last < 0 || last < first) return null;
  const endAt = Math.min(end, segments.at(last) + segments.size(last));
  if (endAt <= startAt) return null;
  return {
    startPiece: segments.piece(first),
    startOffset: segments.from(first) + (startAt - segments.at(first)),
    endPiece: segments.piece(last),
    endOffset: segments.from(last) + (endAt - segments.at(last)),
  };
}
