// jobKind reads the words around a figure without lower-casing them: its patterns ignore case
// instead. Whatever the words, it must give the kind the lower-cased reading gives: the same
// patterns without the i flag, on foldCueText's lower-case fold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobKind, type Surroundings } from '../../utils/core/compare/context';
import { foldCues, foldCueText } from '../../utils/core/compare/fold';
import type { Claim } from '../../utils/core/report';
import { claim } from '../fixtures/core/compare/claims';

// The patterns as they were written for lower-case text (the reference reading).
const CONSTRUCTION = new RegExp(
  [
    '\\b(?:during|throughout|pendant|durant|durante|wahrend) (?:the |la |les |le |der |des |du |del |el |las |los )?(?:(?:phase|periode|fase) de (?:la )?)?(?:construction|build|building|travaux|chantier|construccion|obras|bau\\w*)',
    '\\b(?:construction|build|building) (?:phase|period|peak|stage|jobs|workers|roles|staff|work)',
    '\\b(?:phase|periode|fase) de (?:la )?(?:construction|construccion|chantier|obras)',
    '\\b(?:emplois|postes|empleos|puestos|trabajos) (?:de |en )?(?:la )?(?:construction|chantier|construccion|obra)',
    '\\b(?:bauphase|bauzeit|bauarbeiter\\w*|baustelle\\w*)',
    '\\b(?:temporary|temporaires?|temporales?|temporar\\w*|befristete?n?)\\b',
  ].join('|'),
);
const INDIRECT = /\b(?:indirect\w*|indirekte?n?|induced|induits?|inducidos?)\b/;
const PART_BEFORE = /(?:\b(?:of which|including|dont|y compris|davon|darunter|de los cuales|de las cuales|incluidos?)\s+(?:\S+\s*)?|\b(?:first|initial|opening|premiere|erste[nr]?|primera) (?:phase|stage|tranche|etape|stufe|fase)\s+(?:\S+\s*){0,2})$/;
const PART_AFTER = /^\S*\s+(?:\S+\s+){0,3}?(?:(?:in|for|of|during|dans|pour|en|fur|in der|para|en la) (?:the |a |an |la |une |une |der |einer |el |una )?(?:first|initial|premiere|ersten?|primera) (?:phase|stage|tranche|etape|stufe|fase))/;

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
