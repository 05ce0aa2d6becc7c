// Times the history page in Node over the benchmark's fake-indexeddb store: its controller alone
// (open, first batch read and grouped: the rows ready to render; then every article grouped),
// and the real HistoryApp rendered into a happy-dom document up to the first rows in the DOM.
// happy-dom renders far slower than a browser: the DOM figure is an upper bound; see
// scripts/bench-memory-browser.ts for Chromium. Part of scripts/bench-memory.ts.
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { HistoryApp } from '../../components/history/HistoryApp';
import { createHistoryController } from '../../components/history/history-controller';
import { WordingContext } from '../../components/shared/wording';
import en from '../../public/_locales/en/messages.json';
import { translatorFrom } from '../../utils/extension/i18n';
import { MemoryStore } from '../../utils/memory/store';

export interface HistoryTiming {
  /** Controller only: open + first batch read + grouped. */
  rowsReady: number[];
  /** CPU time of this process for the same span: less sensitive to other load on the machine. */
  rowsReadyCpu: number[];
  /** Controller only: every article read and grouped. */
  allGrouped: number[];
  /** HistoryApp in happy-dom: first rows in the DOM. */
  firstRows: number[];
  complete: number[];
  rowsInDom: number;
  announcements: string;
}

const tick = () => new Promise<void>((resume) => setImmediate(resume));

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`history page: timed out waiting for ${what}`);
    await tick();
  }
}

export async function timeHistoryPage(dbName: string, runs: number): Promise<HistoryTiming> {
  const window = new Window({ url: 'https://history.test/' });
  const wording = { t: translatorFrom(en), locale: 'en' };
  const timing: HistoryTiming = { rowsReady: [], rowsReadyCpu: [], allGrouped: [], firstRows: [], complete: [], rowsInDom: 0, announcements: '' };
  for (let run = 0; run < runs; run++) {
    const controller = createHistoryController({
      openStore: () => MemoryStore.open({ name: dbName }), readRetention: async () => 90, writeRetention: async () => true,
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const stop = controller.store.subscribe((data) => {
      if (data.phase !== 'opening' && timing.rowsReady.length === run) {
        timing.rowsReady.push(performance.now() - started);
        const spent = process.cpuUsage(cpu);
        timing.rowsReadyCpu.push((spent.user + spent.system) / 1000);
      }
    });
    await controller.start();
    timing.allGrouped.push(performance.now() - started);
    stop();
    controller.stop();
  }
  for (let run = 0; run < runs; run++) {
    const root = window.document.createElement('div');
    window.document.body.replaceChildren(root);
    const deps = { openStore: () => MemoryStore.open({ name: dbName }), readRetention: async () => 90, writeRetention: async () => true };
    const started = performance.now();
    render(h(WordingContext.Provider, { value: wording }, h(HistoryApp, { deps })), root as unknown as Element);
    await until(() => root.querySelector('[data-testid="announcement"]') !== null, 'the first rows');
    timing.firstRows.push(performance.now() - started);
    const status = () => root.querySelector('[data-testid="history-status"]');
    await until(() => status()?.getAttribute('data-phase') === 'complete', 'every article');
    timing.complete.push(performance.now() - started);
    timing.rowsInDom = root.querySelectorAll('[data-testid="announcement"]').length;
    timing.announcements = status()?.textContent ?? '';
    render(null, root as unknown as Element); // unmounting closes the page's connection
  }
  await window.happyDOM.close();
  return timing;
}
