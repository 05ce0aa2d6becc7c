// SEC EDGAR asks every automated client for an identifying User-Agent. Chrome's fetch silently
// drops a User-Agent header set by script, so in Chrome a declarativeNetRequest session rule
// sets it instead, on requests to sec.gov that come from no tab (tabIds: [-1]: the extension's
// service worker; the reader's own visits to sec.gov in tabs keep the browser's header). The
// rule needs `declarativeNetRequestWithHostAccess` and acts only where the host permission is
// granted, i.e. once the reader switched EDGAR on. Firefox lets fetch set the header, so
// there the engine sets it on each request and no rule is installed.

/** Who is asking, as EDGAR's fair-access policy wants it: the tool, its version and a contact. */
export function edgarUserAgent(version: string): string {
  return `Claimcheck/${version} (browser extension; claimcheck@claimcheck.dev)`;
}

export const USER_AGENT_RULE_ID = 1;

/** The rule, for `domains` (sec.gov; test builds add the local EDGAR stand-in's host). */
export function userAgentRule(domains: string[], userAgent: string) {
  return {
    id: USER_AGENT_RULE_ID,
    priority: 1,
    action: {
      type: 'modifyHeaders' as const,
      requestHeaders: [{ header: 'user-agent', operation: 'set' as const, value: userAgent }],
    },
    condition: {
      requestDomains: domains,
      tabIds: [-1],
      resourceTypes: ['xmlhttprequest' as const, 'other' as const],
    },
  };
}

/** Minimal view of chrome.declarativeNetRequest (the polyfill does not type it). */
interface SessionRules {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: ReturnType<typeof userAgentRule>[] }): Promise<void>;
}

/** Installs (or replaces) the rule; a no-op where the API is missing (Firefox builds). */
export async function installUserAgentRule(domains: string[], userAgent: string): Promise<boolean> {
  const dnr = (globalThis as { chrome?: { declarativeNetRequest?: SessionRules } }).chrome?.declarativeNetRequest;
  if (!dnr?.updateSessionRules) return false;
  await dnr.updateSessionRules({ removeRuleIds: [USER_AGENT_RULE_ID], addRules: [userAgentRule(domains, userAgent)] });
  return true;
}
