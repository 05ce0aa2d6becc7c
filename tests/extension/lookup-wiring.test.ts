// Small pieces around the lookup: the EDGAR User-Agent rule, the store build's define, the
// page's verdict store for the hover card, and the hosts each source asks for.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { edgarUserAgent, userAgentRule } from '../../utils/extension/lookup-user-agent';
import { PressVerdicts } from '../../utils/extension/lookup-page';
import { contentSchemas } from '../../utils/extension/content-schemas';
import { neededOrigins } from '../../utils/extension/lookup-plan';
import { fixedOrigins, originPattern } from '../../utils/extension/lookup-sources';
import { REPORT } from './report-fixture';

describe('EDGAR User-Agent rule (Chrome)', () => {
  it('sets a User-Agent naming Claimcheck on sec.gov requests that come from no tab', () => {
    const rule = userAgentRule(['sec.gov'], edgarUserAgent('1.2.3'));
    expect(rule.action.requestHeaders).toEqual([{ header: 'user-agent', operation: 'set', value: 'Claimcheck/1.2.3 (browser extension; claimcheck@claimcheck.dev)' }]);
    expect(rule.condition.requestDomains).toEqual(['sec.gov']);
    // -1: requests made by the extension's service worker, never the reader's own tabs.
    expect(rule.condition.tabIds).toEqual([-1]);
  });
});

describe('store builds', () => {
  it('compile the test-only base URL code out (the define is false without CLAIMCHECK_E2E)', () => {
    expect(process.env.CLAIMCHECK_E2E).not.toBe('1');
    const vite = (config.vite as () => { define: Record<string, string> })();
    expect(vite.define['import.meta.env.CLAIMCHECK_TEST_BUILD']).toBe('false');
  });
});

describe('hosts asked for', () => {
  it('are fixed per source, or the local test server when a test build points the source there', () => {
    expect(fixedOrigins('edgar')).toEqual(['https://efts.sec.gov/*', 'https://www.sec.gov/*']);
    expect(fixedOrigins('edgar', { edgar: 'http://127.0.0.1:4100/edgar' })).toEqual(['http://127.0.0.1/*']);
    expect(originPattern('javascript:alert(1)')).toBeNull();
  });

  it('include the article\'s own release links and the newsroom of a company the directory knows', () => {
    const report = {
      ...REPORT,
      documents: [{ ...REPORT.documents[0]!, claims: REPORT.documents[0]!.claims.map((c) => ({ ...c, subject: 'Apple' })) }],
      press_releases: [{ url: 'https://www.businesswire.com/news/x', subject: null, how: 'link' as const }],
    };
    expect(neededOrigins(['article-links'], report)).toEqual(['https://www.businesswire.com/*']);
    expect(neededOrigins(['newsroom'], report)).toContain('https://www.apple.com/*');
    expect(neededOrigins([], report)).toEqual([]);
  });
});

describe('PressVerdicts (hover card)', () => {
  it('keeps the popup\'s verdicts for the page they are about, a difference before a match', async () => {
    const verdicts = new PressVerdicts();
    const load = async () => contentSchemas;
    expect(await verdicts.receive({ type: 'popup:show-claim', claimId: 'x' }, load)).toBe(false);
    expect(
      await verdicts.receive({
        type: 'popup:lookup-verdicts',
        url: 'https://news.example/a',
        checks: [
          { claimId: 'd1.c2', verdict: 'matches', summary: 'matches' },
          { claimId: 'd1.c2', verdict: 'differs', summary: 'press release says 1,500 jobs, article says 2,500' },
        ],
      }, load),
    ).toBe(true);
    expect(verdicts.of('d1.c2', 'https://news.example/a')?.verdict).toBe('differs');
    expect(verdicts.of('d1.c2', 'https://news.example/b')).toBeNull();
  });
});

describe('lookup grants are not "always run" sites', () => {
  it('leaves out the sources\' fixed hosts and the hosts noted before a lookup\'s request', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { noteLookupHosts, withoutLookupHosts } = await import('../../utils/extension/lookup-grants');
    await noteLookupHosts(['https://news.norvale.example/*']);
    expect(await withoutLookupHosts(['efts.sec.gov', 'www.wikidata.org', 'news.norvale.example', 'blog.example.org'])).toEqual(['blog.example.org']);
  });
});
