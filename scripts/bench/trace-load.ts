// One traced load of a bench page with the built extension: Chromium's trace events from
// navigation until the content script's first analysis is recorded, and the page's own
// `claimcheck:*` measures (test builds record them). Shared by page-cpu.ts and page-timeline.ts.
import type { BenchPageSession } from './page-session';

export interface TraceEvent { cat?: string; name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } }

export interface TracedLoad {
  events: TraceEvent[];
  /** `claimcheck:*` measures by name (without the prefix), in ms. */
  measures: Record<string, number>;
}

export async function traceLoad(session: BenchPageSession, page: string, categories: string[]): Promise<TracedLoad> {
  const tab = await session.context.newPage();
  const cdp = await session.context.newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await tab.goto(session.server.url(`${page}.html`), { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => performance.getEntriesByName('claimcheck:analysis').length > 0, undefined, { timeout: 60_000, polling: 50 });
  const measures = await tab.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimcheck:')).map((e) => [e.name.slice(11), e.duration])));
  await cdp.send('Tracing.end');
  await complete;
  await tab.close();
  return { events, measures };
}
