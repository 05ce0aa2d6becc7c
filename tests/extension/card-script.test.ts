// The background injects the hover card's script into the frame that asks for it, and ignores
// every other message (other handlers answer those).
import { describe, expect, it, vi } from 'vitest';
import { CARD_SCRIPT_PATH, LOAD_CARD_MESSAGE } from '../../components/hover-card/view-contract';
import { handleCardRequest } from '../../utils/extension/card-script';
import { CONTENT_SCHEMAS_PATH, LOAD_SCHEMAS_MESSAGE } from '../../utils/extension/content-schemas-contract';

describe('handleCardRequest', () => {
  it('injects the card script into the sender tab and frame, then answers', async () => {
    const inject = vi.fn(async () => []);
    const reply = handleCardRequest({ type: LOAD_CARD_MESSAGE }, { tab: { id: 7 }, frameId: 3 }, inject);
    expect(await reply).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith(7, 3, CARD_SCRIPT_PATH);
  });

  it("injects the content script's message schemas the same way", async () => {
    const inject = vi.fn(async () => []);
    expect(await handleCardRequest({ type: LOAD_SCHEMAS_MESSAGE }, { tab: { id: 7 }, frameId: 0 }, inject)).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith(7, 0, CONTENT_SCHEMAS_PATH);
  });

  it('answers loaded: false when the browser refuses the injection', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await handleCardRequest({ type: LOAD_CARD_MESSAGE }, { tab: { id: 7 }, frameId: 0 }, inject)).toEqual({ loaded: false });
  });

  it('leaves other messages, and requests from no tab, alone', async () => {
    const inject = vi.fn(async () => []);
    expect(handleCardRequest({ type: 'content:summary-ready', claims: 1, conflicts: 0 }, { tab: { id: 7 } }, inject)).toBeUndefined();
    expect(await handleCardRequest({ type: LOAD_CARD_MESSAGE }, {}, inject)).toEqual({ loaded: false });
    expect(inject).not.toHaveBeenCalled();
  });
});
