// Whole articles written for these tests (tests/fixtures/core/extract): language, every
// claim with its figure exactly as written, nothing from boilerplate, and the pipeline's
// sentence and offset guarantees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { splitSentences } from '../../utils/core/extract/03-sentences';
import { extractDocument } from '../../utils/core/extract/index';

const dir = join(__dirname, '..', 'fixtures', 'core', 'extract');
const expected: Record<string, { lang: string; claims: string[] }> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe('fixture articles', () => {
  for (const [file, want] of Object.entries(expected)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = extractDocument('d1', text);
    it(`${file}: detects ${want.lang}`, () => expect(doc.lang).toBe(want.lang));
    it(`${file}: finds the labelled claims`, () => {
      const got = doc.claims.map((c) => `${c.metric} ${c.amount}${c.currency ? ` ${c.currency}` : ''} ${c.qualifier} ${c.status} «${text.slice(c.start, c.end)}»`);
      expect(got).toEqual(want.claims);
    });
    it(`${file}: every claim has a subject, a sentence containing its figure, and reasons`, () => {
      for (const c of doc.claims) {
        expect(c.subject).toBeTruthy();
        expect(c.sentence).toContain(text.slice(c.start, c.end));
        expect(c.reasons.length).toBeGreaterThan(0);
      }
    });
    it(`${file}: entity offsets point at their text`, () => {
      for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  }

  it('reads no claim from related-story lists and footers', () => {
    const text = readFileSync(join(dir, 'es-planta.txt'), 'utf8');
    const claims = extractDocument('d1', text).claims;
    expect(claims.some((c) => c.sentence.includes('Iberdrola'))).toBe(false);
  });

  it('finds people with their roles and places', () => {
    const doc = extractDocument('d1', readFileSync(join(dir, 'fr-usine.txt'), 'utf8'));
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: 'Claire Vannier', type: 'person', role: 'pdg' }));
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: 'Hauts-de-France', type: 'place' }));
  });

  it('lets a language hint win over detection', () => {
    expect(extractDocument('d1', 'The company will invest.', 'de-DE').lang).toBe('de');
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Dr. Smith met Mr. Jones. They agreed.', ['Dr. Smith met Mr. Jones.', 'They agreed.']],
    ['Helvio Batteries S.A. will invest €1.2bn. It said so.', ['Helvio Batteries S.A. will invest €1.2bn.', 'It said so.']],
    ['Le chiffre est de 1.5 milliard. « C’est énorme. » Puis il part.', ['Le chiffre est de 1.5 milliard.', '« C’est énorme. »', 'Puis il part.']],
    ['„Wir gehen dorthin.“ Die Entscheidung fiel.', ['„Wir gehen dorthin.“', 'Die Entscheidung fiel.']],
    ['Headline without a full stop\n\nBody text here.', ['Headline without a full stop', 'Body text here.']],
  ])('%s', (text, want) => expect(split(text)).toEqual(want));

  it('keeps exact offsets: the sentences and the gaps between them rebuild the text', () => {
    const text = 'Première phrase.\u00a0Deuxième\u202fphrase !\n\nTroisième…';
    const tokens = tokenize(text);
    const rebuilt = tokens.map((t, i) => text.slice(i ? tokens[i - 1].end : 0, t.end)).join('') + text.slice(tokens[tokens.length - 1].end);
    expect(rebuilt).toBe(text);
  });
});
