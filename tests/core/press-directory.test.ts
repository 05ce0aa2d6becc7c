import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPANIES, CompanySchema, companyForHost, lookupCompany, tickerForms } from '../../utils/core/press';
import { REUTERS_SUFFIX } from '../../utils/core/press/directory';
import { exactKey } from '../../utils/core/press/names';
import { hostOf, hostWithin, registrableDomain } from '../../utils/core/press/url';

// Names that two entries share on purpose: lookups answer them only when the exact form decides.
const SHARED_NAMES = new Set<string>();

describe('companies.json', () => {
  it('has at least 300 entries across the markets that make investment news', () => {
    expect(COMPANIES.length).toBeGreaterThanOrEqual(300);
    const count = (codes: string[]) => COMPANIES.filter((company) => codes.includes(company.country)).length;
    expect(count(['US'])).toBeGreaterThanOrEqual(100);
    expect(count(['FR'])).toBeGreaterThanOrEqual(30);
    expect(count(['DE'])).toBeGreaterThanOrEqual(30);
    expect(count(['GB'])).toBeGreaterThanOrEqual(30);
    expect(count(['ES'])).toBeGreaterThanOrEqual(15);
    expect(count(['NL'])).toBeGreaterThanOrEqual(15);
    expect(count(['CH'])).toBeGreaterThanOrEqual(15);
    expect(count(['SE', 'DK', 'NO', 'FI'])).toBeGreaterThanOrEqual(30);
    expect(count(['JP'])).toBeGreaterThanOrEqual(30);
    expect(count(['KR'])).toBeGreaterThanOrEqual(10);
    expect(count(['TW'])).toBeGreaterThanOrEqual(10);
    expect(count(['CN', 'HK'])).toBeGreaterThanOrEqual(20);
  });

  it('every entry passes the schema', () => {
    const failures = COMPANIES.filter((company) => !CompanySchema.safeParse(company).success).map((company) => company.id);
    expect(failures).toEqual([]);
  });

  it('ids are unique and parents exist', () => {
    const ids = COMPANIES.map((company) => company.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = COMPANIES.filter((company) => company.parent && (!ids.includes(company.parent) || company.parent === company.id));
    expect(missing.map((company) => company.id)).toEqual([]);
  });

  it('every URL parses, and newsroom and investor pages sit on the official site or a declared domain', () => {
    const stray: string[] = [];
    for (const company of COMPANIES) {
      const siteHost = hostOf(company.site);
      expect(siteHost, company.id).not.toBeNull();
      const own = [registrableDomain(siteHost!), ...(company.domains ?? [])];
      for (const url of [company.newsroom, company.ir].filter((u): u is string => Boolean(u))) {
        const host = hostOf(url);
        if (!host || !own.some((domain) => hostWithin(host, domain))) stray.push(`${company.id}: ${url}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('no domain is claimed by two companies', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const company of COMPANIES) {
      const site = company.parent ? hostOf(company.site)! : registrableDomain(hostOf(company.site)!);
      for (const domain of new Set([site, ...(company.domains ?? [])])) {
        const previous = owner.get(domain);
        if (previous && previous !== company.id) clashes.push(`${domain}: ${previous}, ${company.id}`);
        owner.set(domain, company.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no name or alias belongs to two companies unless listed as shared', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const company of COMPANIES)
      for (const name of [company.name, ...(company.aliases ?? [])]) {
        const key = exactKey(name);
        const previous = owner.get(key);
        if (previous && previous !== company.id && !SHARED_NAMES.has(key)) clashes.push(`${name}: ${previous}, ${company.id}`);
        owner.set(key, company.id);
      }
    expect(clashes).toEqual([]);
  });

  it('tickers use known exchanges and no exchange-qualified ticker or Reuters code is shared', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const company of COMPANIES)
      for (const ticker of company.tickers ?? []) {
        if (!(ticker.split(':')[0]! in REUTERS_SUFFIX)) problems.push(`${company.id}: unknown exchange in ${ticker}`);
        const [qualified, , reuters] = tickerForms(ticker);
        for (const form of [qualified!, reuters!]) {
          const previous = owner.get(form.toUpperCase());
          if (previous && previous !== company.id) problems.push(`${form}: ${previous}, ${company.id}`);
          owner.set(form.toUpperCase(), company.id);
        }
      }
    expect(problems).toEqual([]);
  });

  it('stays small enough to ship (under 30 kB gzipped)', () => {
    const bytes = gzipSync(readFileSync(join(__dirname, '../../utils/core/press/companies.json'))).length;
    expect(bytes).toBeLessThan(30_000);
  });
});

describe('lookupCompany', () => {
  const cases: [string, string | null][] = [
    ['Amazon', 'amazon'],
    ['AMAZON.COM, INC.', 'amazon'],
    ['amazon.com', 'amazon'],
    ['Amazon Web Services', 'aws'],
    ['AWS', 'aws'],
    ['AMZN', 'amazon'],
    ['AMZN.O', 'amazon'],
    ['NASDAQ:AMZN', 'amazon'],
    ['Nasdaq: AMZN', 'amazon'],
    ['amzn', null], // a bare ticker counts only in capitals
    ["L'Oréal", 'loreal'],
    ['LOREAL SA', 'loreal'],
    ['Nestle', 'nestle'],
    ['Nestlé S.A.', 'nestle'],
    ['Societe Generale', 'societe-generale'],
    ['Volkswagen Aktiengesellschaft', null],
    ['Volkswagen AG', 'volkswagen'],
    ['VW', 'volkswagen'],
    ['VOW3.DE', 'volkswagen'],
    ['Volvo', 'volvo'],
    ['AB Volvo (publ)', 'volvo'],
    ['VOLVb.ST', 'volvo'],
    ['STO:VOLV-B', 'volvo'],
    ['Volvo Cars', 'volvo-cars'],
    ['Merck KGaA', 'merck-kgaa'],
    ['Merck & Co.', 'merck-us'],
    ['Merck', null], // two companies: the caller must say which
    ['Porsche', 'porsche'],
    ['Porsche SE', 'porsche-se'],
    ['Siemens Energy', 'siemens-energy'],
    ['Siemens', 'siemens'],
    ['7203.T', 'toyota'],
    ['Toyota Motor Corp.', 'toyota'],
    ['2330.TW', 'tsmc'],
    ['Taiwan Semiconductor Manufacturing Co.', 'tsmc'],
    ['Hon Hai', 'foxconn'],
    ['Samsung', 'samsung-electronics'],
    ['005930.KS', 'samsung-electronics'],
    ['Ørsted', 'orsted'],
    ['Orsted A/S', 'orsted'],
    ['Banco Santander, S.A.', 'santander'],
    ['Telefonica', 'telefonica'],
    ['SAN', null], // Sanofi in Paris, Santander in Madrid
    ['SAN.PA', 'sanofi'],
    ['SAN.MC', 'santander'],
    ['Airbus Group', 'airbus'],
    ['Helvio Batteries SA', null],
    ['', null],
    ['the', null],
  ];
  it.each(cases)('%s → %s', (name, id) => {
    expect(lookupCompany(name)?.id ?? null).toBe(id);
  });

  it('answers thousands of lookups quickly once its index is built', () => {
    lookupCompany('warm-up');
    const started = performance.now();
    for (let i = 0; i < 5000; i++) lookupCompany(i % 2 ? 'Deutsche Telekom AG' : 'unknown company ltd');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('companyForHost', () => {
  const cases: [string, string | null][] = [
    ['https://press.aboutamazon.com/2025/1/x', 'amazon'],
    ['https://www.amazon.com/b?node=1', 'amazon'],
    ['https://aws.amazon.com/about-aws/', 'aws'],
    ['https://www.siemens-energy.com/global/en/news.html', 'siemens-energy'],
    ['https://news.microsoft.com/source/', 'microsoft'],
    ['global.toyota', 'toyota'],
    ['https://www.helvio-batteries.com/fr/presse/x', null],
    ['not a url at all', null],
  ];
  it.each(cases)('%s → %s', (url, id) => {
    expect(companyForHost(url)?.id ?? null).toBe(id);
  });
});
