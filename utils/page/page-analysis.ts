// One page's analysis: article → text map → engine → ranges → highlights, run in time slices.
// Knows nothing of the extension (no WXT, no browser.*): the content script gives it the
// engine and an AbortSignal, tests give it a fake engine and happy-dom.
import type { Report } from '../core/report';
import { findLang, findPublished, findTitle } from './article-meta';
import { type FoundArticle, locateArticle, readArticleText } from './article';
import { analyzeInSlices, type Engine } from './analyze-in-slices';
import { articleAnchors, withReleaseLinks } from './release-links';
import { pageScheme, type Scheme } from './highlight-style';
import { HighlightLayer } from './highlights';
import { buildMarks, type FigureMark, type PageMarks, rangesByKind, recheckMarks } from './marks';
import { runInSlices } from './slices';

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
  engine: Engine;
  /** The address the report names as its source. */
  source: () => string;
  sliceMs?: number;
}

interface Outcome {
  article: FoundArticle | null;
  report: Report | null;
  marks: PageMarks;
}

export class PageAnalysis {
  readonly layer: HighlightLayer;
  result: AnalysisResult = { state: 'loading', report: null, title: '' };
  marks: PageMarks = { figures: [], entities: [] };
  scheme: Scheme | null = null;
  /** Main-thread time of the last run: summed over its slices, their number and the longest. */
  busy = { ms: 0, slices: 0, longest: 0 };
  private article: FoundArticle | null = null;
  private running: AbortController | null = null;
  /** Bumped by every run, so a late finisher never overwrites a newer run's result. */
  private generation = 0;

  constructor(private readonly options: PageAnalysisOptions) {
    this.layer = new HighlightLayer(options.doc);
  }

  get root(): Element | null {
    return this.article?.root ?? null;
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
    const busy = { ms: 0, slices: 0, longest: 0 };
    let lastSlice = 0;
    const onSlice = (ms: number) => {
      busy.ms += ms;
      busy.slices++;
      busy.longest = Math.max(busy.longest, ms);
      lastSlice = ms;
    };
    try {
      const outcome = await runInSlices(this.pipeline(), { signal: controller.signal, doc, sliceMs: this.options.sliceMs, onSlice });
      if (generation !== this.generation) return;
      // Painting runs in the same task as the last slice: count it with that slice.
      const applying = performance.now();
      this.apply(outcome);
      const painted = performance.now() - applying;
      busy.ms += painted;
      busy.longest = Math.max(busy.longest, lastSlice + painted);
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

  private *pipeline(): Generator<void, Outcome> {
    const { doc, engine, source } = this.options;
    const article = yield* locateArticle(doc);
    if (!article) return { article: null, report: null, marks: { figures: [], entities: [] } };
    const map = yield* readArticleText(article);
    const input = { source: source(), text: map.text, lang: findLang(doc), published: findPublished(doc, article.root) };
    const analysed = yield* analyzeInSlices(input, engine);
    const report = analysed && withReleaseLinks(analysed, map.text, articleAnchors(article.root), input.source);
    const marks = yield* buildMarks(map, report);
    return { article, report, marks };
  }

  private apply({ article, report, marks }: Outcome): void {
    const { doc } = this.options;
    this.article = article;
    this.marks = marks;
    const claims = report?.documents[0]?.claims.length ?? 0;
    const state: AnalysisState = claims > 0 ? 'ok' : article?.found ? 'no-claims' : 'no-article';
    this.result = { state, report, title: findTitle(doc), published: findPublished(doc, article?.root) };
    this.show();
  }

  /** Paints the current marks (or removes every trace when there are none). */
  show(): void {
    if (this.marks.figures.length + this.marks.entities.length === 0) {
      this.layer.clear();
      return;
    }
    this.scheme = this.article ? pageScheme(this.article.root) : null;
    this.layer.installStyle(this.scheme);
    for (const [kind, ranges] of rangesByKind(this.marks)) this.layer.show(kind, ranges);
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
