// parseDigits reads a number's groups off the tokens without collecting them in arrays. It must
// read every digit string as the array-based reading did (kept below as the reference): the
// groups and their separators gathered, then joined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../utils/core/extract/01-tokens';
import { parseDigits, type ParsedNumber } from '../../utils/core/extract/04-numbers';
import type { Lang } from '../../utils/core/extract/data/numbers';

const isSep = (t: Token | undefined) => !!t && t.kind === 'punct' && t.gap === '' && (t.lower === '.' || t.lower === ',' || t.lower === "'");

/** The array-based reading parseDigits replaced. */
function referenceDigits(tokens: Token[], i: number, lang: Lang): ParsedNumber | null {
  const first = tokens[i];
  if (first.kind !== 'num') return null;
  const groups = [first.lower];
  const seps: string[] = [];
  let j = i + 1;
  for (;;) {
    const t = tokens[j];
    if (isSep(t) && tokens[j + 1]?.kind === 'num' && tokens[j + 1].gap === '') {
      groups.push(tokens[j + 1].lower);
      seps.push(t.lower);
      j += 2;
    } else if (t && t.kind === 'num' && t.lower.length === 3 && (t.gap === 'nbsp' || t.gap === ' ') && groups[0].length <= 3 && seps.every((s) => s === ' ')) {
      groups.push(t.lower);
      seps.push(' ');
      j += 1;
    } else break;
  }
  let value: number;
  let commaThousands: number | null = null;
  const last = seps.length - 1;
  const thousandsOnly = groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3) && seps.every((s) => s === seps[0]);
  if (seps.length === 0) value = Number(groups[0]);
  else if (seps.length >= 2 && thousandsOnly) value = Number(groups.join(''));
  else if (seps.length >= 2 && seps[last] !== seps[0] && groups.slice(1, -1).every((g) => g.length === 3)) {
    value = Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`);
  } else if (seps.length === 1) {
    const sep = seps[0];
    const three = groups[1].length === 3 && groups[0].length <= 3;
    const thousands = sep === ' ' || (three && sep === "'") || (three && (lang === 'en' ? sep === ',' : sep === '.'));
    value = thousands ? Number(groups.join('')) : Number(`${groups[0]}.${groups[1]}`);
    if (!thousands && three && sep === ',') commaThousands = Number(groups.join(''));
  } else return { value: NaN, from: i, to: j, bare4: false, written: false, phoneLike: true, commaThousands };
  const next = tokens[j];
  const phoneLike = (!!next && next.kind === 'num' && next.gap !== '' && next.gap !== 'nl' && seps.length === 0 && groups[0].length <= 4 && tokens[i - 1]?.lower === '+')
    || tokens[i - 1]?.lower === '+';
  return { value, from: i, to: j, bare4: seps.length === 0 && groups[0].length === 4, written: false, phoneLike, commaThousands };
}

const group = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom('0', '00', '0000', '12345678901234567890', '9007199254740993'),
);
const glue = fc.constantFrom('.', ',', ' ', '\u00a0', '\u202f', '', '. ', ', ', ' + ', '+', '\n', ' jobs ', '-', ':');
const LANGS: Lang[] = ['en', 'fr', 'de', 'es'];

describe('parseDigits reads what the array-based reading read', () => {
  it('at every number of any run of digit groups, in every language', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(group, glue), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map(([g, s]) => g + s).join('');
        const tokens = tokenize(text);
        for (const lang of LANGS) {
          for (let i = 0; i < tokens.length; i++) expect(parseDigits(tokens, i, lang), `${lang} ${i} «${text}»`).toEqual(referenceDigits(tokens, i, lang));
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // thousands of runs: seconds on a busy machine, more than the default 5 s
});
