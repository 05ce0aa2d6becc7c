// Announcements for the history page: remembered statements grouped by the same rules as
// matching (company, metric, status, compatible place, days close together), so one
// announcement covered by five outlets is one row, with the engine's conflicts marked.
import { compareDocuments } from '../core/compare';
import type { Claim } from '../core/report';
import { claimKey, daysApart, placeKey, placesAgree } from './keys';
import { DEFAULT_WINDOW_DAYS, type MatchOptions, type SeenElsewhere } from './match';
import { articleDay } from './record';
import { summarise, type ArticleRecord } from './schema';

export interface Announcement {
  /** Stable while its first report stays: "<article id>/<claim id>". */
  id: string;
  /** The subject as the first report wrote it. */
  company: string;
  metric: SeenElsewhere['claim']['metric'];
  status: SeenElsewhere['claim']['status'];
  place: string | null;
  /** First and last day among the reports, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Every report of it, oldest first; one article may appear more than once. */
  reports: SeenElsewhere[];
  conflicts: { a: SeenElsewhere; b: SeenElsewhere; reason: string }[];
}

interface Statement extends SeenElsewhere {
  day: string;
  place: string | null;
}

interface Cluster {
  statements: Statement[];
  place: string | null;
}

function statementsOf(records: ArticleRecord[]): Map<string, Statement[]> {
  const buckets = new Map<string, Statement[]>();
  for (const record of records) {
    const article = summarise(record);
    const day = articleDay(record);
    for (const claim of record.claims) {
      const key = claimKey(claim);
      if (!key) continue;
      const bucket = `${key}|${claim.status}`;
      const list = buckets.get(bucket) ?? [];
      list.push({ article, claim, day, place: placeKey(claim.location) });
      buckets.set(bucket, list);
    }
  }
  return buckets;
}

/**
 * Oldest first; a statement joins a cluster it fits, else starts one. Where several fit (an
 * unknown place fits every place), the same place wins, then the most reported, then the latest.
 */
function cluster(statements: Statement[], windowDays: number): Cluster[] {
  const clusters: Cluster[] = [];
  statements.sort((a, b) => a.day.localeCompare(b.day));
  const rank = (c: Cluster, place: string | null) => (place && c.place === place ? 1e6 : 0) + c.statements.length;
  let open = 0; // clusters before this index started too long ago for any later statement
  for (const statement of statements) {
    while (open < clusters.length && daysApart(clusters[open].statements[0].day, statement.day) > windowDays) open++;
    let fits: Cluster | undefined;
    for (const c of clusters.slice(open)) {
      // a wider place written by one outlet ("Portugal") fits a precise one ("Porto, Portugal"),
      // as in the memory's matching and the engine's comparison
      if (!placesAgree(c.place, statement.place)) continue;
      if (!fits || rank(c, statement.place) >= rank(fits, statement.place)) fits = c;
    }
    if (fits) {
      fits.statements.push(statement);
      fits.place ??= statement.place;
    } else clusters.push({ statements: [statement], place: statement.place });
  }
  return clusters;
}

function conflictsIn(statements: Statement[], compare: NonNullable<MatchOptions['compare']>): Announcement['conflicts'] {
  if (new Set(statements.map((s) => s.article.id)).size < 2) return [];
  const byId = new Map<string, Statement>();
  const docs = new Map<string, { lang: string; published?: string; claims: Claim[] }>();
  statements.forEach((statement, i) => {
    const docId = `h${statement.article.id}`;
    const id = `${docId}.c${i + 1}`;
    byId.set(id, statement);
    const doc = docs.get(docId) ?? { lang: statement.article.lang, published: statement.article.published ?? undefined, claims: [] };
    const { figure: _figure, ...claim } = statement.claim;
    doc.claims.push({ ...claim, id, reasons: [] });
    docs.set(docId, doc);
  });
  const { conflicts } = compare([...docs].map(([id, doc]) => ({ id, ...doc })));
  return conflicts
    .filter(({ a, b }) => a !== b && byId.has(a) && byId.has(b))
    .map(({ a, b, reason }) => ({ a: strip(byId.get(a)!), b: strip(byId.get(b)!), reason }));
}

function strip({ article, claim }: Statement): SeenElsewhere {
  return { article, claim };
}

/** When the reader last read a report of it: orders announcements of the same day. */
function lastRead(announcement: Announcement): number {
  return Math.max(...announcement.reports.map((report) => report.article.analysedAt));
}

/** Groups the given records' statements into announcements, the most recent first (same day: the last read first). */
export function groupAnnouncements(records: ArticleRecord[], options: MatchOptions = {}): Announcement[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const compare = options.compare ?? compareDocuments;
  const announcements: Announcement[] = [];
  for (const statements of statementsOf(records).values()) {
    for (const { statements: group, place } of cluster(statements, windowDays)) {
      const first = group[0];
      announcements.push({
        id: `${first.article.id}/${first.claim.id}`,
        company: first.claim.subject!,
        metric: first.claim.metric,
        status: first.claim.status,
        place: group.find((s) => s.place === place)?.claim.location ?? null,
        from: first.day,
        to: group[group.length - 1].day,
        reports: group.map(strip),
        conflicts: conflictsIn(group, compare),
      });
    }
  }
  const read = new Map(announcements.map((a) => [a, lastRead(a)]));
  return announcements.sort((a, b) => b.to.localeCompare(a.to) || read.get(b)! - read.get(a)! || a.id.localeCompare(b.id));
}
