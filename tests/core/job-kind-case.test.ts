// jobKind reads the words around a figure without lower-casing them: its patterns ignore case
// instead. Whatever the words, it must give the kind the lower-cased reading gives: the same
// patterns without the i flag, on foldCueText's lower-case fold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_KIND_PATTERNS, jobKind, type Surroundings } from '../../utils/core/compare/context';
import { foldCues, foldCueText } from '../../utils/core/compare/fold';
import type { Claim } from '../../utils/core/report';
import { claim } from '../fixtures/core/compare/claims';

// The same patterns without the i flag: the reference reading, on lower-cased text.
const [CONSTRUCTION, INDIRECT, PART_BEFORE, PART_AFTER] = [JOB_KIND_PATTERNS.CONSTRUCTION, JOB_KIND_PATTERNS.INDIRECT, JOB_KIND_PATTERNS.PART_BEFORE, JOB_KIND_PATTERNS.PART_AFTER]
  .map((pattern) => new RegExp(pattern.source, pattern.flags.replace('i', '')));

function lowerCaseKind(c: Claim, around: Surroundings, withText: boolean): string {
  const before = foldCueText(around.before);
  const after = foldCueText(around.after);
  if (PART_BEFORE.test(before.slice(-40)) || PART_AFTER.test(`x${after.slice(0, 70)}`)) return 'partial';
  if (c.metric !== 'jobs') return 'permanent';
  const words = `${before}${foldCueText(around.figure)}${after}`;
  if (CONSTRUCTION.test(words) || (!withText && CONSTRUCTION.test(foldCueText(c.period ?? '')))) return 'construction';
  if (INDIRECT.test(words)) return 'indirect';
  return 'permanent';
}

// Cue words in every case, accented and dashed forms, and the chars whose case behaves oddly:
// dotted and dotless i, long s, Kelvin sign, sharp s, final sigma; padding that moves cues
// across the 40 and 70 char windows.
const PIECES = [
  'of which ', 'OF WHICH ', 'Including ', 'dont ', 'davon ', 'de los cuales ', 'first phase ', 'Erste Stufe ', 'primera fase ',
  'in the first phase', 'IN THE FIRST PHASE', 'en la primera fase', 'during construction', 'DURING THE CONSTRUCTION',
  'Phase de construction', 'période de la construction', 'Bauphase', 'BAUARBEITER', 'temporary', 'Temporaires', 'befristeten',
  'construction jobs', 'Construction-Jobs', 'indirect', 'INDIREKTEN', 'induits', 'empleos de la construcción',
  'supply chain', 'Supply Chain', "chaîne d'approvisionnement", 'sous-traitance', 'Zulieferer', 'cadena de suministro', 'OPENING STAGE ', 'y compris ',
  'İ', 'ı', 'ſ', 'K', 'ß', 'Σ', 'ΣΑ', 'É', 'é', 'ü', '–', '-', '‐', ' ', '  ', '. ', '3 000', '€', 'x', 'wordy padding text ',
];
const words = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((ps) => ps.join(''));
const cases = fc.record({
  before: words,
  figure: fc.constantFrom('500', '1,200 jobs', 'Bauphase', 'İ500'),
  after: words,
  metric: fc.constantFrom('jobs', 'investment') as fc.Arbitrary<Claim['metric']>,
  period: fc.option(words, { nil: null }),
  withText: fc.boolean(),
});

describe('jobKind without lower-casing', () => {
  it('gives the kind the lower-cased reading gives', () => {
    fc.assert(
      fc.property(cases, ({ before, figure, after, metric, period, withText }) => {
        const c = claim({ metric, amount: 500, period });
        const around = { before, figure, after };
        expect(jobKind(c, around, withText)).toBe(lowerCaseKind(c, around, withText));
      }),
      { numRuns: 30000 },
    );
  });

  it('keeps the offsets of the lower-cased fold (a dotted capital I is decomposed first)', () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(foldCues(text).length).toBe(foldCueText(text).length);
        expect(foldCues(text).toLowerCase()).toBe(foldCueText(text));
      }),
      { numRuns: 5000 },
    );
  });
});
