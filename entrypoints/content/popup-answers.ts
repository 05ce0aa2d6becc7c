// The content script's answers to the popup (get-summary, show-claim), given only to messages
// that pass ContentBoundSchema (zod/mini), which comes with the lazily loaded schema script.
import type { LoadContentSchemas } from '@/utils/extension/content-schemas-contract';
import type { PageSummary } from '@/utils/extension/messages';

/** What the content script tells the popup. */
export interface PopupAnswers {
  summary(): PageSummary;
  showClaim(claimId: string): boolean;
}

/**
 * One runtime message to the content script: the popup's questions are answered once
 * ContentBoundSchema (zod/mini, in the lazily loaded schema script) accepts them. A listener must
 * say at once whether it answers, so the message's type alone decides that; the schema decides
 * the answer, and a message it refuses gets none (undefined). The press verdicts have their own
 * listener (lookup-page.ts).
 */
export function answerPopup(raw: unknown, load: LoadContentSchemas, answers: PopupAnswers): Promise<unknown> | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (type === 'popup:lookup-verdicts') return undefined;
  if (type !== 'popup:get-summary' && type !== 'popup:show-claim') {
    console.warn('[claimcheck] content: message rejected: not one of the popup messages');
    return undefined;
  }
  return load().then((schemas) => {
    const message = schemas?.contentBound(raw) ?? null;
    if (message?.type === 'popup:get-summary') return answers.summary();
    if (message?.type === 'popup:show-claim') return { shown: answers.showClaim(message.claimId) };
    return undefined;
  });
}
