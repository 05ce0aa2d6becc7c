// GlobeNewswire's public keyword feed (RSS 2.0, www.globenewswire.com/RssFeed/keyword/…):
// releases whose issuer (dc:contributor) or headline names the company.
import { sameCompanyName } from '../../core/press/match';
import { DEFAULT_BASES, fetchText, type Candidate, type LookupContext } from '../context';
import { parseFeed } from '../feeds';
import { looksLikeFeed } from '../pages';
import { problem } from '../problems';
import { namesCompany } from '../rank';

const MAX_ITEMS = 10;

export function newswireFeedUrl(name: string): string {
  return `${DEFAULT_BASES.newswire}/RssFeed/keyword/${encodeURIComponent(name)}`;
}

export async function searchNewswire(ctx: LookupContext, subject: string, name: string): Promise<Candidate[]> {
  const url = newswireFeedUrl(name);
  const reply = await fetchText(ctx, 'newswire', url, { accept: 'application/rss+xml, application/xml;q=0.9, */*;q=0.5', keep: looksLikeFeed });
  if (!reply) return [];
  const feed = parseFeed(reply.text, url);
  if (!feed) {
    ctx.problems.push(problem('newswire', 'malformed', 'not an RSS feed', url));
    return [];
  }
  return feed.items
    .filter((item) => (item.author && sameCompanyName(item.author, subject)) || namesCompany(item.title, subject))
    .slice(0, MAX_ITEMS)
    .map((item) => ({ url: item.link, title: item.title, date: item.date, source: 'newswire' as const, subject, hint: `${item.author} ${item.summary}` }));
}
