// The browser behind the memory handler: IndexedDB of the extension origin, extension storage
// for the retention setting and the eviction notice, runtime messages to the popup.
import { MemoryStore } from '../memory/store';
import type { MemoryHandlerDeps, MemorySender } from './memory-handler';
import { dismissEvictionNotice, noteEvicted, readEvictionNotice } from './memory-notice';
import { memoryRetentionDays, readRetentionDays } from './memory-settings';

/** Only the extension's own pages (popup, history) may read the memory; content scripts may not. */
export function isOwnPage(sender: MemorySender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !!sender.url && sender.url.startsWith(extensionOrigin);
}

export function browserMemoryDeps(): MemoryHandlerDeps {
  const origin = browser.runtime.getURL('/');
  return {
    openStore: () => MemoryStore.open(),
    retentionDays: readRetentionDays,
    noteEvicted: (count) => noteEvicted(count),
    evictedNotice: async () => (await readEvictionNotice())?.evicted ?? 0,
    dismissNotice: dismissEvictionNotice,
    announceSaved: (url) => {
      browser.runtime.sendMessage({ type: 'background:memory-saved', url }).catch(() => {
        // No popup open: nobody to tell.
      });
    },
    isExtensionPage: (sender) => isOwnPage(sender, browser.runtime.id, origin),
    onRetentionChange: (listener) => void memoryRetentionDays.watch(listener),
  };
}
