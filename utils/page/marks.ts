// From the engine's report to places on the page: one mark per claim figure and per entity,
// each with its Range and the text it should still cover (for re-checks when the page changes).
import type { Claim, Entity, Report } from '../core/report';
import type { HighlightKind } from './highlights';
import { normalizeSpaces, rangeFor, runToEnd, type TextMap } from './text-map';

export type ClaimState = 'conflict' | 'duplicate' | 'confirmed';

export interface FigureMark {
  claim: Claim;
  range: Range;
  state: ClaimState | null;
  /** The figure's text as analysed, whitespace collapsed. */
  readonly expected: string;
}

export interface EntityMark {
  entity: Entity;
  range: Range;
  readonly expected: string;
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

/**
 * The text a mark should still cover, worked out from the analysed text when a re-check first
 * asks: a long page has tens of thousands of marks and is rarely re-checked (collapsing the
 * whitespace of each one up front was about 5 % of the 1.3 MB bench page's main-thread time).
 */
class MadeMark {
  private collapsed: string | null = null;

  constructor(
    readonly range: Range,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get expected(): string {
    return (this.collapsed ??= normalizeSpaces(this.text.slice(this.start, this.end)));
  }
}

class MadeFigure extends MadeMark implements FigureMark {
  constructor(
    readonly claim: Claim,
    range: Range,
    public state: ClaimState | null,
    text: string,
  ) {
    super(range, text, claim.start, claim.end);
  }
}

class MadeEntity extends MadeMark implements EntityMark {
  constructor(
    readonly entity: Entity,
    range: Range,
    text: string,
  ) {
    super(range, text, entity.start, entity.end);
  }
}

function figureMark(map: TextMap, claim: Claim, state: ClaimState | null): FigureMark | null {
  const range = rangeFor(map, claim.start, claim.end);
  return range && new MadeFigure(claim, range, state, map.text);
}

function entityMark(map: TextMap, entity: Entity): EntityMark | null {
  const range = rangeFor(map, entity.start, entity.end);
  return range && new MadeEntity(entity, range, map.text);
}

/**
 * Marks made part by part while the report's document arrives (its parts, in order, are the
 * document): the Ranges are built while the background is still reading, so the end of the
 * analysis only gives the figures their states.
 */
export class PartMarks {
  readonly marks: PageMarks = { figures: [], entities: [] };
  /** Claims and entities seen so far (some may have no Range on the page). */
  claims = 0;
  entities = 0;

  constructor(private readonly map: TextMap) {}

  /** Makes the marks of the next part; returns them (the figures' states come with the report). */
  add(claims: Claim[], entities: Entity[]): PageMarks {
    return runToEnd(this.addInSteps(claims, entities));
  }

  /** `add` as a generator, a hundred marks a step: a long page's part holds hundreds of entities. */
  *addInSteps(claims: Claim[], entities: Entity[]): Generator<void, PageMarks> {
    const made: PageMarks = { figures: [], entities: [] };
    let count = 0;
    for (const claim of claims) {
      const mark = figureMark(this.map, claim, null);
      if (mark) made.figures.push(mark);
      if (++count % MARKS_PER_STEP === 0) yield;
    }
    for (const entity of entities) {
      const mark = entityMark(this.map, entity);
      if (mark) made.entities.push(mark);
      if (++count % MARKS_PER_STEP === 0) yield;
    }
    this.claims += claims.length;
    this.entities += entities.length;
    this.marks.figures.push(...made.figures);
    this.marks.entities.push(...made.entities);
    return made;
  }

  /** Whether these marks were made from exactly this document's claims and entities. */
  cover(doc: { claims: Claim[]; entities: Entity[] }): boolean {
    const { figures, entities } = this.marks;
    return (
      this.claims === doc.claims.length &&
      this.entities === doc.entities.length &&
      (figures.length === 0 || doc.claims.includes(figures[figures.length - 1].claim)) &&
      (entities.length === 0 || doc.entities.includes(entities[entities.length - 1].entity))
    );
  }
}

/**
 * Ranges for the first document's claims and entities (a generator: thousands of ranges on a
 * long page). Marks already made from the document's parts (`ready`) are kept, with their states set.
 */
export function* buildMarks(map: TextMap, report: Report, ready?: PartMarks): Generator<void, PageMarks> {
  const doc = report.documents[0];
  if (!doc) return { figures: [], entities: [] };
  const states = claimStates(report);
  if (ready?.cover(doc)) {
    for (const mark of ready.marks.figures) mark.state = states.get(mark.claim.id) ?? null;
    return ready.marks;
  }
  const marks: PageMarks = { figures: [], entities: [] };
  let made = 0;
  for (const claim of doc.claims) {
    const mark = figureMark(map, claim, states.get(claim.id) ?? null);
    if (mark) marks.figures.push(mark);
    if (++made % MARKS_PER_STEP === 0) yield;
  }
  for (const entity of doc.entities) {
    const mark = entityMark(map, entity);
    if (mark) marks.entities.push(mark);
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

/** The ranges of figures that have a state (conflict, duplicate, confirmed), by state. */
export function stateRangesByKind(marks: PageMarks): Map<HighlightKind, Range[]> {
  const byKind = new Map<HighlightKind, Range[]>((['conflict', 'duplicate', 'confirmed'] as const).map((k) => [k, []]));
  for (const mark of marks.figures) if (mark.state) byKind.get(mark.state)!.push(mark.range);
  return byKind;
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
