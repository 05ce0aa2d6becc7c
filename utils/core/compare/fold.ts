// The words around a figure made comparable with plain patterns: lower case, accents dropped,
// dashes as spaces. The reference is
//   text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐–]/g, ' ')
// and foldCueText gives exactly that (tests/core/fold.test.ts); foldCues, what comparison reads
// with case-blind patterns, is the same before lower-casing (tests/core/job-kind-case.test.ts).
//
// Why char by char is the same as the whole text: NFKD decomposes each char on its own and then
// only reorders runs of combining marks. When every mark the decomposition yields lies in
// U+0300–U+036F (all of them are dropped), the order they came in cannot show. That holds for
// each char below U+0300 and for the few punctuation, space and currency chars listed in WIDE;
// any other char takes the whole-text normalize (the slow path, rare in news text).

const MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** A char's own decomposition with its accents dropped. */
const decomposed = (c: number) => String.fromCharCode(c).normalize('NFKD').replace(MARKS, '');

/** Each Latin char below U+0300 decomposed with its accents dropped, dashes as spaces, made once. */
const LATIN: string[] = [];
for (let c = 0; c < 0x300; c++) LATIN.push(finish(decomposed(c)));

// Chars above U+0300 that news text is full of (a narrow no-break space inside "3 000", the
// typographic apostrophe, quotes, dashes, the euro sign): each decomposes into base chars only
// (itself, a space, dots, letters), so it can be folded on its own like a Latin one.
const WIDE_CODES = [
  0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, // spaces
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, // dashes
  0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2032, 0x2033, 0x2039, 0x203a,
  0x202f, 0x205f, // narrow and medium spaces
  0x20a3, 0x20a4, 0x20a8, 0x20ac, 0x20b9, 0x20bd, // currency signs
  0x2122, 0x2212, // trade mark, minus
];
const WIDE = new Map<number, string>(WIDE_CODES.map((c) => [c, finish(decomposed(c))]));

function finish(plain: string): string {
  return plain.replace(/[-‐–]/g, ' ');
}

// String methods read through the prototype: a `text.indexOf` site meeting the many kinds of
// string these slices come as (flat, sliced, joined, one or two bytes) turns megamorphic.
const indexOf = String.prototype.indexOf;

/** `finish` of text whose only possible dash is the ASCII one (each dash is replaced on its own). */
function asciiDashes(text: string): string {
  return indexOf.call(text, '-') < 0 ? text : text.replace(/-/g, ' ');
}

/** Lower case, accents dropped, dashes as spaces (see the reference above). */
export function foldCueText(text: string): string {
  return foldCues(text).toLowerCase();
}

/**
 * Accents dropped, dashes as spaces, the case kept: foldCueText before lower-casing, for
 * patterns that ignore case (lower-casing slices of a text that mixes scripts was most of the
 * time the fold took). Both have the same length: the one char whose lower case is longer, the
 * dotted capital I, is decomposed to a plain I here.
 */
export function foldCues(text: string): string {
  // ASCII only (most English words around a figure): the one dash of ASCII as a space; the
  // regex test scans a sliced string faster than a loop over its char codes
  if (!NOT_ASCII.test(text)) return asciiDashes(text);
  // runs of ASCII are copied whole; each other char is replaced by its folded form, whose
  // dashes the tables already turned into spaces: only the ASCII runs' dashes are left
  let plain = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    const folded = c < 0x300 ? LATIN[c] : WIDE.get(c);
    // any other char: its marks may need reordering with their neighbours'
    if (folded === undefined) return finish(text.normalize('NFKD').replace(MARKS, ''));
    plain += text.slice(from, i) + folded;
    from = i + 1;
  }
  return asciiDashes(plain + text.slice(from));
}
