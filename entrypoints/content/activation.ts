// Claimcheck switched on for this page: analysis, highlights, the card, and the watchers that
// keep them in step with the page. `stop()` takes all of it off the page again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Wording } from '@/utils/describe-claim';
import { backgroundEngine, UNREADABLE_REPLY } from '@/utils/extension/analysis-client';
import { ANALYSIS_PORT, type AnalysisPort } from '@/utils/extension/analysis-port';
import { type LoadContentSchemas, loadContentSchemas } from '@/utils/extension/content-schemas-contract';
import { pressVerdicts } from '@/utils/extension/lookup-page';
import { pageMemory } from '@/utils/extension/memory-page';
import type { PageSummary } from '@/utils/extension/messages';
import { FigureHitTester } from '@/utils/page/hit-test';
import type { FigureMark } from '@/utils/page/marks';
import { PageAnalysis } from '@/utils/page/page-analysis';
import { type PageChange, watchPageChanges } from '@/utils/page/page-changes';
import { CardController, type CardMode, cardViewLoader } from './card';
import { EngineClock, recordAnalysis } from './measures';
import { watchPointer } from './pointer';

const FLASH_MS = 1100;
/** Less added text than this (a clock, a counter) does not start a new analysis. */
const MIN_ADDED_CHARS = 20;
const RERUN_DELAY_MS = 250;
const MAX_RERUN_DELAY_MS = 10_000;
/** The background hears of a finished analysis at the page's next idle moment, or after this long at most. */
const ANNOUNCE_WITHIN_MS = 500;

export class Activation {
  private readonly controller = new AbortController();
  private readonly analysis: PageAnalysis;
  private readonly card: CardController;
  private hits: FigureHitTester | null = null;
  private rerunTimer: number | null = null;
  private recentRuns: number[] = [];
  /** Bumped per finished analysis: an announcement still waiting for idle time is dropped when a newer one follows. */
  private analysed = 0;
  /** Whether the card's pointer, keyboard and scroll listeners are in place (after the first analysis). */
  private wired = false;
  /** A card opened from the popup closes on mouse-out only once the mouse has been on it. */
  private armed = false;
  /** The background's time reading the page, for the benchmark entries. */
  private readonly engine = new EngineClock();
  /** The current run's analysis replies as they came, held to AnalysisReplySchema once the page is idle. */
  private replies: unknown[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    wording: Wording,
    private readonly onAnalysed: (summary: PageSummary) => void,
    private readonly loadSchemas: LoadContentSchemas = loadContentSchemas,
  ) {
    // The engine runs in the background: the page's thread only sends the text and paints.
    const connect = () => keepingReplies(browser.runtime.connect({ name: ANALYSIS_PORT }), this.replies);
    const engine = backgroundEngine({ connect, onEngineTime: (ms) => this.engine.add(ms) });
    this.analysis = new PageAnalysis({ doc: document, engine, source: () => location.href });
    this.card = new CardController(ctx, wording, { memory: pageMemory, verdicts: pressVerdicts }, cardViewLoader((message) => browser.runtime.sendMessage(message)));
    const stop = () => this.controller.abort();
    ctx.onInvalidated(stop);
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    // Watching the page starts at once: a paragraph added while the first analysis runs starts another.
    watchPageChanges({ doc: document, signal: this.signal, onChange: (change) => this.pageChanged(change) });
    void this.analyse();
  }

  /**
   * The card's wiring (pointer, keyboard, scroll and resize), in a task of its own once the first
   * highlights are shown: before them there is no figure to hover, and wiring it first put its
   * cold code (about 0.2 ms of thread time on the typical bench page) ahead of the highlights.
   */
  private wireCard(): void {
    const { signal } = this;
    if (this.wired || signal.aborted) return;
    this.wired = true;
    let frame = false;
    const follow = () => {
      if (frame || !this.card.current) return;
      frame = true;
      this.ctx.requestAnimationFrame(() => {
        frame = false;
        this.card.reposition();
      });
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
    watchPointer(this.ctx, signal, {
      figureAt: (x, y) => this.hitTester().at(x, y),
      isCard: (target) => this.card.isCard(target),
      onFigure: (mark) => this.open(mark, 'hover'),
      onInside: () => (this.armed = true),
      onLeave: () => {
        if (this.card.current?.mode === 'hover' || this.armed) this.card.close();
      },
      onEscape: () => this.card.close(),
    });
  }

  /** Removes every highlight and the card host; stops every watcher. */
  stop(): void {
    this.controller.abort();
    this.analysis.reset();
    this.card.remove();
    this.hits = null;
  }

  summary(): PageSummary {
    const { result } = this.analysis;
    return {
      url: location.href,
      title: result.title || document.title,
      state: result.state,
      error: result.error,
      published: result.published,
      report: result.report,
    };
  }

  /** A single-page app changed route: the old story's marks go at once, the new one is read. */
  locationChanged(): void {
    if (this.signal.aborted) return;
    this.card.close();
    this.analysis.reset();
    this.hits = null;
    this.scheduleRun(RERUN_DELAY_MS);
  }

  /** Scrolls to the claim, flashes it and opens its card; false when the claim is not on the page. */
  showClaim(claimId: string): boolean {
    const mark = this.analysis.figureOf(claimId);
    if (!mark || this.signal.aborted) return false;
    // The paragraph first (it may sit in a scrolling box of its own), then the figure itself to mid-window.
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = mark.range.getBoundingClientRect();
    window.scrollBy({ top: rect.top + rect.height / 2 - window.innerHeight / 2, behavior: 'instant' });
    const { layer } = this.analysis;
    layer.show('flash', [mark.range]);
    this.ctx.setTimeout(() => {
      if (!this.signal.aborted) layer.show('flash', []);
    }, FLASH_MS);
    this.armed = false;
    this.open(mark, 'dialog');
    return true;
  }

  /** Which figure is under the pointer: indexed on the first pointer move after the figures change, not in the task that shows them. */
  private hitTester(): FigureHitTester {
    return (this.hits ??= new FigureHitTester(document, this.analysis.marks.figures));
  }

  private open(mark: FigureMark, mode: CardMode): void {
    const report = this.analysis.result.report;
    if (!report) return;
    // Hovering the figure whose card the popup opened keeps it a dialog.
    if (mode === 'hover' && this.card.current?.mark === mark) return;
    void this.card.open(mark, report, this.analysis.scheme, mode);
  }

  private async analyse(): Promise<void> {
    const began = performance.now();
    this.engine.reset();
    const replies = (this.replies = []);
    await this.analysis.run(this.signal);
    if (this.signal.aborted || this.analysis.result.state === 'loading') return;
    this.hits = null;
    if (!this.wired) this.ctx.setTimeout(() => this.wireCard(), 0);
    this.keepCardOnSameFigure();
    recordAnalysis(began, this.engine, this.analysis.busy);
    this.announceWhenIdle(replies);
  }

  /**
   * Tells the background (toolbar badge, the memory across articles) once the page is idle. Doing
   * it at once ran in the task that swapped the highlights in (the memory's message carries the
   * article's claims), so the highlights were painted that much later. First the run's analysis
   * replies, read by hand for the first highlights (analysis-reply.ts), are held to their zod/mini
   * schema (the lazily loaded schema script); a reply it refuses takes the run's highlights back.
   */
  private announceWhenIdle(replies: unknown[]): void {
    const which = ++this.analysed;
    const current = () => !this.signal.aborted && which === this.analysed;
    const announce = () => {
      if (!current()) return;
      void this.repliesPass(replies).then((pass) => {
        if (!current()) return;
        if (pass) this.onAnalysed(this.summary());
        else this.refuseRun();
      });
    };
    // Both browsers give content scripts idle callbacks; a DOM without them (happy-dom) gets a timer.
    if (typeof requestIdleCallback === 'function') this.ctx.requestIdleCallback(announce, { timeout: ANNOUNCE_WITHIN_MS });
    else this.ctx.setTimeout(announce, 0);
  }

  /** Whether AnalysisReplySchema accepts every reply of a run (one reply per task: a long page's parts are large). */
  private async repliesPass(replies: unknown[]): Promise<boolean> {
    if (replies.length === 0) return true;
    const schemas = await this.loadSchemas();
    if (!schemas) return false;
    for (const [i, reply] of replies.entries()) {
      if (i > 0) await new Promise<void>((resolve) => this.ctx.setTimeout(() => resolve(), 0));
      if (this.signal.aborted) return true;
      if (!schemas.analysisReply(reply)) return false;
    }
    replies.length = 0;
    return true;
  }

  /** A run whose replies the schema refused: its highlights go, the popup is told the page could not be read. */
  private refuseRun(): void {
    console.warn('[claimcheck] content: analysis reply rejected by its schema; highlights withdrawn');
    this.card.close();
    this.analysis.clear();
    this.hits = null;
    this.analysis.result = { state: 'error', report: null, error: UNREADABLE_REPLY, title: document.title };
  }

  /**
   * After a re-run the marks are new objects: an open card follows the mark that covers the same
   * text (a page adding ads or comments must not close the card under the reader's mouse).
   */
  private keepCardOnSameFigure(): void {
    const shown = this.card.current;
    if (!shown) return;
    const old = shown.mark.range;
    const same = this.analysis.marks.figures.find(
      ({ range }) => range.startContainer === old.startContainer && range.startOffset === old.startOffset && range.endContainer === old.endContainer && range.endOffset === old.endOffset,
    );
    const report = this.analysis.result.report;
    if (same && report) void this.card.open(same, report, this.analysis.scheme, shown.mode);
    else this.card.close();
  }

  private pageChanged(change: PageChange): void {
    if (change.changed && this.analysis.recheck()) {
      this.hits = null;
      this.keepCardOnSameFigure();
    }
    if (change.changed || change.addedChars >= MIN_ADDED_CHARS) this.scheduleRun(RERUN_DELAY_MS);
  }

  /** Re-runs the analysis soon; a page that never stops changing is re-read less and less often. */
  private scheduleRun(delay: number): void {
    if (this.rerunTimer !== null || this.signal.aborted) return;
    const now = performance.now();
    this.recentRuns = this.recentRuns.filter((at) => now - at < 30_000);
    const extra = Math.max(0, this.recentRuns.length - 5);
    const wait = extra > 0 ? Math.min(MAX_RERUN_DELAY_MS, delay * 2 ** extra) : delay;
    this.rerunTimer = this.ctx.setTimeout(() => {
      this.rerunTimer = null;
      if (this.signal.aborted) return;
      this.recentRuns.push(performance.now());
      void this.analyse();
    }, wait);
  }
}

/** The analysis port, noting each reply it delivers in `replies` (the run's, held to the schema later). */
function keepingReplies(port: AnalysisPort, replies: unknown[]): AnalysisPort {
  return {
    postMessage: (message) => port.postMessage(message),
    disconnect: () => port.disconnect(),
    onDisconnect: port.onDisconnect,
    onMessage: {
      addListener: (listener) =>
        port.onMessage.addListener((raw) => {
          replies.push(raw);
          listener(raw);
        }),
    },
  };
}
