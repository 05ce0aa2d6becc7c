// The pieces comparison is built from: company names, places, the words around a figure,
// and what a qualified figure allows.
import { describe, expect, it } from 'vitest';
import { jobKind, periodsClash, surroundings } from '../../utils/core/compare/context';
import { dropDisputedCountries, placeCompleter, placeRelation, readPlace } from '../../utils/core/compare/places';
import { sameSubject, subjectIndex } from '../../utils/core/compare/subjects';
import { valueRange } from '../../utils/core/compare/values';
import { claim } from '../fixtures/core/compare/claims';

describe('sameSubject', () => {
  it.each([
    ['Orvell Cables SA', 'Orvell', true],
    ['Tessaro Foods Inc.', 'tessaro foods', true],
    ['Brannock Cloud Services', 'BCS', true],
    ['Vellmar Steel AG (VLM.DE)', 'Vellmar', true],
    ['Grupo Alcaraz', 'Alcaraz', true],
    ['International Group', 'Holdings Group', false],
    ['Brannock Systems', 'Brannock Cloud Services', false],
    ['Brannock', 'Brannock Cloud Services', false],
    ['Orvell Energy', 'Orvell', false],
    ['Orvell Cables', 'Tessaro Foods', false],
    ['Orvell', null, false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameSubject(a, b)).toBe(same);
  });

  it('maps every name to one representative per company, the fullest', () => {
    const index = subjectIndex(['Orvell', 'Orvell Cables SA', 'Brannock Cloud Services', 'Brannock', null]);
    expect(index.get('Orvell')).toBe('Orvell Cables SA');
    expect(index.get('Brannock')).toBe('Brannock');
    expect(index.get('Brannock Cloud Services')).toBe('Brannock Cloud Services');
  });
});

describe('placeRelation', () => {
  const rel = (a: string | null, b: string | null) => placeRelation(readPlace(a), readPlace(b));
  it.each([
    ['Saint-Fons, France', 'France', 'same'],
    ['Saint-Fons, France', 'Frankreich', 'same'],
    ['Milan, Italy', 'Italie', 'same'],
    ['Valencia, España', 'Spain', 'same'],
    ['Monterrey, México', 'EE. UU.', 'other'],
    ['Lima, Ohio, United States', 'Ohio', 'same'],
    ['Teesside, United Kingdom', 'Teesside, England', 'same'],
    ['Lima, Ohio, United States', null, 'same'],
    ['Sterling Heights, Michigan, United States', 'Augsburg, Germany', 'other'],
    ['Zwickau, Germany', 'Saint-Fons, France', 'other'],
    ['Grenoble, France', 'Saint-Fons, France', 'unsure'],
    ['Bologna, Italy', 'Milan, Italy', 'unsure'],
  ])('%s / %s → %s', (a, b, relation) => {
    expect(rel(a, b)).toBe(relation);
  });

  it('completes a bare place from a fuller one, unless the name is ambiguous', () => {
    const places = ['Lima, Ohio, United States', 'Springfield, Illinois', 'Springfield, Massachusetts'].map(readPlace);
    const complete = placeCompleter(places);
    expect(complete(readPlace('Lima'))!.country).toBe('united states');
    expect(complete(readPlace('Ohio'))!.parts).toEqual(['ohio', 'united states']);
    expect(complete(readPlace('Springfield'))!.parts).toEqual(['springfield']);
  });

  it('drops a country that contradicts another mention of the same town', () => {
    const [a, b, c] = dropDisputedCountries(['Saint-Fons, France', 'Saint-Fons, Switzerland', 'Lyon, France'].map(readPlace));
    expect(a).toEqual({ parts: ['saint fons'], country: null });
    expect(b).toEqual({ parts: ['saint fons'], country: null });
    expect(c!.country).toBe('france');
  });
});

describe('jobKind', () => {
  const kindOf = (sentence: string, figure: string, period: string | null = null) => {
    const start = sentence.indexOf(figure);
    const c = claim({ metric: 'jobs', amount: 1, start, end: start + figure.length, period, sentence });
    return jobKind(c, surroundings(c, [c], sentence));
  };
  it.each([
    ['The site will employ up to 1,200 people during construction.', '1,200', 'construction'],
    ['Le chantier mobilisera 900 emplois pendant la phase de construction.', '900', 'construction'],
    ['In der Bauphase sollen bis zu 800 Arbeiter beschäftigt werden.', '800', 'construction'],
    ['Durante la construcción se crearán 600 empleos temporales.', '600', 'construction'],
    ['It will pay for the construction of a plant that will employ 2,000 people.', '2,000', 'permanent'],
    ['The plant will create 2,000 direct jobs and 5,000 indirect jobs.', '5,000', 'indirect'],
    ['Il créera 1 200 emplois chez lui et chez ses sous-traitants.', '1 200', 'permanent'],
  ])('%s → %s', (sentence, figure, kind) => {
    expect(kindOf(sentence, figure)).toBe(kind);
  });

  it('reads the period when the document text is not at hand', () => {
    const c = claim({ metric: 'jobs', amount: 1200, period: 'construction phase', sentence: 'It will support 1,200 jobs.' });
    const around = { before: '', figure: c.sentence, after: '' };
    expect(jobKind(c, around, false)).toBe('construction');
    expect(jobKind(c, around, true)).toBe('permanent');
  });

  it.each([
    ['It will invest €1.2bn, of which €500m in Lyon.', '€500m', 'partial'],
    ['Le groupe investira 1,2 milliard, dont 300 millions cette année.', '300 millions', 'partial'],
    ['A first phase of €400m starts next year.', '€400m', 'partial'],
    ['It will spend €400m in the first phase.', '€400m', 'partial'],
    ['The first phase of the €1.2bn plant opens in 2026 and will create 2,000 jobs.', '2,000', 'permanent'],
    ['Helvio, dont le siège est à Lyon, investira 1,2 milliard.', '1,2 milliard', 'permanent'],
  ])('%s → %s', (sentence, figure, kind) => {
    const start = sentence.indexOf(figure);
    const c = claim({ metric: figure.includes('€') || figure.includes('illi') ? 'investment' : 'jobs', amount: 1, start, end: start + figure.length, sentence });
    expect(jobKind(c, surroundings(c, [c], sentence))).toBe(kind);
  });

  it('never reads past a neighbouring figure', () => {
    const text = 'It will create between 300 and 500 permanent jobs, with up to 1,200 more during construction.';
    const first = claim({ metric: 'jobs', amount: 300, start: text.indexOf('300'), end: text.indexOf(' permanent') });
    const second = claim({ metric: 'jobs', amount: 1200, start: text.indexOf('1,200'), end: text.indexOf('1,200') + 5 });
    expect(jobKind(first, surroundings(first, [first, second], text))).toBe('permanent');
    expect(jobKind(second, surroundings(second, [first, second], text))).toBe('construction');
  });
});

describe('periodsClash', () => {
  it.each([
    ['by 2028', "d'ici 2028", false],
    ['by 2028', 'by 2030', true],
    ['over five years', 'by 2030', false],
    [null, 'by 2030', false],
  ])('%s / %s → %s', (a, b, clash) => {
    expect(periodsClash(a, b)).toBe(clash);
  });
});

describe('valueRange', () => {
  it('keeps a close reading inside a loose one', () => {
    for (const q of ['exact', 'about', 'nearly', 'over', 'at_least', 'up_to', 'range', 'average'] as const) {
      const close = valueRange(1000, q === 'range' ? 1500 : null, q, 'close');
      const loose = valueRange(1000, q === 'range' ? 1500 : null, q, 'loose');
      expect(loose.low, q).toBeLessThanOrEqual(close.low);
      expect(loose.high, q).toBeGreaterThanOrEqual(close.high);
    }
  });

  it('allows a rounded figure its rounding', () => {
    const r = valueRange(1.2e9, null, 'exact', 'close');
    expect(r.low).toBeLessThan(1.17e9);
    expect(r.high).toBeGreaterThan(1.23e9);
  });
});
