import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '../shared/use-store';
import { exportName, prepareFile, type PreparedFile } from './download';
import { createHistoryController, type HistoryDeps } from './history-controller';
import { HistoryView } from './HistoryView';

const TYPES = { json: 'application/json', csv: 'text/csv' } as const;

/** The history page wired to the memory: the entrypoint gives the real store, tests a fake one. */
export function HistoryApp({ deps }: { deps: HistoryDeps }) {
  const controller = useMemo(() => createHistoryController(deps), [deps]);
  const data = useStore(controller.store);
  const [exported, setExported] = useState<PreparedFile | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void controller.start();
    return () => controller.stop();
  }, [controller]);

  // Marks for the benchmark: layout effects run once the rows are in the DOM, effects after the
  // browser painted them.
  useLayoutEffect(() => {
    if (data.firstRowsAt !== null) performance.mark('claimcheck:history-first-rows-in-dom');
  }, [data.firstRowsAt !== null]);
  useEffect(() => {
    if (data.firstRowsAt !== null) performance.mark('claimcheck:history-first-rows');
  }, [data.firstRowsAt !== null]);
  useEffect(() => {
    if (data.phase === 'complete') performance.mark('claimcheck:history-complete');
  }, [data.phase === 'complete']);

  // One action at a time: an import and a "delete all" racing each other would confuse the reader.
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch((error: unknown) => controller.store.set({ notice: { kind: 'failed', reason: String(error) } }))
      .finally(() => setBusy(false));
  };

  return (
    <HistoryView
      data={data}
      exported={exported}
      busy={busy}
      onExport={(kind) => run(async () => {
        const text = await controller.exportFile(kind);
        setExported((previous) => prepareFile(text, exportName(kind), TYPES[kind], previous));
      })}
      onImport={(file) => run(async () => controller.importFile(await file.text()))}
      onDeleteArticle={(url, title) => run(async () => {
        await controller.deleteArticle(url, title);
        // The pressed button is gone with its report: keep the keyboard user in the table's section.
        document.getElementById('announcements-heading')?.focus();
      })}
      onDeleteAll={() => run(() => controller.deleteAll())}
      onRetention={(days) => run(() => controller.setRetention(days))}
      onDismiss={() => controller.dismissNotice()}
    />
  );
}
