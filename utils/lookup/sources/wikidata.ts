// Wikidata for companies the shipped directory does not know: wbsearchentities finds the item,
// wbgetentities gives its official website (P856) and listings (P414 stock exchange with the
// ticker P249 as qualifier; P249 alone on some items). Anonymous requests carry origin=*.
import * as z from 'zod/mini';
import { sameCompanyName } from '../../core/press/match';
import { DEFAULT_BASES, fetchJson, type LookupContext } from '../context';

export const SearchReplySchema = z.object({
  search: z.array(
    z.object({
      id: z.string().check(z.regex(/^Q\d+$/)),
      label: z.optional(z.string()),
      description: z.optional(z.string()),
      aliases: z.optional(z.array(z.string())),
    }),
  ),
});

const SnakSchema = z.object({
  snaktype: z.optional(z.string()),
  property: z.optional(z.string()),
  datavalue: z.optional(z.object({ value: z.unknown(), type: z.optional(z.string()) })),
});

const StatementSchema = z.object({
  mainsnak: SnakSchema,
  rank: z.optional(z.string()),
  qualifiers: z.optional(z.record(z.string(), z.array(SnakSchema))),
});

export const EntitiesReplySchema = z.object({
  entities: z.record(
    z.string(),
    z.object({
      id: z.optional(z.string()),
      labels: z.optional(z.record(z.string(), z.object({ value: z.string() }))),
      claims: z.optional(z.record(z.string(), z.array(StatementSchema))),
      missing: z.optional(z.string()),
    }),
  ),
});

/** Exchanges whose listed companies file with the SEC: NYSE (Q13677), Nasdaq (Q82059). */
const US_EXCHANGES: Record<string, string> = { Q13677: 'NYSE', Q82059: 'NASDAQ' };

export interface CompanyIdentity {
  id: string;
  label: string;
  website: string | null;
  /** "NASDAQ:ABCD" for US exchanges, "Q…:ABCD" (exchange item) otherwise. */
  tickers: string[];
  usListed: boolean;
}

type Statement = z.infer<typeof StatementSchema>;

function stringValue(snak: z.infer<typeof SnakSchema> | undefined): string | null {
  const value = snak?.datavalue?.value;
  return typeof value === 'string' ? value : null;
}

function itemId(snak: z.infer<typeof SnakSchema>): string | null {
  const value = snak.datavalue?.value as { id?: unknown } | undefined;
  return value && typeof value.id === 'string' ? value.id : null;
}

/** Preferred statements first, deprecated ones never. */
function usable(statements: Statement[] | undefined): Statement[] {
  const list = (statements ?? []).filter((s) => s.rank !== 'deprecated');
  return [...list.filter((s) => s.rank === 'preferred'), ...list.filter((s) => s.rank !== 'preferred')];
}

export function identityFrom(reply: z.infer<typeof EntitiesReplySchema>, id: string, fallbackLabel: string): CompanyIdentity | null {
  const entity = reply.entities[id];
  if (!entity || entity.missing !== undefined) return null;
  const claims = entity.claims ?? {};
  const website = usable(claims.P856).map((s) => stringValue(s.mainsnak)).find((url) => url !== null && /^https?:\/\//.test(url)) ?? null;
  const tickers: string[] = [];
  let usListed = false;
  for (const statement of usable(claims.P414)) {
    const exchange = itemId(statement.mainsnak);
    if (!exchange) continue;
    const us = US_EXCHANGES[exchange];
    if (us) usListed = true;
    for (const ticker of statement.qualifiers?.P249 ?? []) {
      const symbol = stringValue(ticker);
      if (symbol) tickers.push(`${us ?? exchange}:${symbol}`);
    }
  }
  for (const statement of usable(claims.P249)) {
    const symbol = stringValue(statement.mainsnak);
    if (symbol && !tickers.some((t) => t.endsWith(`:${symbol}`))) tickers.push(symbol);
  }
  const label = entity.labels?.en?.value ?? Object.values(entity.labels ?? {})[0]?.value ?? fallbackLabel;
  return { id, label, website, tickers, usListed };
}

function api(params: Record<string, string>): string {
  return `${DEFAULT_BASES.wikidata}/w/api.php?${new URLSearchParams({ ...params, format: 'json', origin: '*' })}`;
}

/** The Wikidata item of the company called `name`, or null when none matches it clearly. */
export async function lookUpCompany(ctx: LookupContext, name: string, lang: string): Promise<CompanyIdentity | null> {
  const searchUrl = api({ action: 'wbsearchentities', search: name, language: /^[a-z]{2}$/.test(lang) ? lang : 'en', uselang: 'en', type: 'item', limit: '7' });
  const search = await fetchJson(ctx, 'wikidata', searchUrl, SearchReplySchema, 'search');
  if (!search) return null;
  // the same name may be a person or a place: keep items labelled with the name, companies first
  const named = search.search.filter((hit) => [hit.label ?? '', ...(hit.aliases ?? [])].some((label) => sameCompanyName(label, name)));
  const hit = named.find((h) => /\b(company|manufacturer|corporation|business|group|firm|maker|enterprise|producer)\b/i.test(h.description ?? '')) ?? named[0];
  if (!hit) return null;
  const entitiesUrl = api({ action: 'wbgetentities', ids: hit.id, props: 'labels|claims', languages: 'en' });
  const entities = await fetchJson(ctx, 'wikidata', entitiesUrl, EntitiesReplySchema, 'entity');
  return entities ? identityFrom(entities, hit.id, hit.label ?? name) : null;
}
