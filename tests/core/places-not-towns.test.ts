// Capitalised words after "in", "at" or "aux" that name no town: a people, a currency's sign, an
// acronym describing the plant, a German compound naming a kind of site. Each reads a place the
// reader's card would show ("place: Windkraft", "place: Rs") unless the rule holds.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const locations = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => c.location);

describe('capitalised words that name no town', () => {
  it.each([
    ['Ryanair will invest €400m in Irish engineering and training facilities.', 'en', [null]],
    ["Méridienne investira 350 millions d'euros à Colomiers pour rester dans la course face aux Américains.", 'fr', ['Colomiers']],
    ['Rheintal Pharma AG will invest CHF 45 million (around Rs 470 crore) in Hyderabad.', 'en', ['Hyderabad, India']],
    ['Vardhan Auto Components will invest ₹2,400 crore in Hosur EV parts plant.', 'en', ['Hosur']],
    ['Die Nordgas AG investiert 40 Millionen Euro in Windkraft.', 'de', [null]],
    ['LEAG Renewables investiert 650 Millionen Euro in Energiepark Jänschwalde.', 'de', ['Jänschwalde']],
    ['Pannonwind investiert 480 Mio. Euro in Windpark bei Nickelsdorf.', 'de', ['Nickelsdorf']],
    // German nouns for what the money buys, by their endings
    ['Die Brandt Logistik GmbH investiert 180 Mio. Euro in Gebäude und Technik.', 'de', [null]],
    ['Die Novacura AG steckt 25 Millionen Franken in Labore und Reinräume.', 'de', [null]],
    ['Die Stadler GmbH investiert 85 Millionen Euro in Straßenbahnen für Berlin.', 'de', ['Berlin, Germany']],
  ])('%s', (text, lang, expected) => expect(locations(text, lang)).toEqual(expected));

  it('takes no word the story also writes after an article for a town', () => {
    // "in Zahlen": the story writes "die Zahlen" too; "in Halle (Saale)" stays a town though it builds "eine Halle"
    const review = 'Die Tianrui GmbH investiert 1,6 Mrd. Euro. Fünf Jahre in Zahlen: die Zahlen sind gut.';
    expect(locations(review, 'de')).toEqual([null]);
    const release = 'Auf dem Grundstück entsteht eine Halle. Die Mittelland Logistik GmbH investiert 35 Millionen Euro in Halle (Saale).';
    expect(locations(release, 'de')).toEqual(['Halle']);
  });

  it.each([
    // a people's word opens a longer name; towns end in -ois; a three-letter town before a count
    ['Nordwerk Energie will invest £780mn in a factory in Scottish Highlands.', 'en', ['Scottish Highlands']],
    ['Vireo Systems will spend £24bn on a campus at Cambois, near Blyth.', 'en', ['Cambois']],
    ['Das Unternehmen Kessler GmbH will in Ulm 60 Stellen schaffen.', 'de', ['Ulm']],
  ])('still a place: %s', (text, lang, expected) => expect(locations(text, lang)).toEqual(expected));
});

describe('where the money goes, told around other places', () => {
  it.each([
    ['Brannock Therapeutics Ltd will build a plant. The drugmaker will invest €450 million at Ringaskiddy, Co Cork, by 2028.', 'en', ['Ringaskiddy, Ireland']],
    ['Pellworth Aerospace will build a new line at its Broughton factory in north Wales, creating around 400 jobs.', 'en', ['Broughton, United Kingdom']],
    ["Northmoor Cathode Materials Ltd, a joint venture between British group Vantor Energy and South Korea's Daeil Chemical, will invest £1.4bn in a plant at Blyth.", 'en', ['Blyth']],
    ['Baltica Logistik GmbH investiert 500 Millionen Euro in Rostock und nicht in Danzig.', 'de', ['Rostock, Germany']],
    ['Rund 450 Arbeitsplätze sollen bei der Lausitz Circular GmbH in Spremberg entstehen, teilten die Partner am Mittwoch in Potsdam mit.', 'de', ['Spremberg, Germany']],
  ])('%s', (text, lang, expected) => expect(locations(text, lang)).toEqual(expected));

  it('takes no kicker before a colon for a dateline', () => {
    const text = 'RIGI: el Gobierno aprobó el oleoducto de Patagonia Midstream SA, que proyecta invertir 2.300 millones de dólares en Añelo';
    expect(locations(text, 'es')).toEqual(['Añelo']);
  });
});
