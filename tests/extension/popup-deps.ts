// Fake browser calls for the popup controller: a tab at a given address whose content script
// answers with a given summary, and recorders for everything the popup asks of the browser.
import { vi } from 'vitest';
import type { PageSummary } from '../../utils/extension/messages';
import type { PopupDeps } from '../../utils/extension/popup-controller';

export function popupDeps(url: string | undefined, answer: PageSummary | Error, over: Omit<Partial<PopupDeps>, 'link'> = {}) {
  const deps = {
    link: {
      askSummary: vi.fn(async () => {
        if (answer instanceof Error) throw answer;
        return answer;
      }),
      inject: vi.fn(async () => undefined),
      wait: vi.fn(async () => undefined),
    },
    targetTab: vi.fn(async () => ({ id: 42, url })),
    fileAccess: vi.fn(async () => false),
    automaticPatterns: ['https://*.lemonde.fr/*', 'http://127.0.0.1/*'],
    showClaim: vi.fn(async () => undefined),
    requestOrigins: vi.fn(async () => true),
    removeOrigins: vi.fn(async () => true),
    clearBadge: vi.fn(async () => undefined),
    ...over,
  };
  deps satisfies PopupDeps;
  return deps;
}
