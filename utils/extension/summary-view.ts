// The popup's reading order, computed once from a Report: conflicts first, then statements made
// more than once, then the remaining claims, then who and where, then press releases.
import type { Claim, Entity, PressRelease, Report } from '../core/report';
import { ENTITY_TYPES } from '../core/report';

export interface ConflictView {
  a: Claim;
  /** null when a claim disagrees with itself (a conversion that does not add up). */
  b: Claim | null;
  reason: string;
}

export interface EntityView {
  text: string;
  type: Entity['type'];
  /** How many times the article names it. */
  count: number;
}

export interface SummaryView {
  claims: Claim[];
  conflicts: ConflictView[];
  /** Groups of two or more claims stating the same fact, in article order. */
  duplicates: Claim[][];
  /** Claims in no conflict and no duplicate group. */
  others: Claim[];
  entities: EntityView[];
  pressReleases: PressRelease[];
  /**
   * Where each claim has its one `claim` entry ("conflict:0:a", "duplicate:2", "other"); the
   * popup shows a claim elsewhere too (a conflict and a duplicate group) only as a reference.
   */
  home: Map<string, string>;
}

function distinctEntities(entities: Entity[]): EntityView[] {
  const seen = new Map<string, EntityView>();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.text.toLocaleLowerCase()}`;
    const known = seen.get(key);
    if (known) known.count++;
    else seen.set(key, { text: e.text, type: e.type, count: 1 });
  }
  const merged = mergeShortNames([...seen.values()]);
  // Grouped by type (org, person, place), the most named first within each.
  const order = (t: Entity['type']) => ENTITY_TYPES.indexOf(t);
  return merged.sort((x, y) => order(x.type) - order(y.type) || y.count - x.count);
}

/**
 * Articles name a company in full once and then short ("Brenholt Robotics" … "Brenholt"), a
 * person in full and then by surname ("Maren Tolsma" … "Tolsma"). The short form joins the one
 * full name it can belong to; when two full names could claim it, it stays on its own.
 */
function mergeShortNames(views: EntityView[]): EntityView[] {
  const lower = (text: string) => text.toLocaleLowerCase();
  const belongsTo = (short: EntityView, full: EntityView): boolean => {
    if (short === full || short.type !== full.type || short.type === 'place') return false;
    const [s, f] = [lower(short.text), lower(full.text)];
    return short.type === 'org' ? f.startsWith(`${s} `) : !s.includes(' ') && f.endsWith(` ${s}`);
  };
  const absorbed = new Set<EntityView>();
  for (const short of views) {
    const owners = views.filter((full) => belongsTo(short, full));
    if (owners.length !== 1) continue;
    owners[0].count += short.count;
    absorbed.add(short);
  }
  return views.filter((view) => !absorbed.has(view));
}

export function summaryView(report: Report): SummaryView {
  const claims = report.documents.flatMap((d) => d.claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const conflicts: ConflictView[] = [];
  for (const { a, b, reason } of report.conflicts) {
    const first = byId.get(a);
    if (!first) continue; // a report that names an unknown claim: skip rather than guess
    conflicts.push({ a: first, b: a === b ? null : byId.get(b) ?? null, reason });
  }
  const duplicates = report.duplicates
    .map((group) => group.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined))
    .filter((group) => group.length > 1);
  const home = new Map<string, string>();
  const settle = (id: string, where: string) => void (home.has(id) || home.set(id, where));
  conflicts.forEach((c, i) => {
    settle(c.a.id, `conflict:${i}:a`);
    if (c.b) settle(c.b.id, `conflict:${i}:b`);
  });
  duplicates.forEach((group, i) => group.forEach((c) => settle(c.id, `duplicate:${i}`)));
  const others = claims.filter((c) => !home.has(c.id));
  for (const c of others) home.set(c.id, 'other');
  return {
    claims,
    conflicts,
    duplicates,
    others,
    home,
    entities: distinctEntities(report.documents.flatMap((d) => d.entities)),
    pressReleases: report.press_releases,
  };
}

/** Where the figure sits in its sentence, for emphasis; null when it cannot be told apart. */
export function figureInSentence(claim: Pick<Claim, 'sentence' | 'start' | 'end' | 'amount'>): [number, number] | null {
  const length = claim.end - claim.start;
  const { sentence } = claim;
  const significant = (digits: string) => digits.replace(/^0+/, '').replace(/0+$/, '');
  const wanted = significant(String(claim.amount).replace(/\D/g, ''));
  let fallback: [number, number] | null = null;
  for (let i = 0; i + length <= sentence.length; i++) {
    const piece = sentence.slice(i, i + length);
    const before = sentence[i - 1] ?? ' ';
    const after = sentence[i + length] ?? ' ';
    // A figure starts with a digit or a sign and is not cut out of a longer word or number.
    if (!/^[\p{Sc}\p{N}A-Z]/u.test(piece) || !/\p{N}/u.test(piece)) continue;
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (significant(piece.replace(/\D/g, '')) === wanted) return [i, i + length];
    fallback ??= [i, i + length];
  }
  return fallback;
}
