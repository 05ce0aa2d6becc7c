// statusCues reads its four phrase tables (cumulative, earlier, adds-to, raises-total) and the
// last past announcement in one pass over the sentence: the cues must be the four findAll
// calls' (each table's in its own order, the tables in that order) and the announcement the
// last token of PAST_ANNOUNCE.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { STATUS_TABLES, tableCues, type StatusCue } from '../../utils/core/extract/08-context';
import { PAST_ANNOUNCE } from '../../utils/core/extract/data/cues';
import { findAll, matchesIn, type PhraseTable } from '../../utils/core/extract/phrases';
import type { SentenceView } from '../../utils/core/extract/07-metric';

const { cumulative, earlier, addsTo, raisesTotal, superlatives } = STATUS_TABLES;
const pastAnnounce = new Set(PAST_ANNOUNCE);

/** The reading before the single pass: four findAll calls, then a scan for the last announcement. */
function plainTableCues(s: SentenceView): { cues: StatusCue[]; lastAnnounce: number } {
  const { tokens } = s;
  const cues: StatusCue[] = [];
  for (const m of findAll(tokens, s.from, s.to, cumulative)) {
    if (!matchesIn(tokens, Math.max(s.from, m.start - 8), m.start, superlatives)) cues.push({ status: 'cumulative', at: m.start, rule: 'cumulative-wording' });
  }
  for (const m of findAll(tokens, s.from, s.to, earlier)) cues.push({ status: 'earlier', at: m.start, rule: 'earlier-wording' });
  for (const m of findAll(tokens, s.from, s.to, addsTo)) cues.push({ status: 'earlier', at: m.end, rule: 'on-top-of-earlier' });
  for (const m of findAll(tokens, s.from, s.to, raisesTotal)) cues.push({ status: 'cumulative', at: m.start, rule: 'brings-total' });
  let lastAnnounce = -1;
  for (let i = s.from; i < s.to; i++) if (pastAnnounce.has(tokens[i].lower)) lastAnnounce = i;
  return { cues, lastAnnounce };
}

const phrasesOf = (table: PhraseTable<unknown>) => [...table.byFirst.values()].flat().map((p) => p.words.join(' '));

describe('the status tables read in one pass', () => {
  // whole phrases of every table (overlapping ones included), their first words alone, and fillers
  const phrase = fc.constantFrom(...phrasesOf(cumulative), ...phrasesOf(earlier), ...phrasesOf(addsTo), ...phrasesOf(raisesTotal), ...phrasesOf(superlatives));
  const firstWord = phrase.map((p) => p.split(' ')[0]);
  const filler = fc.constantFrom('the', 'of', 'to', 'a', 'à', ',', '2023', 'total', 'since', 'jobs', 'Will', 'rise', 'sich', '€', '500');
  const announce = fc.constantFrom(...PAST_ANNOUNCE);
  const piece = fc.oneof(phrase, firstWord, filler, announce);

  it('lists the cues of the four findAll calls and the last past announcement', () => {
    let found = 0;
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), fc.nat(8), fc.nat(40), (pieces, skip, cut) => {
      const tokens = tokenize(pieces.join(' '));
      const from = Math.min(skip, tokens.length);
      const to = Math.max(from, Math.min(tokens.length, from + cut));
      const s: SentenceView = { tokens, from, to, lang: 'en' };
      const cues: StatusCue[] = [];
      const lastAnnounce = tableCues(s, cues);
      const plain = plainTableCues(s);
      expect(cues).toEqual(plain.cues);
      expect(lastAnnounce).toBe(plain.lastAnnounce);
      found += cues.length;
    }), { numRuns: 3000 });
    // (the runs met cues)
    expect(found).toBeGreaterThan(1000);
  }, 60_000);
});
