import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPieces, locateRange, type Piece, TextJoiner, TextStretches } from '../../utils/page/text-join';
import { textPieces } from '../../utils/extension/analysis-port';

/** Rebuilds the output from the pieces through the segments: every kept character is traced. */
function traced(pieces: Piece[]) {
  const { text, segments } = joinPieces(pieces);
  // A collapsed piece may show a space where its source has a tab or newline; <pre> copies as is.
  const source = (i: number) => {
    const p = pieces.filter((x) => x !== 'block' && x !== 'line')[i];
    return typeof p === 'string' ? p.replace(/[\t\n\r\f]/g, ' ') : (p as { pre: string }).pre;
  };
  for (const s of segments) {
    const copied = source(s.piece).slice(s.from, s.from + s.length);
    expect(copied).toBe(text.slice(s.at, s.at + s.length));
  }
  return { text, segments };
}

describe('joinPieces', () => {
  it.each<[string, Piece[], string]>([
    ['collapses runs of whitespace across pieces', ['\n  Amazon  will ', ' invest\n'], 'Amazon will invest'],
    ['keeps inline pieces together', ['over €', '1.2', ' billion'], 'over €1.2 billion'],
    ['turns block boundaries into one blank line', ['block', 'Title', 'block', 'block', ' First. ', 'block'], 'Title\n\nFirst.'],
    ['turns <br> into a single newline', ['one', 'line', 'two'], 'one\ntwo'],
    ['keeps no-break spaces (French thousands)', ['3\u202f000 emplois et 2\u00a0000'], '3\u202f000 emplois et 2\u00a0000'],
    ['drops whitespace-only pieces at line starts', ['block', '   ', 'block', '\n', 'Text'], 'Text'],
    ['keeps preformatted text as written', [{ pre: 'a  b\nc' }], 'a  b\nc'],
    ['gives an empty list an empty text', [], ''],
  ])('%s', (_name, pieces, expected) => {
    expect(traced(pieces).text).toBe(expected);
  });

  it('maps every output offset inside text back to its piece', () => {
    const { text, segments } = traced(['Hello  ', '<b>', ' world', 'block', 'Next']);
    expect(text).toBe('Hello <b> world\n\nNext');
    const where = locateRange(segments, text.indexOf('world'), text.indexOf('world') + 5);
    expect(where).toEqual({ startPiece: 2, startOffset: 1, endPiece: 2, endOffset: 6 });
  });

  it('gives a long page (more pieces than one join takes at once) the same text and mapping', () => {
    const pieces: Piece[] = Array.from({ length: 9000 }, (_, i) => (i % 7 === 6 ? 'block' : i % 2 ? ` word${i}\t` : `w${i}`));
    const { text, segments } = traced(pieces);
    expect(text).toBe(reference(pieces));
    expect(segments.length).toBeGreaterThan(4000);
  });

  it('moves a range that starts or ends on a synthetic break onto real text', () => {
    const { text, segments } = joinPieces(['One', 'block', 'Two']);
    const where = locateRange(segments, 3, text.length);
    expect(where).toEqual({ startPiece: 1, startOffset: 0, endPiece: 1, endOffset: 3 });
    expect(locateRange(segments, 3, 5)).toBeNull();
  });
});

/** The whitespace rules said plainly, on the whole string at once: the joiner must agree. */
function reference(pieces: Piece[]): string {
  let s = pieces.map((p) => (p === 'block' ? '\u0001' : p === 'line' ? '\u0002' : (p as string))).join('');
  s = s.replace(/[ \t\n\r\f]+/g, ' ');
  s = s.replace(/[ \u0001\u0002]*[\u0001\u0002][ \u0001\u0002]*/g, (m) => (m.includes('\u0001') ? '\n\n' : '\n'));
  return s.replace(/^[ \n]+|[ \n]+$/g, '');
}

describe('joinPieces against the plain rules', () => {
  const char = fc.constantFrom('a', 'b', '1', ' ', ' ', '\n', '\t', '\u00a0', '\u202f', '€');
  const piece = fc.oneof(fc.constantFrom<Piece>('block', 'line'), fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')));
  it('gives the same text and traces every kept character to its source', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        expect(traced(pieces).text).toBe(reference(pieces));
      }),
      { numRuns: 500 },
    );
  });
});

describe('TextStretches', () => {
  const stretch = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '€', '\ud83d', '\ude00'), { maxLength: 9 }).map((cs) => cs.join(''));
  const offset = fc.integer({ min: -60, max: 60 });
  it('reads as the joined string does (slices, chars, length, pieces)', () => {
    fc.assert(
      fc.property(fc.array(stretch, { maxLength: 8 }), offset, offset, fc.integer({ min: 1, max: 7 }), (stretches, start, end, size) => {
        const whole = stretches.join('');
        const text = new TextStretches(stretches);
        expect(text.length).toBe(whole.length);
        expect(text.text).toBe(whole);
        expect(text.slice(start, end)).toBe(whole.slice(start, end));
        expect(text.slice(start)).toBe(whole.slice(start));
        expect(text.charCodeAt(start)).toEqual(whole.charCodeAt(start));
        for (let at = 0; at < whole.length; at++) expect(text.charCodeAt(at)).toBe(whole.charCodeAt(at));
        expect(textPieces(text, size)).toEqual(textPieces(whole, size));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a long output in stretches the joiner made as it went', () => {
    const joiner = new TextJoiner();
    const words: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const word = `word${i} and €${i}`;
      words.push(word);
      joiner.addText(word);
      joiner.addBoundary('block');
    }
    const { stretches } = joiner;
    expect(stretches.text).toBe(words.join('\n\n'));
    expect(stretches.slice(40_000, 40_100)).toBe(words.join('\n\n').slice(40_000, 40_100));
  });
});
