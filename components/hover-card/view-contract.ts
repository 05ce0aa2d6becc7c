// What the content script and the hover card's lazily loaded script (entrypoints/hover-card.ts)
// share: types and one global key, nothing that pulls Preact into the content script.
// The card script runs in the content script's isolated world (the background injects it into
// the same frame on first use), so it hands over its mount function through that world's global.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Claim, Report } from '@/utils/core/report';
import type { Wording } from '@/utils/describe-claim';
import type { PressVerdicts } from '@/utils/extension/lookup-page';
import type { PageMemory } from '@/utils/extension/memory-page';
import type { Box } from './place';
import { globalSlot } from '@/utils/extension/global-slot';

export type CardMode = 'hover' | 'dialog';

/** Stores that live in the content script (they receive messages from its first moment): the card reads them. */
export interface CardStores {
  memory: PageMemory;
  verdicts: PressVerdicts;
}

export interface CardContent {
  claim: Claim;
  report: Report;
  anchor: Box;
  mode: CardMode;
  scheme: 'light' | 'dark' | null;
  onClose: () => void;
}

export interface CardView {
  /** The card's host element (`claimcheck-card-…`, marked `data-claimcheck-card`), once on the page. */
  readonly host: Element;
  paint(content: CardContent): void;
  /** Empties the card (the host stays, ready for the next one). */
  clear(): void;
  /** Takes the host off the page. */
  remove(): void;
}

export type MountCardView = (ctx: ContentScriptContext, wording: Wording, stores: CardStores) => Promise<CardView>;

/** Where the card script leaves its mount function, in the isolated world's global. */
export const CARD_VIEW_KEY = Symbol.for('claimcheck.card-view');

/** The file the background injects (an unlisted WXT script). */
export const CARD_SCRIPT_PATH = '/hover-card.js' as const;

/** content → background: inject the card script into my frame (answered once it ran). */
export const LOAD_CARD_MESSAGE = 'content:load-card';

const cardViewSlot = globalSlot<MountCardView>(CARD_VIEW_KEY);

export function registeredCardView(): MountCardView | undefined {
  return cardViewSlot.get();
}

export function registerCardView(mount: MountCardView): void {
  cardViewSlot.set(mount);
}
