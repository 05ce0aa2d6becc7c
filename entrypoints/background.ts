import { BackgroundBoundSchema, parseMessage } from '@/utils/extension/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(BackgroundBoundSchema, raw, 'background');
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    if (message.type === 'content:summary-ready') {
      const text = message.claims > 0 ? String(message.claims) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: message.conflicts > 0 ? '#b3261e' : '#1d5fa8' });
    }
    return undefined;
  });
});
