// The compact form of a report's document on the analysis port: what the background encodes, the
// page expands to the same claims and entities; rows that point nowhere are refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/core';
import { type Claim, type Entity, ENTITY_TYPES, METRICS, QUALIFIERS, STATUSES } from '../../utils/core/report';
import { CLAIM_FIELDS, decodePiece, encodePiece, isClaimRows, isEntityRows, isIndexList, isNoteRows, type WirePiece } from '../../utils/extension/analysis-wire';

const TEXT =
  'Quillon Motors SA said on Tuesday it would invest €1.2 billion ($1.3 billion) in a van plant in Valence, France, and hire 2,000 people there by 2028, chief executive Anne Morel said.\n\n' +
  'Rival Brevan Auto said it would invest between €800 million and €900 million in Lyon. Brevan Auto will also hire about 300 people.';

/** The piece as the page receives it: JSON-copied (Chrome) and its shapes checked as the schema does. */
function delivered(piece: WirePiece): WirePiece {
  const copy = JSON.parse(JSON.stringify(piece)) as WirePiece;
  expect([isClaimRows(copy.claims), isEntityRows(copy.entities), isIndexList(copy.reasons), copy.notes === undefined || isNoteRows(copy.notes)]).toEqual([true, true, true, true]);
  return copy;
}

describe('the compact form of a document piece', () => {
  it("gives back the engine's claims and entities, with sentences as offsets into the text and each string once", () => {
    const { claims, entities } = analyze([{ source: 's', text: TEXT }]).documents[0];
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(claims.some((c) => c.alt !== null) && claims.some((c) => c.amount_max !== null)).toBe(true);
    expect(entities.some((e) => e.role)).toBe(true);
    const piece = encodePiece(TEXT, claims, entities);
    expect(piece.claims).toHaveLength(claims.length * CLAIM_FIELDS);
    // No sentence in the table: the text holds them all.
    for (const claim of claims) expect(piece.strings).not.toContain(claim.sentence);
    expect(new Set(piece.strings).size).toBe(piece.strings.length);
    expect(decodePiece(TEXT, delivered(piece))).toEqual({ claims, entities });
  });

  it('carries what the text does not hold: a sentence, an entity spelt otherwise, a role or a null role', () => {
    const claim: Claim = { id: 'd1.c7', metric: 'jobs', subject: null, amount: 300, amount_max: null, currency: null, qualifier: 'about', location: null, period: null, status: 'earlier', alt: null, start: 5, end: 8, sentence: 'Not in the text, 300 jobs.', reasons: [] };
    const entities: Entity[] = [
      { text: 'Brevan', type: 'org', start: 0, end: 6 },
      { text: 'Anne Morel', type: 'person', start: 10, end: 20, role: null },
      { text: 'Quillon', type: 'org', start: 21, end: 30, role: 'maker' },
    ];
    const text = 'Bravan... Anne Morel Quillon Motors';
    const piece = encodePiece(text, [claim], entities);
    expect(piece.strings).toContain(claim.sentence);
    expect(piece.notes).toEqual([0, piece.strings.indexOf('Brevan'), -1, 1, -1, -2, 2, piece.strings.indexOf('Quillon'), piece.strings.indexOf('maker')]);
    expect(decodePiece(text, delivered(piece))).toEqual({ claims: [claim], entities });
    expect(encodePiece(text, [], [])).toEqual({ strings: [], claims: [], entities: [], reasons: [] });
  });

  it('gives back any claims and entities (random ones, some sentences in the text, some not)', () => {
    const text = 'Acme will invest €1.2bn in Lyon and hire 3,000 people. Beta said it would spend $40m. ';
    const name = fc.option(fc.string({ maxLength: 6 }), { nil: null });
    // (-0 becomes 0 through JSON, in any form of the reply)
  const amount = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
    const claim = fc
      .record({
        id: fc.string({ maxLength: 6 }),
        metric: fc.constantFrom(...METRICS),
        subject: name,
        amount,
        amount_max: fc.option(amount, { nil: null }),
        currency: name,
        qualifier: fc.constantFrom(...QUALIFIERS),
        location: name,
        period: name,
        status: fc.constantFrom(...STATUSES),
        alt: fc.option(fc.record({ amount, currency: fc.string({ maxLength: 4 }) }), { nil: null }),
        start: fc.nat(text.length),
        length: fc.nat(12),
        sentenceFrom: fc.nat(text.length),
        sentenceLength: fc.nat(60),
        written: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
        reasons: fc.array(fc.constantFrom('invest-word-before', 'subject-in-sentence', 'x', ''), { maxLength: 4 }),
      })
      .map(({ length, sentenceFrom, sentenceLength, written, ...c }): Claim => ({ ...c, end: c.start + length, sentence: written ?? text.slice(sentenceFrom, sentenceFrom + sentenceLength) }));
    const entity = fc.record({ type: fc.constantFrom(...ENTITY_TYPES), start: fc.nat(text.length), length: fc.nat(10), written: fc.option(fc.string({ maxLength: 5 }), { nil: null }), role: fc.option(name, { nil: undefined }) }).map(({ type, start, length, written, role }): Entity => {
      const end = Math.min(text.length, start + length);
      return { text: written ?? text.slice(start, end), type, start, end, ...(role !== undefined ? { role } : {}) };
    });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 8 }), fc.array(entity, { maxLength: 8 }), (claims, entities) => {
        expect(decodePiece(text, delivered(encodePiece(text, claims, entities)))).toEqual({ claims, entities });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses rows of the wrong shape, and rows that point outside the strings or the text', () => {
    const { claims, entities } = analyze([{ source: 's', text: TEXT }]).documents[0];
    const piece = encodePiece(TEXT, claims, entities);
    expect(isClaimRows(piece.claims.slice(1))).toBe(false);
    for (const [column, bad] of [[0, -1], [1, METRICS.length], [3, null], [3, Number.NaN], [6, 1.5], [9, STATUSES.length], [12, -1], [16, '0']] as const) {
      const rows = [...piece.claims];
      rows[column] = bad as number;
      expect(isClaimRows(rows)).toBe(false);
    }
    expect([isEntityRows([0, 1]), isEntityRows([ENTITY_TYPES.length, 0, 1]), isEntityRows([0, -1, 2]), isNoteRows([0, -2, -1]), isNoteRows([0, -1, -3]), isIndexList([1, -1])]).toEqual([false, false, false, false, false, false]);
    const changed = (edit: (copy: WirePiece) => void) => {
      const copy = structuredClone(piece);
      edit(copy);
      return decodePiece(TEXT, copy);
    };
    expect(changed(() => undefined)).not.toBeNull();
    expect(changed((p) => (p.claims[0] = p.strings.length))).toBeNull();
    expect(changed((p) => (p.claims[2] = p.strings.length))).toBeNull();
    expect(changed((p) => (p.claims[14] = TEXT.length))).toBeNull();
    expect(changed((p) => (p.claims[14] = -1 - p.strings.length))).toBeNull();
    expect(changed((p) => (p.claims[16] = p.reasons.length))).toBeNull();
    expect(changed((p) => (p.reasons[0] = p.reasons.length))).toBeNull();
    expect(changed((p) => (p.entities[2] = TEXT.length + 1))).toBeNull();
    expect(changed((p) => (p.notes = [entities.length, -1, -1]))).toBeNull();
    expect(changed((p) => (p.notes = [0, p.strings.length, -1]))).toBeNull();
  });
});
