// RSS 2.0 and Atom feeds read with htmlparser2 in XML mode (no DOM in a service worker).
// Only the fields a release needs: title, link, date, summary and the publisher's name.
import { Parser } from 'htmlparser2';

export interface FeedItem {
  title: string;
  link: string;
  /** YYYY-MM-DD when the feed dates the item. */
  date?: string;
  summary: string;
  /** dc:contributor / dc:creator / author name: on newswires, the issuing company. */
  author: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title: string;
  items: FeedItem[];
}

const MAX_ITEMS = 200;

/** "Tue, 15 Sep 2026 08:02 GMT", "2026-09-15T08:02:00Z" → "2026-09-15". */
export function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(trimmed);
  if (direct) return direct[1];
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an HTML fragment (RSS descriptions often carry escaped HTML). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  let text = '';
  const parser = new Parser({ ontext: (chunk) => (text += chunk), onclosetag: () => (text += ' ') }, { decodeEntities: true });
  parser.end(html);
  return squash(text);
}

/** The feed in `xml`, or null when it is neither RSS nor Atom. */
export function parseFeed(xml: string, baseUrl?: string): ParsedFeed | null {
  let kind: ParsedFeed['kind'] | null = null;
  let feedTitle = '';
  const items: FeedItem[] = [];
  let item: (FeedItem & { rawDate?: string }) | null = null;
  const path: string[] = [];
  let text = '';

  const resolve = (href: string) => {
    try {
      return new URL(href.trim(), baseUrl).href;
    } catch {
      return href.trim();
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        path.push(tag);
        text = '';
        if (path.length === 1) kind = tag === 'rss' || tag === 'rdf:rdf' ? 'rss' : tag === 'feed' ? 'atom' : null;
        if ((tag === 'item' || tag === 'entry') && items.length < MAX_ITEMS) item = { title: '', link: '', summary: '', author: '' };
        // Atom: <link rel="alternate" href="…"/>, the item's own page
        if (item && tag === 'link' && attribs.href && (!attribs.rel || attribs.rel === 'alternate') && !item.link) item.link = resolve(attribs.href);
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        const value = text;
        text = '';
        path.pop();
        if (!item) {
          if (tag === 'title' && !feedTitle) feedTitle = squash(value);
          return;
        }
        switch (tag) {
          case 'item':
          case 'entry':
            item.date = isoDay(item.rawDate);
            delete item.rawDate;
            if (item.link && item.title) items.push(item);
            item = null;
            break;
          case 'title':
            item.title = fragmentText(value);
            break;
          case 'link':
            if (!item.link && value.trim()) item.link = resolve(value);
            break;
          case 'guid':
            if (!item.link && /^https?:\/\//.test(value.trim())) item.link = value.trim();
            break;
          case 'pubdate':
          case 'published':
          case 'dc:date':
            item.rawDate = value;
            break;
          case 'updated':
            item.rawDate ??= value;
            break;
          case 'description':
          case 'summary':
          case 'content':
          case 'content:encoded':
            if (!item.summary) item.summary = fragmentText(value).slice(0, 2000);
            break;
          case 'dc:contributor':
          case 'dc:creator':
          case 'name':
            if (!item.author) item.author = squash(value);
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.end(xml);
  return kind ? { kind, title: feedTitle, items } : null;
}
