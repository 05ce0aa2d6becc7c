// One page's analysis: article → text map → engine → ranges → highlights, run in time slices.
// Knows nothing of the extension (no WXT, no browser.*): the content script gives it the
// engine and an AbortSignal, tests give it a fake engine and happy-dom.
import type { Claim, Entity, Report } from '../core/report';
import { findLang, findPublished, findTitle } from './article-meta';
import { type FoundArticle, locateArticle, readArticleText } from './article';
import type { PageEngine } from './page-engine';
import { articleAnchors } from './release-links';
import { pageScheme, type Scheme } from './highlight-style';
import { type HighlightKind, HighlightLayer } from './highlights';
import { buildMarks, type FigureMark, type PageMarks, PartMarks, rangesByKind, recheckMarks, stateRangesByKind } from './marks';
import { type Busy, countSlice, idle } from './busy';
import { runInSlices, SLICE_MS, type SlicedTask } from './slices';
import { rangeFor, type TextMap } from './text-map';

export type { Busy } from './busy';

/** About what the content script's setup costs in the task where a run's first slice starts (1-5 ms of CPU traced on the heavy bench page). */
const SETUP_MS = 3;
/** About what swapping a long page's highlights in costs (apply: the registry's seven names, the style element). */
const APPLY_MS = 3;
/**
 * About what the walk's first step costs: its code runs for the first time (3-5 ms of CPU on the
 * heavy bench page, traced). Announced after finding the article, so on a long page, where that
 * took ~4 ms, the walk starts in a slice of its own (the run's first task was 10-13 ms of CPU).
 */
const WALK_START_MS = 3;
/** About what giving a long page's figures their states costs (claimStates over ~1,600 claims: 2.2 ms traced). */
const STATES_MS = 3;
/**
 * Firefox registers each range of a highlight when the highlight is registered (CSS.highlights.set),
 * so the final swap of a long page's highlights was one task of 180-340 ms there: a first run in
 * Firefox shows the highlights from the early batch on and adds each part's ranges to them in
 * steps. Chromium repaints every highlight on each change (see the note below): it keeps the swap.
 */
const SHOW_WHILE_BUILDING = !!import.meta.env.FIREFOX;
/** Ranges added per step to highlights already shown (Firefox: about 20 µs each). */
const SHOWN_RANGES_PER_STEP = 200;
/** Text nodes in an article from which the steps after the walk get a slice each (the bench's heavy page has about 37,000, a news article a few hundred). */
const LONG_PAGE_TEXT_NODES = 5_000;

export type AnalysisState = 'loading' | 'ok' | 'no-article' | 'no-claims' | 'error';

export interface AnalysisResult {
  state: AnalysisState;
  report: Report | null;
  error?: string;
  title: string;
  published?: string;
}

export interface PageAnalysisOptions {
  doc: Document;
  /** Reads the article: in the background for the extension (page-engine.ts), in the page for tests. */
  engine: PageEngine;
  /** The address the report names as its source. */
  source: () => string;
  sliceMs?: number;
}

interface Outcome {
  article: FoundArticle | null;
  /** The publication day, read once per run (JSON-LD, meta tags, <time>). */
  published: string | undefined;
  report: Report | null;
  marks: PageMarks;
  painted: Map<HighlightKind, Highlight> | null;
}

/*
 * Progressive painting on a long page is one early batch: the first chunk's highlights at once,
 * the rest with the final swap. Every change to the highlights makes Chromium repaint all of
 * them: on the 1.3 MB bench page, repainting every 200 ms made the analysis take 3-4× longer in
 * wall time for the same script time, and doubling waits between repaints still 1.5-2×.
 */

export class PageAnalysis {
  readonly layer: HighlightLayer;
  result: AnalysisResult = { state: 'loading', report: null, title: '' };
  marks: PageMarks = { figures: [], entities: [] };
  scheme: Scheme | null = null;
  busy: Busy = idle();
  private article: FoundArticle | null = null;
  private running: AbortController | null = null;
  /** Bumped by every run, so a late finisher never overwrites a newer run's result. */
  private generation = 0;
  private phase = '';
  /** When the slice (or the outside task) now running began. */
  private workBegan = 0;
  private current: Busy = idle();
  /** Whether this run has painted its early batch (progressive painting). */
  private paintedEarly = false;

  constructor(private readonly options: PageAnalysisOptions) {
    this.layer = new HighlightLayer(options.doc);
  }

  /** Runs (or re-runs) the whole analysis; resolves once highlights are shown or the run was superseded. */
  async run(signal: AbortSignal): Promise<void> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const stop = () => controller.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    const generation = ++this.generation;
    const { doc } = this.options;
    const busy = (this.current = idle());
    // A slice counts for the phase it started in: the step announced by the last yield (an engine call) runs first in it.
    let phase = '';
    const onSliceStart = (at: number) => {
      this.workBegan = at;
      phase = this.phase;
    };
    const onSlice = (ms: number) => countSlice(busy, phase, ms);
    // A first run paints the first chunk's figures as soon as they are found; a re-run swaps the
    // whole set at the end, so highlights never double or flicker.
    const progressive = !this.layer.showing;
    this.paintedEarly = false;
    this.phase = 'locate';
    try {
      // The first slice runs inside the content script's own setup (after the settings' answer,
      // in one microtask checkpoint), which took 1-5 ms of CPU before it on the heavy bench page:
      // with a whole slice's budget that task was 8.1-11.6 ms of CPU in every traced load.
      const sliceMs = this.options.sliceMs ?? SLICE_MS;
      const outcome = await runInSlices(this.pipeline(progressive, generation, controller.signal), { signal: controller.signal, doc, sliceMs, firstSliceMs: Math.max(1, sliceMs - SETUP_MS), onSliceStart, onSlice });
      if (generation !== this.generation) return;
      // Swapping the prepared highlights in runs in the task of the last slice: counted with it.
      const applying = performance.now();
      this.apply(outcome);
      const painted = performance.now() - applying;
      busy.ms += painted;
      busy.phases.apply = (busy.phases.apply ?? 0) + painted;
      this.noteFirstHighlight(busy, applying + painted);
      this.busy = busy;
    } catch (error) {
      if (controller.signal.aborted || generation !== this.generation) return;
      this.clear();
      this.result = { state: 'error', report: null, error: error instanceof Error ? error.message : String(error), title: findTitle(doc) };
    } finally {
      signal.removeEventListener('abort', stop);
      if (this.running === controller) this.running = null;
    }
  }

  /**
   * Main-thread work done outside the slices, in a task of its own (a message from the
   * background arriving, the first figures painted): counted with the run's slices.
   */
  private outsideSlices<T>(work: () => T): T {
    const began = performance.now();
    this.workBegan = began;
    try {
      return work();
    } finally {
      countSlice(this.current, 'messages', performance.now() - began);
    }
  }

  private noteFirstHighlight(busy: Busy, at: number): void {
    if (busy.firstHighlightAt !== null || !this.layer.showing) return;
    busy.firstHighlightAt = at;
    busy.toFirstHighlight = busy.ms + (busy === this.current && this.phase !== 'done' ? at - this.workBegan : 0);
  }

  private *pipeline(progressive: boolean, generation: number, signal: AbortSignal): SlicedTask<Outcome> {
    const { doc, engine, source } = this.options;
    this.phase = 'locate';
    const article = yield* locateArticle(doc);
    if (!article) return { article: null, published: findPublished(doc), report: null, marks: { figures: [], entities: [] }, painted: null };
    yield WALK_START_MS;
    this.phase = 'text';
    const map = yield* readArticleText(article);
    // On a long page what follows the walk is three steps that each begin a slice:
    // findPublished (selector scans over the whole document: 6-9 ms of CPU there, traced at load
    // 8), the request's links and language (two more scans), and opening the port. Run on after a
    // part-used slice, as they did with plain yields, each could push it past 8 ms. A short
    // article's are small: they run on as before (no task of their own each). The text stays in
    // its stretches (`text` is a string made of them, never read on this path): no step joins it.
    const ownSlice = map.nodes.length >= LONG_PAGE_TEXT_NODES ? Infinity : undefined;
    yield ownSlice;
    const published = findPublished(doc, article.root);
    yield ownSlice;
    const input = { source: source(), text: map.text, stretches: map.stretches, lang: findLang(doc), published, anchors: articleAnchors(article.root) };
    yield ownSlice;
    this.phase = 'engine';
    // Each part's Ranges are made as it arrives, while the background reads on, and added to
    // highlights built off screen: the end of the reading then only adds the figures' states
    // before the swap (building all of a long page's highlights there was 3-14 ms of slices
    // between the background's last part and the highlights).
    const parts = new PartMarks(map);
    const { layer } = this;
    const offscreen = new Map<HighlightKind, Highlight>();
    let shownWhileBuilding = false;
    const partInSteps = function* (this: void, claims: Claim[], entities: Entity[], whole: boolean): Generator<void, void> {
      const made = yield* parts.addInSteps(claims, entities);
      if (progressive && !whole && paintEarly(made) && SHOW_WHILE_BUILDING) {
        // This part's ranges are shown already; the highlights built from here on are those shown.
        layer.showWhileBuilding(offscreen);
        shownWhileBuilding = true;
        return;
      }
      yield* layer.prepare(rangesByKind(made), shownWhileBuilding ? SHOWN_RANGES_PER_STEP : 500, offscreen);
    };
    const paintEarly = (made: PageMarks) => this.paintEarly(article, made, generation);
    // A first look (a lead the page's own engine reads ahead) is shown, then read again with the rest.
    const early = progressive ? (claims: Claim[], entities: Entity[]) => this.paintEarly(article, new PartMarks(map).add(claims, entities), generation) : undefined;
    const report = yield* engine(input, { partInSteps, early, outside: (work) => this.outsideSlices(work) }, signal);
    this.phase = 'marks';
    if (ownSlice) yield STATES_MS;
    const marks = yield* buildMarks(map, report, parts);
    this.phase = 'paint';
    // Marks made from the parts are in the off-screen highlights already; others are built afresh.
    const built = marks === parts.marks ? layer.prepare(stateRangesByKind(marks), 500, offscreen) : layer.prepare(rangesByKind(marks));
    const painted = marks.figures.length + marks.entities.length > 0 ? yield* built : null;
    // Swapping the highlights in (apply, 1-3 ms) runs in the task of the last slice: it ends the slice early when there is no room left for it.
    yield APPLY_MS;
    this.phase = 'done';
    return { article, published: input.published, report, marks, painted };
  }

  /** Shows the first part's (or first look's) figures and entities at once (their states come with the full report). */
  /** Whether it painted them (only the first batch is painted early). */
  private paintEarly(article: FoundArticle, made: PageMarks, generation: number): boolean {
    if (generation !== this.generation || this.paintedEarly || made.figures.length + made.entities.length === 0) return false;
    this.paintedEarly = true;
    if (!this.layer.showing) {
      this.scheme = pageScheme(article.root);
      this.layer.usePalette(this.scheme);
    }
    for (const [kind, ranges] of rangesByKind(made)) if (ranges.length > 0) this.layer.add(kind, ranges);
    this.noteFirstHighlight(this.current, performance.now());
    return true;
  }

  private apply({ article, published, report, marks, painted }: Outcome): void {
    const { doc } = this.options;
    this.article = article;
    this.marks = marks;
    const claims = report?.documents[0]?.claims.length ?? 0;
    const state: AnalysisState = claims > 0 ? 'ok' : article?.found ? 'no-claims' : 'no-article';
    this.result = { state, report, title: findTitle(doc), published };
    if (!painted) return this.show();
    this.choosePalette();
    this.layer.commit(painted);
  }

  /** Paints the current marks (or removes every trace when there are none). */
  show(): void {
    if (this.marks.figures.length + this.marks.entities.length === 0) {
      this.layer.clear();
      return;
    }
    this.choosePalette();
    for (const [kind, ranges] of rangesByKind(this.marks)) this.layer.show(kind, ranges);
  }

  /** The highlight palette for the article's background. */
  private choosePalette(): void {
    this.scheme = this.article ? pageScheme(this.article.root) : null;
    this.layer.usePalette(this.scheme);
  }

  /** Drops highlights whose text changed under them; true when something was dropped. */
  recheck(): boolean {
    if (recheckMarks(this.marks) === 0) return false;
    this.show();
    return true;
  }

  figureOf(claimId: string): FigureMark | null {
    return this.marks.figures.find((mark) => mark.claim.id === claimId) ?? null;
  }

  /** Stops any run and removes every highlight and the style element. */
  clear(): void {
    this.running?.abort();
    this.running = null;
    this.generation++;
    this.marks = { figures: [], entities: [] };
    this.layer.clear();
  }

  /** Forgets the result too (site switched off, or a new route). */
  reset(): void {
    this.clear();
    this.article = null;
    this.result = { state: 'loading', report: null, title: '' };
  }
}
