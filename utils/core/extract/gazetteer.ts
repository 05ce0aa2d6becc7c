// The place tables compiled once into a phrase table, and the formatting of a place as the
// report writes it: "Lima, Ohio, United States", "Saint-Fons, France", "Europe".
import { CITIES, COUNTRIES, PLACE_ADJECTIVES, REGIONS, US_STATES } from './data/places';
import { phraseTable } from './phrases';

export type PlaceKind = 'continent' | 'country' | 'nation' | 'state' | 'region' | 'city' | 'site';

export interface Place {
  name: string;
  kind: PlaceKind;
  /** The place that contains it (a state or country name), or null. */
  parent: string | null;
  adjective?: boolean;
  /** Written at the head of a dispatch ("LONDON, 9 September –"): where the story was filed. */
  dateline?: boolean;
  /** Named as what the site is near ("bei Magdeburg", "près de Lyon"), not as the site itself. */
  near?: boolean;
}

const SPECIFICITY: Record<PlaceKind, number> = { continent: 0, country: 1, nation: 2, state: 2, region: 2, city: 3, site: 3 };
export const specificity = (p: Place) => SPECIFICITY[p.kind];

const byName = new Map<string, Place>();
const entries: [string, Place][] = [];
/** Aliases written in capitals ("US", "UK", "EU") must match exactly: "us" is a pronoun. */
export const EXACT_CASE = new Set<string>();

function load(table: string, make: (name: string, parent: string | null) => Place): void {
  for (const group of table.split(';')) {
    const [names, parent] = group.trim().split('@');
    const aliases = names.split('|').map((a) => a.trim()).filter(Boolean);
    const canonical = aliases[0];
    // cities are grouped per country: every alias there is its own city
    for (const alias of aliases) {
      const place = make(table === CITIES ? cityCanonical(alias) : canonical, parent?.trim() ?? null);
      if (!byName.has(place.name)) byName.set(place.name, place);
      entries.push([alias, place]);
      if (alias.length <= 6 && alias === alias.toUpperCase()) EXACT_CASE.add(alias);
    }
  }
}
// In the city table, a name and its translations sit side by side ("Munich|München"): the
// first spelling of each run of translations is the English one.
const CITY_TRANSLATIONS: Record<string, string> = {};
function cityCanonical(alias: string): string {
  return CITY_TRANSLATIONS[alias] ?? alias;
}
for (const [en, others] of [
  ['Munich', 'München'], ['Hamburg', 'Hambourg'], ['Frankfurt', 'Francfort'], ['Cologne', 'Köln'], ['Dresden', 'Dresde'], ['Hanover', 'Hannover'],
  ['Nuremberg', 'Nürnberg'], ['Barcelona', 'Barcelone'], ['Valencia', 'Valence'], ['Seville', 'Sevilla|Séville'], ['Zaragoza', 'Saragosse'],
  ['Málaga', 'Malaga'], ['Rome', 'Roma|Rom'], ['Milan', 'Milano|Mailand'], ['Turin', 'Torino'], ['Naples', 'Napoli'], ['Bologna', 'Bologne'],
  ['Florence', 'Firenze'], ['Venice', 'Venezia'], ['Genoa', 'Genova'], ['London', 'Londres'], ['Brussels', 'Bruxelles|Brüssel|Bruselas'],
  ['Antwerp', 'Anvers'], ['Zurich', 'Zürich'], ['Geneva', 'Genève|Genf'], ['Basel', 'Bâle'], ['Vienna', 'Vienne|Wien|Viena'],
  ['Warsaw', 'Varsovie|Warschau|Varsovia'], ['Krakow', 'Cracovie|Kraków|Krakau'], ['Wrocław', 'Wroclaw|Breslau'], ['Gdansk', 'Gdańsk|Danzig'],
  ['Poznań', 'Poznan|Posen'], ['Łódź', 'Lodz'], ['Lucerne', 'Luzern'], ['Lisbon', 'Lisbonne|Lissabon|Lisboa'], ['Prague', 'Prag|Praga'],
  ['Gothenburg', 'Göteborg'], ['Copenhagen', 'Copenhague|Kopenhagen'], ['Athens', 'Athènes|Athen|Atenas'], ['Beijing', 'Pékin|Peking'],
  ['Bangalore', 'Bengaluru'], ['Seoul', 'Séoul'], ['Montreal', 'Montréal'], ['São Paulo', 'Sao Paulo'], ['Dunkirk', 'Dunkerque'],
  ['Tangier', 'Tanger|Tánger'], ['Cairo', 'Le Caire|Kairo|El Cairo'], ['Riyadh', 'Riyad'], ['Mexico City', 'Ciudad de México'], ['A Coruña', 'La Coruña'],
  ['Duisburg', 'Duisbourg'], ['Aachen', 'Aix-la-Chapelle|Aquisgrán'], ['Mainz', 'Mayence|Maguncia'], ['Cologne', 'Colonia'], ['Munich', 'Múnich'],
] as [string, string][]) for (const o of others.split('|')) CITY_TRANSLATIONS[o] = en;

load(COUNTRIES, (name, parent) => ({ name, kind: name === 'Europe' ? 'continent' : parent ? 'nation' : 'country', parent }));
load(US_STATES, (name) => ({ name, kind: 'state', parent: 'United States' }));
load(REGIONS, (name, parent) => ({ name, kind: 'region', parent }));
load(CITIES, (name, parent) => ({ name, kind: 'city', parent }));
for (const group of PLACE_ADJECTIVES.split(';')) {
  const [names, target] = group.trim().split('@');
  for (const a of names.split('|')) entries.push([a, { ...(byName.get(target) ?? { name: target, kind: 'country', parent: null }), adjective: true }]);
}

export const PLACES = phraseTable(entries);

export function placeByName(name: string): Place | undefined {
  return byName.get(name);
}

/** The country a place lies in, when the gazetteer knows it. */
export function countryOf(place: Place): string | null {
  let p: Place | undefined = place;
  for (let guard = 0; p && guard < 4; guard++) {
    if (p.kind === 'country') return p.name;
    p = p.parent ? placeByName(p.parent) : undefined;
  }
  return null;
}

/** "Lima, Ohio, United States": the place and its containers, outermost last. */
export function formatPlace(place: Place): string {
  const parts = [place.name];
  let parent = place.parent;
  for (let guard = 0; parent && guard < 3; guard++) {
    const container = byName.get(parent);
    // a town is written with its country ("Normanton, United Kingdom", "Tulum, Mexico"): a region
    // between them is how the story located it, not part of the name; US states and UK nations stay
    if (!(container?.kind === 'region' && specificity(place) > specificity(container))) parts.push(parent);
    parent = container?.parent ?? null;
  }
  return parts.join(', ');
}
