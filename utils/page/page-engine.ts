// How the page has its article read. The extension reads it in the background (the engine never
// runs on the page's main thread, and is not in the content script); tests and scripts can read
// it in the page, in slices. Either way the page sees one shape: a sliced task that tells it the
// first figures as soon as they are known and returns the report.
import type { Claim, Entity, InputDocument, Report } from '../core/report';
import { analyzeInSlices, type Compare, type Engine } from './analyze-in-slices';
import type { SlicedTask } from './slices';

/** Told the first claims and entities found (offsets into the whole text), before the report is done. */
type EarlyListener = (claims: Claim[], entities: Entity[]) => void;

export interface EngineListener {
  /** The first figures, before the report is done (absent when nobody waits for them). */
  early?: EarlyListener;
  /** Runs main-thread work the engine does outside the page's slices (a message arriving), so the page can count it. */
  outside?: <T>(work: () => T) => T;
}

export type PageEngine = (doc: InputDocument, listener: EngineListener, signal: AbortSignal) => SlicedTask<Report>;

/** The engine run on the page's own thread, in slices of a few ms each. */
export function inPageEngine(engine: Engine, compare?: Compare): PageEngine {
  // A text read in one call has nothing more to wait for: its figures are painted with the report.
  return (doc, { early }) => analyzeInSlices(doc, engine, { compare, onChunk: early && ((claims, entities, kind) => kind !== 'whole' && early(claims, entities)) });
}
