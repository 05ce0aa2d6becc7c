// The background's side of the lazily loaded hover card: a content script asks for the card
// script (components/hover-card/view-contract.ts) and the background injects it into that tab's
// frame, in the content script's isolated world. Injecting, rather than an import() of a
// web-accessible file, keeps the file out of reach of pages (no resource a site could probe).
import * as z from 'zod/mini';
import { CARD_SCRIPT_PATH, LOAD_CARD_MESSAGE } from '@/components/hover-card/view-contract';

const LoadCardSchema = z.object({ type: z.literal(LOAD_CARD_MESSAGE) });

export interface CardSender {
  tab?: { id?: number };
  frameId?: number;
}

export type InjectFile = (tabId: number, frameId: number, file: string) => Promise<unknown>;

export const injectWithScripting: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as typeof CARD_SCRIPT_PATH] });

/** Answers a content script's request for the card script; undefined for any other message. */
export function handleCardRequest(raw: unknown, sender: CardSender, inject: InjectFile = injectWithScripting): Promise<{ loaded: boolean }> | undefined {
  if (!LoadCardSchema.safeParse(raw).success) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ loaded: false });
  return inject(tabId, sender.frameId ?? 0, CARD_SCRIPT_PATH).then(
    () => ({ loaded: true }),
    (error: unknown) => {
      console.warn('[claimcheck] could not load the hover card script:', error);
      return { loaded: false };
    },
  );
}
