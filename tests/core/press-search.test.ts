import { describe, expect, it } from 'vitest';
import { directoryLinks, searchFigure, searchLinks } from '../../utils/core/press';
import { claim, release } from '../fixtures/core/press/claims';

describe('searchLinks', () => {
  it('builds newswire and EDGAR search pages from the name without legal form and the main new figure', () => {
    const links = searchLinks('Ferronord Steel SA', release);
    expect(links.every((link) => link.how === 'search' && link.subject === 'Ferronord Steel SA')).toBe(true);
    const query = encodeURIComponent('"Ferronord Steel" "900 million"');
    expect(links.map((link) => link.url)).toEqual([
      `https://www.prnewswire.com/search/news/?keyword=${query}`,
      `https://www.globenewswire.com/search/keyword/${query}`,
      `https://www.sec.gov/edgar/search/#/q=${query}&forms=8-K`,
    ]);
  });

  it('leaves EDGAR out for a company the directory knows is not a US filer', () => {
    const claims = [claim('d1.c1', { metric: 'jobs', amount: 3000, subject: 'Siemens AG' })];
    const links = searchLinks('Siemens AG', claims);
    expect(links).toHaveLength(2);
    expect(decodeURIComponent(links[0]!.url)).toContain('"Siemens" "3,000 jobs"');
  });

  it('searches by name alone when the subject has no new figure', () => {
    const earlierOnly = [claim('d1.c1', { metric: 'investment', amount: 5e7, status: 'earlier' })];
    expect(searchFigure('Ferronord Steel SA', earlierOnly)).toBeNull();
    expect(decodeURIComponent(searchLinks('Ferronord Steel SA', earlierOnly)[0]!.url)).toMatch(/keyword="Ferronord Steel"$/);
  });

  it('prefers the investment figure, and only the subject’s own claims', () => {
    const claims = [
      claim('d1.c1', { metric: 'jobs', amount: 700, subject: 'Apple' }),
      claim('d1.c2', { metric: 'investment', amount: 4e9, currency: 'USD', subject: 'Microsoft' }),
      claim('d1.c3', { metric: 'investment', amount: 1e9, currency: 'USD', subject: 'Apple Inc.' }),
    ];
    expect(searchFigure('Apple', claims)).toBe('1 billion');
  });
});

describe('directoryLinks', () => {
  it("lists a known company's newsroom and investor pages, and a unit's parent pages", () => {
    expect(directoryLinks(['Nvidia', 'AWS', 'Ferronord Steel SA'])).toEqual([
      { url: 'https://nvidianews.nvidia.com', subject: 'Nvidia', how: 'directory' },
      { url: 'https://investor.nvidia.com', subject: 'Nvidia', how: 'directory' },
      { url: 'https://press.aboutamazon.com', subject: 'AWS', how: 'directory' },
      { url: 'https://ir.aboutamazon.com', subject: 'AWS', how: 'directory' },
    ]);
  });
});
