// Whether two places can be the same site. A place is read as a list of parts, most specific
// first ("Lima, Ohio, United States"); parts that name a country are folded to one English name
// whatever the language ("Frankreich", "Royaume-Uni", "EE. UU."), so "France" is seen to contain
// "Saint-Fons, France" and "Italie" to be "Italy".

const COUNTRIES: Record<string, string[]> = {
  'united states': ['us', 'u s', 'usa', 'u s a', 'america', 'etats unis', 'vereinigte staaten', 'estados unidos', 'ee uu', 'eeuu'],
  'united kingdom': ['uk', 'u k', 'britain', 'great britain', 'royaume uni', 'grande bretagne', 'vereinigtes konigreich', 'grossbritannien', 'reino unido', 'gran bretana'],
  france: ['frankreich', 'francia'],
  germany: ['allemagne', 'deutschland', 'alemania'],
  italy: ['italie', 'italien', 'italia'],
  spain: ['espagne', 'spanien', 'espana'],
  portugal: [],
  netherlands: ['pays bas', 'niederlande', 'paises bajos', 'holland'],
  belgium: ['belgique', 'belgien', 'belgica'],
  switzerland: ['suisse', 'schweiz', 'suiza'],
  austria: ['autriche', 'osterreich'],
  poland: ['pologne', 'polen', 'polonia'],
  sweden: ['suede', 'schweden', 'suecia'],
  norway: ['norvege', 'norwegen', 'noruega'],
  denmark: ['danemark', 'danemark', 'dinamarca'],
  finland: ['finlande', 'finnland', 'finlandia'],
  ireland: ['irlande', 'irland', 'irlanda'],
  'czech republic': ['czechia', 'republique tcheque', 'tschechien', 'republica checa'],
  hungary: ['hongrie', 'ungarn', 'hungria'],
  romania: ['roumanie', 'rumanien', 'rumania'],
  canada: ['kanada'],
  mexico: ['mexique', 'mexiko'],
  brazil: ['bresil', 'brasilien', 'brasil'],
  china: ['chine', 'volksrepublik china'],
  japan: ['japon'],
  india: ['inde', 'indien'],
  'south korea': ['korea', 'coree du sud', 'sudkorea', 'corea del sur'],
  australia: ['australie', 'australien'],
  morocco: ['maroc', 'marokko', 'marruecos'],
  turkey: ['turquie', 'turkei', 'turquia', 'turkiye'],
};

/** `COUNTRIES[part] !== undefined`, read from a Set: an object read with ever other words goes
 * through the megamorphic property cache. The one lower-case word the object also answered from
 * its prototype, "constructor", is answered as before. */
const COUNTRY_NAMES = new Set(Object.keys(COUNTRIES));
function isCountry(part: string): boolean {
  return COUNTRY_NAMES.has(part) || (part === 'constructor' && COUNTRIES[part] !== undefined);
}

const COUNTRY_OF = new Map<string, string>();
for (const [name, aliases] of Object.entries(COUNTRIES)) {
  COUNTRY_OF.set(name, name);
  for (const alias of aliases) COUNTRY_OF.set(alias, name);
}

function fold(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/^(?:the|near|in|en|bei|nahe|pres de|cerca de)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Place {
  /** Folded parts, most specific first; countries under their English name. */
  parts: string[];
  country: string | null;
}

// Pages repeat a handful of place names many times: each is folded once.
const folded = new Map<string, Place | null>();

export function readPlace(written: string | null | undefined): Place | null {
  if (!written) return null;
  const known = folded.get(written);
  if (known !== undefined) return known;
  if (folded.size > 10_000) folded.clear();
  const place = foldPlace(written);
  folded.set(written, place);
  return place;
}

function foldPlace(written: string): Place | null {
  const parts = written
    .split(/[,;/]|\s[-–]\s/)
    .map(fold)
    .filter(Boolean)
    .map((p) => COUNTRY_OF.get(p) ?? p);
  if (!parts.length) return null;
  return { parts, country: lastCountry(parts) };
}

/**
 * 'same': one place contains the other, they share their most specific part, or one is
 * unknown. 'other': different countries. 'unsure': two different places in one country (or
 * with no country named): "Saint-Fons" and "Lyon" may be one site, "Milan" and "Bologna" not.
 */
export function placeRelation(a: Place | null, b: Place | null): 'same' | 'unsure' | 'other' {
  if (!a || !b) return 'same';
  // the town decides over a country that may have been guessed ("Saint-Fons, Switzerland")
  if (a.parts[0] === b.parts[0]) return 'same';
  if (a.country && b.country && a.country !== b.country) return 'other';
  return within(a.parts, b.parts) || within(b.parts, a.parts) ? 'same' : 'unsure';
}

// Plain loops rather than callbacks in what runs per comparison: a callback is a closure made per
// call, and a full GC drops the optimized code of closures that no longer exist.

/** Every part of `inner` is one of `outer`. */
function within(inner: string[], outer: string[]): boolean {
  for (const p of inner) if (!outer.includes(p)) return false;
  return true;
}

/** The last part that names a country. */
function lastCountry(parts: string[]): string | null {
  for (let i = parts.length - 1; i >= 0; i--) if (isCountry(parts[i])) return parts[i];
  return null;
}

/**
 * Completes bare places from fuller ones written elsewhere in the same call: once one article
 * says "Lima, Ohio, United States", another's "Lima" or "Ohio" is known to lie in the United
 * States. A part named under two different parents (two towns called Springfield) stays bare.
 */
export function placeCompleter(places: (Place | null)[]): (p: Place | null) => Place | null {
  const parents = placeParents(places);
  return (place) => completePlace(parents, place);
}

/** What placeCompleter reads: each part with the parts above it, or null when they disagree. */
export type PlaceParents = Map<string, string[] | null>;

export function placeParents(places: (Place | null)[]): PlaceParents {
  const parents: PlaceParents = new Map();
  let previous: Place | null = null;
  for (const place of places) {
    // (the same place again, as claims in a row often give it, changes nothing: once its parts
    // were read, each one's chain is null or ends with the chain this place gives it)
    if (!place || place === previous) continue;
    previous = place;
    const parts = place.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const known = parents.get(part);
      // the parts above are parts[i + 1…]; whether their chain (the parts joined by '|') ends
      // with the known one's, or the converse, is read on the lists, without joining them
      if (known === undefined) parents.set(part, parts.slice(i + 1));
      else if (known === null) continue;
      else if (chainEndsWith(parts, i + 1, known, 0)) parents.set(part, parts.slice(i + 1));
      else if (!chainEndsWith(known, 0, parts, i + 1)) parents.set(part, null);
    }
  }
  return parents;
}

/**
 * `a.slice(aFrom).join('|').endsWith(b.slice(bFrom).join('|'))`. Parts hold no '|' (folding keeps
 * letters, digits and spaces), so the last separators of both chains line up: the last parts
 * of `b` equal those of `a`, and the first part of `b` ends the part of `a` it meets.
 */
function chainEndsWith(a: string[], aFrom: number, b: string[], bFrom: number): boolean {
  const n = a.length - aFrom;
  const m = b.length - bFrom;
  if (m <= 0) return true;
  // an empty chain ends only with an empty one: a single empty part
  if (n <= 0) return m === 1 && b[bFrom] === '';
  if (m > n) return false;
  for (let k = 1; k < m; k++) if (a[a.length - k] !== b[b.length - k]) return false;
  return a[a.length - m].endsWith(b[bFrom]);
}

/** A place with the parts above its last one, as the call's fuller places name them. */
export function completePlace(parents: PlaceParents, place: Place | null): Place | null {
  if (!place) return null;
  const above = parents.get(place.parts[place.parts.length - 1]);
  if (!above?.length) return place;
  const parts = [...place.parts, ...above];
  return { parts, country: lastCountry(parts) };
}

/**
 * A town named in two countries within one call ("Saint-Fons, France" and "Saint-Fons,
 * Switzerland") has a guessed country somewhere: the country is dropped from all its mentions,
 * so the town alone decides.
 */
export function dropDisputedCountries(places: (Place | null)[]): (Place | null)[] {
  // each town's first country; towns met with a second one are disputed (most calls have none,
  // and then the list is returned as it came)
  const countries = new Map<string, string>();
  let disputed: Set<string> | null = null;
  for (const p of places) {
    if (!p?.country || p.parts.length < 2) continue;
    const seen = countries.get(p.parts[0]);
    if (seen === undefined) countries.set(p.parts[0], p.country);
    else if (seen !== p.country) (disputed ??= new Set()).add(p.parts[0]);
  }
  if (disputed === null) return places;
  const out: (Place | null)[] = [];
  for (const p of places) {
    if (!p || !disputed.has(p.parts[0])) {
      out.push(p);
      continue;
    }
    const parts: string[] = [];
    for (const part of p.parts) if (!isCountry(part)) parts.push(part);
    out.push({ parts: parts.length ? parts : p.parts, country: null });
  }
  return out;
}

const WIDE_AREAS = new Set(['europe', 'europa', 'asia', 'asie', 'asien', 'africa', 'afrique', 'afrika', 'north america', 'south america', 'latin america', 'amerique du nord', 'nordamerika', 'world', 'worldwide', 'global']);

/** A country or a continent, no town or region: such a place may contain any site. */
export function isWide(place: Place | null): boolean {
  if (!place) return false;
  for (const p of place.parts) if (!isCountry(p) && !WIDE_AREAS.has(p)) return false;
  return true;
}
