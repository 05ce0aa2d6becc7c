// Claims the thirteenth session's last round of blind batches (mid-January 2027, with analysis pieces
// and interviews) showed missing or wrongly read: the Ugandan "Shs", Argentine, Ugandan and New
// Zealand places, French houses of packaging, Belgian "engagements", the first hires, German posts in
// one compound and a new building priced, and figures that are no claim (people carried per hour,
// desks in a building, staff who move along, unfilled posts).
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('companies and money', () => {
  it.each([
    ['Nile Valley Sugar Ltd to put Shs400b into Kiryandongo sugar factory', 'en', ['investment 400000000000 UGX Nile Valley Sugar']],
    ["Saint-Junien : Emballages du Limousin investit 30 millions d'euros dans une nouvelle onduleuse", 'fr', ['investment 30000000 EUR Emballages du Limousin']],
    ['Die Medivita Kliniken GmbH baut. Für 90 Millionen Euro entsteht am Altenberg ein Neubau mit 180 Betten.', 'de', ['investment 90000000 EUR Medivita Kliniken']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('jobs', () => {
  it.each([
    ['La chocolaterie Vanhove SA agrandit son usine de Mouscron. À la clé: 140 engagements.', 'fr', ['jobs 140 - Vanhove']],
    ['La Mutuelle du Cher SA ouvre un site. Le recrutement des 150 premiers salariés démarrera en février.', 'fr', ['jobs 150 - Mutuelle du Cher']],
    ['Die Hochtauern Bahnen AG baut. Mit der neuen Bahn sollen zwölf zusätzliche Ganzjahresstellen entstehen.', 'de', ['jobs 12 - Hochtauern Bahnen']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('capacities, desks, staff who move along and unfilled posts are no new jobs', () => {
    expect(summary('Die Hochtauern Bahnen AG baut. Die neue Bahn soll bis zu 4.500 Personen pro Stunde befördern.', 'de')).toEqual([]);
    expect(summary('Die Hellweg Versicherung AG baut. Das Bürogebäude mit Platz für 900 Arbeitsplätze soll 2028 bezogen werden.', 'de')).toEqual([]);
    expect(summary('Die Logistik Emmen AG eröffnet. 70 Personen haben eine neue Stelle gefunden, weitere 30 Mitarbeitende wechseln aus dem alten Lager.', 'de')
      .filter((c) => c.startsWith('jobs 30'))).toEqual([]);
    expect(summary("Le chantier naval Océa SA s'agrandit. Selon le cluster, 400 postes seraient actuellement non pourvus dans le nautisme.", 'fr')).toEqual([]);
  });
});
