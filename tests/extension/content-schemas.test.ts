// The content script's messages pass the zod/mini schemas of messages.ts and analysis-port.ts,
// which come with a lazily loaded script of their own (utils/extension/content-schemas-contract.ts):
// a message is acted on only once its schema accepts it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerPopup, type PopupAnswers } from '../../entrypoints/content/popup-answers';
import { contentSchemas } from '../../utils/extension/content-schemas';
import { PressVerdicts } from '../../utils/extension/lookup-page';
import type { PageSummary } from '../../utils/extension/messages';

const SUMMARY: PageSummary = { url: 'https://news.example/a', title: 'A', state: 'loading', report: null };
const load = async () => contentSchemas;

function answers(): PopupAnswers & { summary: ReturnType<typeof vi.fn>; showClaim: ReturnType<typeof vi.fn> } {
  return { summary: vi.fn(() => SUMMARY), showClaim: vi.fn(() => true) };
}

afterEach(() => vi.restoreAllMocks());

describe("the popup's messages (answerPopup)", () => {
  it('answers get-summary and show-claim once ContentBoundSchema accepts them', async () => {
    const popup = answers();
    expect(await answerPopup({ type: 'popup:get-summary' }, load, popup)).toEqual(SUMMARY);
    expect(await answerPopup({ type: 'popup:show-claim', claimId: 'd1.c2' }, load, popup)).toEqual({ shown: true });
    expect(popup.showClaim).toHaveBeenCalledWith('d1.c2');
  });

  it('refuses a malformed popup message through the zod schema: no answer, nothing done, the reason logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const popup = answers();
    const pending = answerPopup({ type: 'popup:show-claim', claimId: 42 }, load, popup);
    // Its type is the popup's, so the listener promises an answer; the schema decides what it is.
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBeUndefined();
    expect(popup.showClaim).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/content: message rejected: /));
    expect(contentSchemas.contentBound({ type: 'popup:show-claim' })).toBeNull();
    expect(contentSchemas.contentBound({ type: 'popup:get-summary' })).toEqual({ type: 'popup:get-summary' });
  });

  it('answers nothing when the schemas cannot be loaded, and leaves other messages at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const popup = answers();
    expect(await answerPopup({ type: 'popup:get-summary' }, async () => null, popup)).toBeUndefined();
    expect(popup.summary).not.toHaveBeenCalled();
    const never = vi.fn(load);
    expect(answerPopup({ type: 'popup:lookup-verdicts', url: 'x', checks: [] }, never, popup)).toBeUndefined();
    expect(answerPopup({ type: 'background:memory-saved', url: 'x' }, never, popup)).toBeUndefined();
    expect(answerPopup('popup:get-summary', never, popup)).toBeUndefined();
    expect(never).not.toHaveBeenCalled();
  });
});

describe('the press verdicts and the replies', () => {
  it('keeps press verdicts only when LookupVerdictsSchema accepts them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const verdicts = new PressVerdicts();
    const message = (verdict: string) => ({ type: 'popup:lookup-verdicts', url: 'https://news.example/a', checks: [{ claimId: 'd1.c1', verdict, summary: 's' }] });
    expect(await verdicts.receive(message('maybe'), load)).toBe(false);
    expect(verdicts.of('d1.c1', 'https://news.example/a')).toBeNull();
    expect(await verdicts.receive(message('matches'), load)).toBe(true);
    expect(verdicts.of('d1.c1', 'https://news.example/a')?.verdict).toBe('matches');
  });

  it('reads the memory reply and the analysis replies with their schemas', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(contentSchemas.memoryReply({ claims: [], evicted: 0 })).toEqual({ claims: [], evicted: 0 });
    expect(contentSchemas.memoryReply({ claims: [], evicted: -1 })).toBeNull();
    expect(contentSchemas.analysisReply({ type: 'failed', error: 'no' })).toEqual({ type: 'failed', error: 'no' });
    expect(contentSchemas.analysisReply({ type: 'failed', error: 3 })).toBeNull();
    expect(contentSchemas.analysisReply({ type: 'part' })).toBeNull();
  });
});
