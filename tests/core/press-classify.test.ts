import { describe, expect, it } from 'vitest';
import { classifyLink, looksLikeRelease, type LinkKind } from '../../utils/core/press';

// [url, link text, expected kind, expected rule]
type Row = [string, string | undefined, LinkKind, string];

const releases: Row[] = [
  ['https://www.businesswire.com/news/home/20250310005123/en/Quillon-Opens-Plant', undefined, 'newswire', 'newswire-host'],
  ['https://www.prnewswire.com/news-releases/brantmoor-to-invest-300-million-302400000.html', undefined, 'newswire', 'newswire-host'],
  ['https://www.globenewswire.com/news-release/2025/02/03/3020000/0/en/Quillon.html', undefined, 'newswire', 'newswire-host'],
  ['https://news.cision.com/ferrolux-ab/r/ferrolux-bygger-ny-fabrik,c4100000', undefined, 'newswire', 'newswire-host'],
  ['https://www.presseportal.de/pm/123456/5990000', undefined, 'newswire', 'newswire-host'],
  ['https://www.ots.at/presseaussendung/OTS_20250301_OTS0042/neues-werk', undefined, 'newswire', 'newswire-host'],
  ['https://www.eqs-news.com/news/corporate/beispiel-ag-baut-werk/2100000', undefined, 'newswire', 'newswire-host'],
  ['https://www.accesswire.com/960000/quillon-expands', undefined, 'newswire', 'newswire-host'],
  ['https://www.sec.gov/Archives/edgar/data/99999/000009999925000001/ex99-1.htm', undefined, 'filing', 'sec-edgar'],
  ['https://www.sec.gov/ix?doc=/Archives/edgar/data/99999/000009999925000002/q-20250301.htm', undefined, 'filing', 'sec-edgar'],
  ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000099999&type=8-K', undefined, 'filing', 'sec-edgar'],
  // company newsrooms in the four languages
  ['https://www.quillon-medical.com/en/press/quillon-opens-plant', undefined, 'newsroom', 'press-path'],
  ['https://www.ferronord-steel.fr/presse/communiques/four-electrique', undefined, 'newsroom', 'press-path'],
  ['https://www.keller-maschinenbau.de/pressemitteilungen/2025/neues-werk-sachsen', undefined, 'newsroom', 'press-path'],
  ['https://www.grupo-aldana.es/sala-de-prensa/nueva-planta-zaragoza', undefined, 'newsroom', 'press-path'],
  ['https://www.grupo-aldana.es/es/comunicados/nueva-planta', undefined, 'newsroom', 'press-path'],
  ['https://www.kestrelpharma.co.uk/media/press-releases/teesside', undefined, 'newsroom', 'press-path'],
  ['https://investors.quillon.com/news-releases/news-release-details/quillon-expands', undefined, 'newsroom', 'press-path'],
  ['https://ir.quillon.com/2025-03-01-quillon-expands', undefined, 'newsroom', 'press-host'],
  ['https://www.quillon.com/news/2025/quillon-expands', undefined, 'newsroom', 'news-section'],
  // only the link text says it
  ['https://www.quillon.com/blog/2025/new-factory', 'Read the press release', 'release-text', 'link-text'],
  ['https://www.ferronord-steel.fr/actus/usine', 'Lire le communiqué de presse', 'release-text', 'link-text'],
  ['https://www.keller-maschinenbau.de/aktuell/werk', 'Zur Pressemitteilung', 'release-text', 'link-text'],
  ['https://www.grupo-aldana.es/actualidad/fabrica', 'Ver el comunicado', 'release-text', 'link-text'],
  ['https://www.quillon.com/2025/plant', "Quillon's statement", 'release-text', 'link-text'],
];

const others: Row[] = [
  ['https://www.eurotechwire.com/newsletters/energy', undefined, 'other', 'newsletter'],
  ['https://www.tageblatt-nord.de/abo/newsletter-abonnieren', undefined, 'other', 'newsletter'],
  ['https://www.diario-ejemplo.es/suscripcion', undefined, 'other', 'newsletter'],
  ['https://www.gazette-ouest.fr/newsletter', 'Recevez notre newsletter', 'other', 'newsletter'],
  ['https://www.quillon.com/press', 'Sign up for press alerts', 'other', 'link-text'],
  ['https://www.linkedin.com/company/quillon', undefined, 'other', 'social'],
  ['https://x.com/quillon/status/1890000000', 'statement', 'other', 'social'],
  ['https://www.facebook.com/ferronord', 'Suivez-nous sur Facebook', 'other', 'social'],
  ['https://www.youtube.com/watch?v=abc', 'Pressemitteilung als Video', 'other', 'social'],
  ['https://www.reuters.com/business/quillon-invest-2025-03-10/', undefined, 'other', 'outlet'],
  ['https://www.bbc.co.uk/news/business-68000000', undefined, 'other', 'outlet'],
  ['https://www.lesechos.fr/industrie-services/energie/ferronord-dunkerque', undefined, 'other', 'outlet'],
  ['https://www.handelsblatt.com/unternehmen/keller-werk/100000.html', 'Pressemitteilung', 'other', 'outlet'],
  ['https://www.quillon.com', undefined, 'other', 'homepage'],
  ['https://www.quillon.com/privacy', 'Privacy statement', 'other', 'link-text'],
  ['https://www.sec.gov/about', undefined, 'other', 'unknown'],
  ['mailto:press@quillon.com', 'press release', 'other', 'not-a-web-url'],
  ['https://www.cre.fr/decisions/raccordement', 'the decision', 'other', 'unknown'],
];

describe('classifyLink', () => {
  it.each([...releases, ...others])('%s (%s) → %s', (url, text, kind, reason) => {
    const found = classifyLink(url, text);
    expect([found.kind, found.reason]).toEqual([kind, reason]);
  });

  it('matches sign-up words as whole path segments only', () => {
    expect(classifyLink('https://www.tageblatt-nord.de/abonnieren').reason).toBe('newsletter');
    expect(classifyLink('https://www.keller-maschinenbau.de/presse/abonnenten-werk').reason).toBe('press-path');
  });

  it("treats links to the page's own site as the outlet's pages", () => {
    const found = classifyLink('https://www.dailyplanet.com/news/industry/steel', undefined, { pageUrl: 'https://dailyplanet.com/a/b' });
    expect([found.kind, found.reason]).toEqual(['other', 'same-site']);
  });

  it('accepts a URL written without scheme', () => {
    expect(classifyLink('www.ferronord-steel.fr/presse/four').kind).toBe('newsroom');
  });

  it('tells one announcement from the index of a press area', () => {
    expect(looksLikeRelease(classifyLink('https://www.quillon.com/en/press/quillon-opens-plant'))).toBe(true);
    expect(looksLikeRelease(classifyLink('https://www.quillon.com/en/press/'))).toBe(false);
    expect(looksLikeRelease(classifyLink('https://www.quillon.com/en/press/', 'press release'), 'press release')).toBe(true);
    expect(looksLikeRelease(classifyLink('https://www.businesswire.com'))).toBe(false);
    expect(looksLikeRelease(classifyLink('https://www.linkedin.com/company/quillon', 'statement'), 'statement')).toBe(false);
  });
});
