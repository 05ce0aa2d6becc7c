// The page reads the background's replies by hand (utils/extension/analysis-reply.ts) instead
// of with AnalysisReplySchema: it must say yes and no exactly where the schema does. Replies the
// real background posts are taken apart value by value: every value (a field, an array item)
// is removed or replaced by ill-typed ones, and both must give the same verdict.
import { describe, expect, it } from 'vitest';
import { serveAnalysis } from '../../utils/extension/analysis-background';
import { AnalysisReplySchema } from '../../utils/extension/analysis-port';
import { AnalysisReplyOnPage, readAnalysisReply } from '../../utils/extension/analysis-reply';
import { analyze } from '../../utils/core';
import type { Claim, Entity } from '../../utils/core/report';
import { decodePiece, type WirePiece } from '../../utils/extension/analysis-wire';
import { portPair } from '../extension/port-pair';

const LEAD = 'Quillon Motors SA said on Tuesday it would invest €1.2 billion ($1.3 billion) in a van plant in Valence, France, and hire 2,000 people there by 2028, chief executive Anne Morel said.';
const FILLER = 'The company said the plant would be its largest in Europe, and that building work would begin next spring once the permits are granted. ';
const LATER = 'Quillon Motors will hire 500 more people in Valence by 2030. Rival Brevan Auto said it would invest up to €900 million in Lyon.';
const SHORT = `${LEAD}\n\n${FILLER.repeat(3)}\n\n${LATER}`;
const LONG = `${LEAD}\n\n${FILLER.repeat(400)}\n\n${LATER}`;

/** What the background posts for `text` (JSON-copied, as the browser delivers it). */
async function repliesFor(text: string): Promise<unknown[]> {
  const [page, background] = portPair();
  serveAnalysis(background);
  const replies: unknown[] = [];
  const done = new Promise<void>((resolve) =>
    page.onMessage.addListener((reply) => {
      replies.push(reply);
      if ((reply as { type: string }).type !== 'part') resolve();
    }),
  );
  page.postMessage({ type: 'analyse', doc: { source: 'https://news.example/a', text, anchors: [{ href: 'https://newswire.example/press-release/quillon', text: 'press release' }] } });
  await done;
  return replies;
}

const BAD_VALUES: unknown[] = [undefined, null, true, 'x', '', 0, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, [], {}, [1, 2, 3], ['x']];

/** Every path to a value inside `value` (object fields and array items), depth first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...paths((value as Record<string | number, unknown>)[key], [...at, key])]);
}

/** A deep copy of `value` with the value at `path` replaced (or removed when `remove`). */
function changed(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const verdicts = (raw: unknown) => ({ schema: AnalysisReplySchema.safeParse(raw).success, byHand: readAnalysisReply(raw) !== null, onPage: AnalysisReplyOnPage.safeParse(raw).success });

describe('reading an analysis reply by hand', () => {
  it('accepts what the background posts and gives what the schema gives', async () => {
    const short = await repliesFor(SHORT);
    const long = await repliesFor(LONG);
    expect(short.map((r) => (r as { type: string }).type)).toEqual(['done']);
    expect(long.filter((r) => (r as { type: string }).type === 'part').length).toBeGreaterThan(1);
    for (const reply of [...short, ...long]) expect(readAnalysisReply(reply)).toEqual(AnalysisReplySchema.parse(reply));
    // The replies hold what the test below takes apart: claims with and without a conversion, a
    // subject, a place, a period or none, entities with and without a role, rule lists, releases;
    // a short text's document plain, a long one's parts compact (entity notes among their rows).
    const whole = (short[0] as { whole: { claims: Claim[]; entities: Entity[] } }).whole;
    expect(whole).toEqual({ claims: analyze([{ source: 'https://news.example/a', text: SHORT }]).documents[0].claims, entities: expect.any(Array) });
    expect(whole.claims.some((c) => c.alt !== null)).toBe(true);
    expect(whole.claims.some((c) => c.alt === null)).toBe(true);
    expect(whole.claims.some((c) => c.period === null)).toBe(true);
    expect(whole.claims.some((c) => c.location !== null)).toBe(true);
    expect(whole.entities.some((e) => e.role !== undefined)).toBe(true);
    expect(whole.entities.some((e) => e.role === undefined)).toBe(true);
    const part = long.find((r) => (r as { type: string }).type === 'part') as WirePiece;
    expect(decodePiece(LONG, part)?.claims.length).toBeGreaterThan(0);
    expect(part.notes?.length).toBeGreaterThan(0);
    expect(part.reasons.length).toBeGreaterThan(0);
    expect((short[0] as { press_releases: unknown[] }).press_releases.length).toBeGreaterThan(0);
  });

  it('gives the same verdict as the schema for every value removed or replaced, in a part, an ending and a failure', async () => {
    const [done] = await repliesFor(SHORT);
    const withConflicts = { ...(done as object), duplicates: [['d1.c1', 'd1.c2']], conflicts: [{ a: 'd1.c1', b: 'd1.c2', reason: 'amounts differ' }] };
    // The first part of a long text, cut to its first claim and entity rows (every value is tried).
    const first = (await repliesFor(LONG))[0] as WirePiece & { type: string };
    const part = { ...first, entities: first.entities.slice(0, 30), notes: first.notes?.filter((_, i) => first.notes![i - (i % 3)] < 10) };
    const failed = { type: 'failed', error: 'Claimcheck could not read this page.' };
    let compared = 0;
    for (const reply of [withConflicts, part, failed]) {
      expect(verdicts(reply)).toEqual({ schema: true, byHand: true, onPage: true });
      for (const path of paths(reply))
        for (const [bad, raw] of [['(removed)', changed(reply, path, undefined, true)], ...BAD_VALUES.map((bad) => [bad, changed(reply, path, bad)])]) {
          const { schema, byHand, onPage } = verdicts(raw);
          expect({ path, bad, byHand, onPage }).toEqual({ path, bad, byHand: schema, onPage: schema });
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('refuses what is not a reply', () => {
    for (const raw of [null, undefined, 'done', 3, [], [{ type: 'failed', error: 'x' }], {}, { type: 'early', claims: [], entities: [] }, { type: 'failed' }])
      expect([readAnalysisReply(raw), AnalysisReplyOnPage.safeParse(raw).success]).toEqual([null, false]);
  });
});
