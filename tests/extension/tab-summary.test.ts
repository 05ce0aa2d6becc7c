import { describe, expect, it, vi } from 'vitest';
import { fetchSummary, type TabLink } from '../../utils/extension/tab-summary';
import { REPORT, summaryOf } from './report-fixture';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

/** A tab whose answers are scripted in order; the last one repeats. */
function scriptedTab(answers: (unknown | Error)[], injectError?: Error) {
  let asked = 0;
  const link: TabLink = {
    askSummary: vi.fn(async () => {
      const answer = answers[Math.min(asked++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    inject: vi.fn(async () => {
      if (injectError) throw injectError;
    }),
    wait: vi.fn(async () => undefined),
  };
  return link;
}

describe('fetchSummary', () => {
  it('returns the page summary when the content script answers', async () => {
    const link = scriptedTab([summaryOf(REPORT)]);
    const outcome = await fetchSummary(7, link, { injectAfter: 1 });
    expect(outcome.state).toBe('ok');
    expect(outcome.summary?.report?.documents[0].claims).toHaveLength(5);
    expect(link.inject).not.toHaveBeenCalled();
  });

  it('injects the content script once when nobody answers, then asks again', async () => {
    const link = scriptedTab([NO_RECEIVER, summaryOf(REPORT)]);
    const outcome = await fetchSummary(7, link, { injectAfter: 1 });
    expect(link.inject).toHaveBeenCalledTimes(1);
    expect(link.inject).toHaveBeenCalledWith(7);
    expect(outcome.state).toBe('ok');
  });

  it('waits for a declared script before injecting, and injects only once it is overdue', async () => {
    const link = scriptedTab([NO_RECEIVER, NO_RECEIVER, summaryOf(null, 'no-article')]);
    const outcome = await fetchSummary(7, link, { injectAfter: 3 });
    expect(link.inject).not.toHaveBeenCalled();
    expect(link.wait).toHaveBeenCalledTimes(2);
    expect(outcome.state).toBe('no-article');
    const late = scriptedTab([NO_RECEIVER, NO_RECEIVER, NO_RECEIVER, summaryOf(REPORT)]);
    expect((await fetchSummary(7, late, { injectAfter: 3 })).state).toBe('ok');
    expect(late.inject).toHaveBeenCalledTimes(1);
    expect(late.askSummary).toHaveBeenCalledTimes(4);
  });

  it('keeps asking while the page is still analysing', async () => {
    const link = scriptedTab([summaryOf(null, 'loading'), summaryOf(null, 'loading'), summaryOf(REPORT)]);
    expect((await fetchSummary(7, link, { injectAfter: 1 })).state).toBe('ok');
    expect(link.askSummary).toHaveBeenCalledTimes(3);
  });

  it('keeps asking a long page that is still analysing past the attempts, up to its own limit', async () => {
    const slow = scriptedTab([...Array.from({ length: 40 }, () => summaryOf(null, 'loading')), summaryOf(REPORT)]);
    expect((await fetchSummary(7, slow, { injectAfter: 1 })).state).toBe('ok');
    expect(slow.askSummary).toHaveBeenCalledTimes(41);
    const stuck = scriptedTab([summaryOf(null, 'loading')]);
    expect((await fetchSummary(7, stuck, { injectAfter: 1, attempts: 3, analysingAsks: 5 })).state).toBe('loading');
    expect(stuck.askSummary).toHaveBeenCalledTimes(8);
  });

  it('says "restricted" when the browser refuses to script the page', async () => {
    const link = scriptedTab([NO_RECEIVER], new Error('Cannot access a chrome:// URL'));
    const outcome = await fetchSummary(7, link, { injectAfter: 1 });
    expect(outcome).toEqual({ state: 'restricted', reason: 'Cannot access a chrome:// URL' });
  });

  it('tells a page this extension may not read apart from one no extension may read', async () => {
    const link = scriptedTab([NO_RECEIVER], new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await fetchSummary(7, link, { injectAfter: 1 })).toEqual({ state: 'error', reason: 'no-access' });
  });

  it('reports other injection failures as errors, with the browser\'s reason', async () => {
    const link = scriptedTab([NO_RECEIVER], new Error('Frame with ID 0 was removed.'));
    expect(await fetchSummary(7, link, { injectAfter: 1 })).toEqual({ state: 'error', reason: 'Frame with ID 0 was removed.' });
  });

  it('gives up after the attempts with an error, and rejects malformed answers', async () => {
    const silent = scriptedTab([NO_RECEIVER]);
    const outcome = await fetchSummary(7, silent, { injectAfter: null, attempts: 3 });
    expect(outcome.state).toBe('error');
    expect(outcome.reason).toContain('Receiving end does not exist');
    const garbled = scriptedTab([{ state: 'ok' }]);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = await fetchSummary(7, garbled, { injectAfter: null, attempts: 2 });
    expect(bad.state).toBe('error');
    expect(bad.reason).toMatch(/does not understand/);
  });
});
