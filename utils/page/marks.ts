// From the engine's report to places on the page: one mark per claim figure and per entity,
// each with its Range and the text it should still cover (for re-checks when the page changes).
import type { Claim, Entity, Report } from '../core/report';
import type { HighlightKind } from './highlights';
import { normalizeSpaces, rangeFor, type TextMap } from './text-map';

export type ClaimState = 'conflict' | 'duplicate' | 'confirmed';

export interface FigureMark {
  claim: Claim;
  range: Range;
  state: ClaimState | null;
  /** The figure's text as analysed, whitespace collapsed. */
  expected: string;
}

export interface EntityMark {
  entity: Entity;
  range: Range;
  expected: string;
}

export interface PageMarks {
  figures: FigureMark[];
  entities: EntityMark[];
}

/**
 * A claim's state for its highlight: a conflict matters most, then a repeat, then a press
 * release the engine verified for the same company.
 */
export function claimStates(report: Report): Map<string, ClaimState> {
  const states = new Map<string, ClaimState>();
  const verified = new Set(report.press_releases.filter((p) => p.how === 'verified' && p.subject).map((p) => p.subject!.toLowerCase()));
  for (const doc of report.documents)
    for (const claim of doc.claims) if (claim.subject && verified.has(claim.subject.toLowerCase())) states.set(claim.id, 'confirmed');
  for (const group of report.duplicates) for (const id of group) states.set(id, 'duplicate');
  for (const conflict of report.conflicts) {
    states.set(conflict.a, 'conflict');
    states.set(conflict.b, 'conflict');
  }
  return states;
}

const MARKS_PER_STEP = 100;

/** Ranges for the first document's claims and entities (a generator: thousands of ranges on a long page). */
export function* buildMarks(map: TextMap, report: Report): Generator<void, PageMarks> {
  const doc = report.documents[0];
  const marks: PageMarks = { figures: [], entities: [] };
  if (!doc) return marks;
  const states = claimStates(report);
  let made = 0;
  for (const claim of doc.claims) {
    const range = rangeFor(map, claim.start, claim.end);
    if (range) marks.figures.push({ claim, range, state: states.get(claim.id) ?? null, expected: normalizeSpaces(map.text.slice(claim.start, claim.end)) });
    if (++made % MARKS_PER_STEP === 0) yield;
  }
  for (const entity of doc.entities) {
    const range = rangeFor(map, entity.start, entity.end);
    if (range) marks.entities.push({ entity, range, expected: normalizeSpaces(map.text.slice(entity.start, entity.end)) });
    if (++made % MARKS_PER_STEP === 0) yield;
  }
  return marks;
}

/** Whether a mark's Range still covers the text it was made for. */
export function stillValid(mark: { range: Range; expected: string }): boolean {
  return !mark.range.collapsed && normalizeSpaces(mark.range.toString()) === mark.expected;
}

/** Drops marks whose text changed under them; returns how many were dropped. */
export function recheckMarks(marks: PageMarks): number {
  const before = marks.figures.length + marks.entities.length;
  marks.figures = marks.figures.filter(stillValid);
  marks.entities = marks.entities.filter(stillValid);
  return before - (marks.figures.length + marks.entities.length);
}

/** Which highlight names get which ranges. */
export function rangesByKind(marks: PageMarks): Map<HighlightKind, Range[]> {
  const byKind = new Map<HighlightKind, Range[]>(
    (['figure', 'org', 'person', 'place', 'conflict', 'duplicate', 'confirmed'] as const).map((k) => [k, []]),
  );
  for (const mark of marks.figures) {
    byKind.get('figure')!.push(mark.range);
    if (mark.state) byKind.get(mark.state)!.push(mark.range);
  }
  for (const mark of marks.entities) byKind.get(mark.entity.type)?.push(mark.range);
  return byKind;
}
