// Properties of `analyze` that must hold for every input, checked with fast-check: it never
// throws, its report always fits the contract, every offset points at the figure, and the
// claims do not depend on how the same sentences are split into paragraphs.
// Linear time on hostile inputs is checked in properties-linear.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSentence, type SentenceKind } from '../../scripts/bench/corpus';
import { LANGS, type Lang } from '../../scripts/bench/figures';
import { seededRandom } from '../../scripts/bench/random';
import { analyze, type Report } from '../../utils/core/index';
import { ReportSchema } from '../../utils/core/report';

/** Pieces that steer random text into the engine's number, currency and name paths. */
const TRICKY_PIECES = [
  '1', '12', '1.2', '1,2', '3 000', '3\u00A0000', '3\u202F000', '2.000', '17.500', '1,1,1', '((', '))', '-', '–',
  '€', '$', '£', 'EUR', 'USD', 'bn', 'm', 'M€', 'Md€', 'Mrd.', 'Mio.', 'billion', 'million', 'milliard',
  "milliards d'euros", 'Milliarden Euro', 'millones de euros', 'mil millones', 'jobs', 'emplois', 'Arbeitsplätze',
  'empleos', 'people', 'hire', 'invest', 'investir', 'investieren', 'invertirá', 'over', 'plus de', 'mehr als',
  'between', 'and', 'to', '%', '2028', 'by 2030', "d'ici", 'Amazon', 'Inc.', 'GmbH', '(NASDAQ: MSFT)', 'it',
  'the company', 'le groupe', 'der Konzern', 'la compañía', 'three thousand', 'trois mille', 'half a billion',
  'שלום', 'مرحبا', '٣٠٠٠', '١٢', '\u200F', '\u202E', '\uD800', '\uDFFF', '\u0000', '\u0007', '\u001B', '\r',
  '\t', '\n', '\n\n', ' ', '\u00A0', '\u202F', '\u2019', '.', ',', ':', ';', '?', '!', '"', '«', '»', '…', '😀',
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const LANG_HINTS = [undefined, 'en', 'fr', 'de', 'es', 'it', 'xx', ''] as const;

/** Random text of every kind: code units (lone surrogates included), code points, soups of tricky pieces. */
const hostileText = fc.oneof(
  fc.string({ unit: anyCodeUnit, maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 80 }).map((p) => p.join('')),
  fc.array(fc.oneof(fc.constantFrom(...TRICKY_PIECES), fc.constantFrom(' ', ' ', '\n')), { maxLength: 120 }).map((p) => p.join('')),
);

/** Article-like sentences from the bench's generator, so that claims really appear. */
const sentence = (lang: Lang, kind?: SentenceKind) =>
  fc.record({ seed: fc.integer(), kind: kind ? fc.constant(kind) : fc.constantFrom<SentenceKind>('claim', 'claim', 'distractor', 'filler') })
    .map(({ seed, kind: k }) => generateSentence(seededRandom(seed), lang, k).text);

const articleLike = fc.constantFrom(...LANGS).chain((lang) =>
  fc.array(fc.oneof(sentence(lang), fc.constantFrom(...TRICKY_PIECES)), { minLength: 1, maxLength: 12 })
    .chain((parts) => fc.array(fc.constantFrom(' ', ' ', '\n', '\n\n', '\u00A0', ''), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join(''))),
);

const run = (text: string, lang?: string): Report => analyze([{ source: 'property.txt', text, lang }]);

const NUMBER_WORD = new RegExp(
  '\\p{Nd}|' +
    [
      'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'half', 'dozen',
      'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'vingt', 'cent', 'mille', 'milliard', 'moitié',
      'ein', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'zehn', 'hundert', 'tausend', 'milliarde', 'halbe',
      'uno', 'dos', 'tres', 'cuatro', 'cinco', 'diez', 'cien', 'mil', 'millón', 'millones', 'medio',
    ].join('|'),
  'iu',
);

/** Every offset in the report lies in the text and points at what the report says it does. */
function expectOffsetsOnTheText(report: Report, texts: string[]): void {
  report.documents.forEach((doc, d) => {
    const text = texts[d];
    for (const claim of doc.claims) {
      expect(Number.isInteger(claim.start) && Number.isInteger(claim.end)).toBe(true);
      expect(claim.start).toBeGreaterThanOrEqual(0);
      expect(claim.start).toBeLessThan(claim.end);
      expect(claim.end).toBeLessThanOrEqual(text.length);
      const figure = text.slice(claim.start, claim.end);
      expect(figure, `figure of ${claim.id}`).toMatch(NUMBER_WORD);
      expect(Number.isFinite(claim.amount) && claim.amount >= 0, `amount ${claim.amount} of "${figure}"`).toBe(true);
      if (claim.amount_max != null) expect(claim.amount_max).toBeGreaterThanOrEqual(claim.amount);
    }
    for (const entity of doc.entities) {
      expect(entity.start).toBeGreaterThanOrEqual(0);
      expect(entity.start).toBeLessThan(entity.end);
      expect(entity.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    }
  });
}

describe('analyze on any input', () => {
  it('never throws and always returns a report that fits the contract', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, articleLike), { minLength: 1, maxLength: 3 }), fc.constantFrom(...LANG_HINTS), (texts, lang) => {
        const report = analyze(texts.map((text, i) => ({ source: `p${i}.txt`, text, lang })));
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(report.documents).toHaveLength(texts.length);
      }),
      { numRuns: 400 },
    );
    // 400 reports take about a second alone; on the shared machine several times that
  }, 30_000);

  it('keeps every claim and entity offset in bounds and on its figure or name', () => {
    let claimsSeen = 0;
    fc.assert(
      fc.property(fc.oneof(articleLike, hostileText), fc.constantFrom(...LANG_HINTS), (text, lang) => {
        const report = run(text, lang);
        claimsSeen += report.documents[0].claims.length;
        expectOffsetsOnTheText(report, [text]);
      }),
      { numRuns: 400 },
    );
    // Not vacuous: the generated sentences did give claims to check.
    expect(claimsSeen).toBeGreaterThan(0);
  }, 30_000);

  it('survives a 5 MB single line and keeps its offsets right', () => {
    // Grown ×4 at a time from 320 KB, so an engine that is superlinear on long lines fails
    // at a size it can finish instead of hanging the run on the 5 MB line.
    const rng = seededRandom(11);
    const parts: string[] = [];
    let previousMs: number | null = null;
    for (const size of [327_680, 1_310_720, 5_242_880]) {
      for (let length = parts.join(' ').length; length < size; ) {
        const s = generateSentence(rng, LANGS[parts.length % 4], rng.chance(0.2) ? 'claim' : 'filler').text;
        parts.push(s);
        length += s.length + 1;
      }
      const line = parts.join(' ');
      expect(line).not.toContain('\n');
      // CPU time, not wall time: other processes on the machine delay the call, they do not
      // add to the work it does
      const t0 = process.cpuUsage();
      const report = run(line);
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      expect(report.documents[0].claims.length).toBeGreaterThan(0);
      expectOffsetsOnTheText(report, [line]);
      if (previousMs != null) expect(ms / previousMs, `×4 longer line took ${ms.toFixed(0)} ms after ${previousMs.toFixed(0)} ms`).toBeLessThan(24);
      previousMs = ms;
    }
  }, 120_000);
});

type ClaimKey = string;
const claimKeys = (report: Report): ClaimKey[] =>
  report.documents[0].claims.map((c) => `${c.metric} ${c.amount} ${c.currency}`).sort();

describe('claims do not depend on where paragraphs are split', () => {
  const paragraphs = fc.constantFrom(...LANGS).chain((lang) =>
    fc.array(fc.array(sentence(lang), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  );

  it('gives the same (metric, amount, currency) with one or two blank lines between paragraphs', () => {
    let claimsSeen = 0;
    fc.assert(
      fc.property(paragraphs, (paras) => {
        const texts = paras.map((p) => p.join(' '));
        const once = claimKeys(run(texts.join('\n\n')));
        claimsSeen += once.length;
        expect(claimKeys(run(texts.join('\n\n\n')))).toEqual(once);
      }),
      { numRuns: 150 },
    );
    expect(claimsSeen).toBeGreaterThan(0);
  });

  it('gives the same (metric, amount, currency) when the same sentences are grouped into paragraphs differently', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (paras, breaks) => {
        const sentences = paras.flat();
        const regrouped = sentences.map((s, i) => (i === 0 ? s : (breaks[i % breaks.length] ? '\n\n' : ' ') + s)).join('');
        expect(claimKeys(run(regrouped))).toEqual(claimKeys(run(paras.map((p) => p.join(' ')).join('\n\n'))));
      }),
      { numRuns: 150 },
    );
  });
});
