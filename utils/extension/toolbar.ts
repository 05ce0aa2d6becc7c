// The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in Firefox's MV2.
type ToolbarAction = Pick<typeof browser.browserAction, 'setBadgeText' | 'setBadgeBackgroundColor'>;

export function toolbarAction(): ToolbarAction {
  return (browser.action ?? browser.browserAction) as ToolbarAction;
}

/** The claim count on the button: red when the page holds a conflict, blue otherwise. */
export async function showClaimBadge(tabId: number, claims: number, conflicts: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: claims > 0 ? String(claims) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: conflicts > 0 ? '#b3261e' : '#1d5fa8' });
}
