// The background's side of the content script's lazily loaded scripts: a content script asks for
// the hover card's script (components/hover-card/view-contract.ts) or for its message schemas
// (utils/extension/content-schemas-contract.ts) and the background injects it into that tab's
// frame, in the content script's isolated world. Injecting, rather than an import() of a
// web-accessible file, keeps the file out of reach of pages (no resource a site could probe).
import * as z from 'zod/mini';
import { CARD_SCRIPT_PATH, LOAD_CARD_MESSAGE } from '@/components/hover-card/view-contract';
import { CONTENT_SCHEMAS_PATH, LOAD_SCHEMAS_MESSAGE } from './content-schemas-contract';

const LoadScriptSchema = z.object({ type: z.enum([LOAD_CARD_MESSAGE, LOAD_SCHEMAS_MESSAGE]) });
const SCRIPT_FILES = { [LOAD_CARD_MESSAGE]: CARD_SCRIPT_PATH, [LOAD_SCHEMAS_MESSAGE]: CONTENT_SCHEMAS_PATH } as const;

export interface CardSender {
  tab?: { id?: number };
  frameId?: number;
}

export type InjectFile = (tabId: number, frameId: number, file: string) => Promise<unknown>;

export const injectWithScripting: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as typeof CARD_SCRIPT_PATH | typeof CONTENT_SCHEMAS_PATH] });

/** Answers a content script's request for the card script or the schema script; undefined for any other message. */
export function handleCardRequest(raw: unknown, sender: CardSender, inject: InjectFile = injectWithScripting): Promise<{ loaded: boolean }> | undefined {
  const parsed = LoadScriptSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ loaded: false });
  const file = SCRIPT_FILES[parsed.data.type];
  return inject(tabId, sender.frameId ?? 0, file).then(
    () => ({ loaded: true }),
    (error: unknown) => {
      console.warn(`[claimcheck] could not load ${file}:`, error);
      return { loaded: false };
    },
  );
}
