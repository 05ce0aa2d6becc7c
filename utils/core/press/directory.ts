// The company directory shipped with the extension (companies.json) and its lookups.
// Tickers are stored exchange-qualified ("NASDAQ:AMZN"); the bare symbol and the Reuters code
// ("AMZN.O") are derived here so the data file stays compact and consistent.
import * as z from 'zod/mini';
import data from './companies.json';
import { coreKey, exactKey } from './names';
import { hostOf, registrableDomain } from './url';

/** Exchange prefix → Reuters (RIC) suffix. */
export const REUTERS_SUFFIX: Record<string, string> = {
  NASDAQ: 'O', NYSE: 'N', EPA: 'PA', ETR: 'DE', LON: 'L', BME: 'MC', AMS: 'AS', SWX: 'S', STO: 'ST', CPH: 'CO',
  HEL: 'HE', OSL: 'OL', BIT: 'MI', EBR: 'BR', ELI: 'LS', VIE: 'VI', ISE: 'I', TYO: 'T', KRX: 'KS', TPE: 'TW',
  HKG: 'HK', SHA: 'SS', SHE: 'SZ', TSX: 'TO', ASX: 'AX', NSE: 'NS',
};

const httpsUrl = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?$/));

export const CompanySchema = z.object({
  /** Stable id: lower-case words joined by "-". */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(2)),
  aliases: z.optional(z.array(z.string().check(z.minLength(2)))),
  /** "EXCHANGE:SYMBOL", exchange one of REUTERS_SUFFIX's keys. */
  tickers: z.optional(z.array(z.string().check(z.regex(/^[A-Z]+:[A-Z0-9][A-Z0-9.-]*$/)))),
  /** ISO 3166-1 alpha-2 of the legal seat. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  site: httpsUrl,
  newsroom: z.optional(httpsUrl),
  ir: z.optional(httpsUrl),
  /** Id of the owning company, for units that make news under their own name (AWS → Amazon). */
  parent: z.optional(z.string()),
  /** Other registrable domains the company publishes on (its newsroom's, its IR site's). */
  domains: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)))),
});

export type Company = z.infer<typeof CompanySchema>;

export const COMPANIES: readonly Company[] = data.companies as Company[];

/** Every way a ticker may be written: "NASDAQ:AMZN", "AMZN", "AMZN.O"; "STO:VOLV-B" → "VOLVb.ST" too. */
export function tickerForms(ticker: string): string[] {
  const [exchange = '', symbol = ''] = ticker.split(':');
  const suffix = REUTERS_SUFFIX[exchange];
  const forms = [ticker, symbol];
  if (suffix) {
    const shareClass = /^(.+)[.-]([A-Z])$/.exec(symbol);
    forms.push(shareClass ? `${shareClass[1]}${shareClass[2]!.toLowerCase()}.${suffix}` : `${symbol}.${suffix}`);
    if (shareClass) forms.push(`${symbol}.${suffix}`);
  }
  return forms;
}

interface DirectoryIndex {
  exact: Map<string, Company[]>;
  core: Map<string, Company[]>;
  tickers: Map<string, Company[]>;
  hosts: Map<string, Company>;
}

let index: DirectoryIndex | null = null;

function add(map: Map<string, Company[]>, key: string, company: Company): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.includes(company)) list.push(company);
  map.set(key, list);
}

function buildIndex(): DirectoryIndex {
  const built: DirectoryIndex = { exact: new Map(), core: new Map(), tickers: new Map(), hosts: new Map() };
  for (const company of COMPANIES) {
    for (const name of [company.name, ...(company.aliases ?? [])]) {
      add(built.exact, exactKey(name), company);
      add(built.exact, exactKey(name).replace(/ /g, ''), company);
      add(built.core, coreKey(name), company);
      add(built.core, coreKey(name).replace(/ /g, ''), company);
    }
    for (const ticker of company.tickers ?? []) for (const form of tickerForms(ticker)) add(built.tickers, form.toUpperCase(), company);
    const siteHost = hostOf(company.site);
    // a unit on its parent's domain (aws.amazon.com) is indexed by its full host only
    if (siteHost) built.hosts.set(company.parent ? siteHost : registrableDomain(siteHost), company);
    for (const domain of company.domains ?? []) if (!built.hosts.has(domain)) built.hosts.set(domain, company);
  }
  return built;
}

function directoryIndex(): DirectoryIndex {
  index ??= buildIndex();
  return index;
}

function single(list: Company[] | undefined): Company | null {
  return list?.length === 1 ? list[0]! : null;
}

/**
 * The directory entry for a company name, alias or ticker, or null when unknown or ambiguous.
 * Names ignore case, diacritics and legal forms; a bare ticker counts only when written in
 * capitals ("AMZN", not "amzn"), so common words never turn into companies.
 */
export function lookupCompany(name: string): Company | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const { exact, core, tickers } = directoryIndex();
  const key = exactKey(trimmed);
  const byName = single(exact.get(key)) ?? single(exact.get(key.replace(/ /g, ''))) ?? single(core.get(coreKey(trimmed)));
  if (byName) return byName;
  const qualified = /[:.]/.test(trimmed);
  if (qualified || (/^[A-Z0-9][A-Z0-9.-]{0,9}$/.test(trimmed) && /[A-Z]/.test(trimmed)))
    return single(tickers.get(trimmed.toUpperCase().replace(/^([A-Z]+)\s*:\s*/, '$1:')));
  return null;
}

/** The company whose site (or declared domain) a URL or host belongs to; the most specific host wins. */
export function companyForHost(urlOrHost: string): Company | null {
  const host = hostOf(urlOrHost.includes('://') ? urlOrHost : `https://${urlOrHost}`);
  if (!host) return null;
  const { hosts } = directoryIndex();
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = hosts.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return null;
}

/** Where a company's releases are published: newsroom first, then investor relations. */
export function releasePages(company: Company): string[] {
  return [company.newsroom, company.ir].filter((url): url is string => Boolean(url));
}

/** The name readers use: the first alias ("Amazon") rather than the legal name ("Amazon.com, Inc."). */
export function displayName(company: Company): string {
  return company.aliases?.[0] ?? company.name;
}

/** The shipped directory as the lookups the link code takes. */
export const SHIPPED_DIRECTORY = { companyForHost, lookupCompany, displayName };
