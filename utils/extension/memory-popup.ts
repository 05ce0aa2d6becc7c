// The popup's questions to the background about the memory, and the history page link.
// Every reply is parsed with zod: a background of another build answers "nothing".
import type { SendMessage } from './memory-page';
import { MemoryReplySchema, MemorySavedSchema, type MemoryReply } from './messages';

export interface MemorySource {
  /** What the memory says about the article at `url`; null when the background did not answer. */
  get(url: string): Promise<MemoryReply | null>;
  dismissNotice(): Promise<void>;
  openHistory(): void;
  /** Calls `listener` with the URL of each article the background saves while the popup is open. */
  onSaved(listener: (url: string) => void): () => void;
}

export async function askMemory(url: string, send: SendMessage): Promise<MemoryReply | null> {
  try {
    const parsed = MemoryReplySchema.safeParse(await send({ type: 'popup:get-memory', url }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The history page another part of the extension builds (reading-history.html). */
export const HISTORY_PAGE = '/reading-history.html';

export function browserMemorySource(): MemorySource {
  const send: SendMessage = (message) => browser.runtime.sendMessage(message);
  return {
    get: (url) => askMemory(url, send),
    dismissNotice: async () => {
      await send({ type: 'popup:dismiss-memory-notice' }).catch(() => undefined);
    },
    openHistory: () => {
      // getURL is typed for the files this build knows; the history page may come from another build step.
      // The browser closes the popup itself when the new tab takes the focus.
      const url = (browser.runtime.getURL as (path: string) => string)(HISTORY_PAGE);
      void browser.tabs.create({ url });
    },
    onSaved(listener) {
      const onMessage = (raw: unknown) => {
        const saved = MemorySavedSchema.safeParse(raw);
        if (saved.success) listener(saved.data.url);
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
