// How the page has its article read. The extension reads it in the background (the engine never
// runs on the page's main thread, and is not in the content script); tests and scripts can read
// it in the page, in slices. Either way the page sees one shape: a sliced task that tells it the
// first figures as soon as they are known and returns the report.
import type { Anchor } from '../core/press/in-page';
import type { Claim, Entity, InputDocument, Report } from '../core/report';
import { analyzeInSlices, type Compare, type Engine } from './analyze-in-slices';
import { withReleaseLinks } from './release-links';
import type { SlicedTask } from './slices';
import type { TextLike } from './text-join';
import { runToEnd } from './text-map';

/**
 * The article to read, with its links: the report's press releases are the release links among
 * them and in the text (worked out where the engine runs: for a long page, a scan of the whole
 * text that would otherwise be one long task on the page).
 */
export interface PageInput extends InputDocument {
  anchors?: Anchor[];
  /**
   * The text as the stretches the page joined it in (see TextStretches): an engine that only
   * slices the text reads it from these, and the whole `text` is never copied into one string.
   */
  stretches?: TextLike;
}

/** Claims and entities with offsets into the whole text, before the report is done. */
type ChunkListener = (claims: Claim[], entities: Entity[]) => void;

export interface EngineListener {
  /**
   * Each part of the report's document as it is found, in order (the parts together are the
   * document); `whole` when the text was read in one part, its report following at once.
   */
  part?: (claims: Claim[], entities: Entity[], whole: boolean) => void;
  /** `part` done in steps (a generator), so the page can slice it; used instead of `part` when given. */
  partInSteps?: (claims: Claim[], entities: Entity[], whole: boolean) => Generator<void, void>;
  /** A first look before the parts (the lead of a short text, read again with the rest): figures to show at once. */
  early?: ChunkListener;
  /** Runs main-thread work the engine does outside the page's slices (a message arriving), so the page can count it. */
  outside?: <T>(work: () => T) => T;
}

export type PageEngine = (doc: PageInput, listener: EngineListener, signal: AbortSignal) => SlicedTask<Report>;

/** The engine run on the page's own thread, in slices of a few ms each. */
export function inPageEngine(engine: Engine, compare?: Compare): PageEngine {
  return function* read({ anchors, stretches: _stretches, ...doc }, { early, part, partInSteps }) {
    const report = yield* analyzeInSlices(doc, engine, {
      compare,
      // Without anyone waiting for early figures, a short text is read in one call.
      leadFirst: !!early,
      onChunk:
        early || part || partInSteps
          ? (claims, entities, kind) => {
              if (kind === 'early') early?.(claims, entities);
              // The page's own engine tells of a part inside a step of its own: its steps run at once.
              else if (partInSteps) runToEnd(partInSteps(claims, entities, kind === 'whole'));
              else part?.(claims, entities, kind === 'whole');
            }
          : undefined,
    });
    if (anchors) yield;
    return anchors ? withReleaseLinks(report, doc.text, anchors, doc.source) : report;
  };
}
