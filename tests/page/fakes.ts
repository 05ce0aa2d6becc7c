// Test doubles for the page tests: the CSS Custom Highlight API (happy-dom has none) and a
// small engine that finds euro amounts and job counts with a regular expression.
import type { Claim, Entity, InputDocument, Report } from '../../utils/core/report';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

/** Installs CSS.highlights and Highlight on the happy-dom window; returns the registry. */
export function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  // happy-dom's window.CSS is a getter returning a fresh object: replace it with a fixed one.
  Object.defineProperty(window, 'CSS', { value: { highlights: registry, supports: () => false }, configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

export function removeHighlightApi(): void {
  Object.defineProperty(window, 'CSS', { value: { supports: () => false }, configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: undefined, configurable: true, writable: true });
}

/** The text of every range under a highlight name, in insertion order. */
export function textsOf(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
}

const FIGURE = /€\d+(?:\.\d+)? billion|\d{1,3}(?:,\d{3})+ jobs/g;
const NAMES: [RegExp, Entity['type']][] = [
  [/\bQuillon Motors\b/g, 'org'],
  [/\bAda Berg\b/g, 'person'],
  [/\bValence\b/g, 'place'],
];

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const stops = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(start, end).trim();
}

/**
 * One document in, a report out: equal figures are duplicates, job counts that differ conflict,
 * and "(€9 vs €8)" after a figure is a conversion that does not add up (a === b).
 */
export function fakeEngine(docs: InputDocument[]): Report {
  const text = docs[0]?.text ?? '';
  const claims: Claim[] = [...text.matchAll(FIGURE)].map((m, i) => ({
    id: `d1.c${i + 1}`,
    metric: m[0].endsWith('jobs') ? 'jobs' : 'investment',
    subject: 'Quillon Motors',
    amount: Number(m[0].replace(/[^\d.]/g, '')),
    amount_max: null,
    currency: m[0].startsWith('€') ? 'EUR' : null,
    qualifier: 'exact',
    location: 'Valence',
    period: null,
    status: 'new',
    alt: null,
    start: m.index,
    end: m.index + m[0].length,
    sentence: sentenceAround(text, m.index),
    reasons: ['fake'],
  }));
  const entities: Entity[] = NAMES.flatMap(([re, type]) => [...text.matchAll(re)].map((m) => ({ text: m[0], type, start: m.index, end: m.index + m[0].length })));
  const byFigure = new Map<string, string[]>();
  for (const c of claims) byFigure.set(text.slice(c.start, c.end), [...(byFigure.get(text.slice(c.start, c.end)) ?? []), c.id]);
  const jobs = claims.filter((c) => c.metric === 'jobs');
  const conflicts = jobs.flatMap((a, i) => jobs.slice(i + 1).filter((b) => b.amount !== a.amount).map((b) => ({ a: a.id, b: b.id, reason: `${a.amount} vs ${b.amount} jobs` })));
  return {
    version: 1,
    documents: [{ id: 'd1', source: docs[0]?.source ?? '', lang: docs[0]?.lang ?? 'en', claims, entities }],
    duplicates: [...byFigure.values()].filter((ids) => ids.length > 1),
    conflicts,
    press_releases: [],
  };
}
