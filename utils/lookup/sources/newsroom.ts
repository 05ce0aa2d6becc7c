// The company's own newsroom feed: its newsroom (or home) page announces RSS/Atom feeds with
// <link rel="alternate" type="application/rss+xml">; a directory URL may also be a feed itself.
import { fetchText, type Candidate, type LookupContext } from '../context';
import { parseFeed, type FeedItem } from '../feeds';
import { looksLikeFeed, readPage } from '../pages';
import { problem } from '../problems';

const MAX_PAGES = 2;
const MAX_FEEDS = 2;
const MAX_ITEMS = 30;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

async function readFeed(ctx: LookupContext, url: string): Promise<FeedItem[] | null> {
  const reply = await fetchText(ctx, 'newsroom', url, { accept: FEED_ACCEPT, keep: looksLikeFeed });
  if (!reply) return null;
  const feed = parseFeed(reply.text, url);
  if (!feed) {
    ctx.problems.push(problem('newsroom', 'malformed', 'the announced feed is not RSS or Atom', url));
    return null;
  }
  return feed.items;
}

/** Feed items from the first of `pages` that leads to a feed. */
export async function newsroomCandidates(ctx: LookupContext, subject: string, pages: string[]): Promise<Candidate[]> {
  for (const page of pages.slice(0, MAX_PAGES)) {
    const reply = await fetchText(ctx, 'newsroom', page, { accept: FEED_ACCEPT });
    if (!reply) continue;
    let items: FeedItem[] | null = null;
    if (looksLikeFeed(reply.text, reply.contentType)) {
      items = parseFeed(reply.text, page)?.items ?? null;
      if (!items) ctx.problems.push(problem('newsroom', 'malformed', 'the feed is not RSS or Atom', page));
    } else {
      for (const feedUrl of readPage(reply.text, page).feeds.slice(0, MAX_FEEDS)) {
        items = await readFeed(ctx, feedUrl);
        if (items) break;
      }
    }
    if (items)
      return items.slice(0, MAX_ITEMS).map((item) => ({
        url: item.link,
        title: item.title,
        date: item.date,
        source: 'newsroom' as const,
        subject,
        hint: item.summary,
      }));
  }
  return [];
}
