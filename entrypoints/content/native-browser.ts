// The content script's `browser` (wxt.config.ts points `wxt/browser` here for content-script
// builds only). Chromium 156 and Firefox both give content scripts a native, promise-based
// `browser`, and webextension-polyfill then hands it back as it is; but importing the polyfill
// (a CommonJS module) makes the bundle copy every property of that object at start-up, which
// builds every extension API binding the content script could reach (`app`, `dom`, `i18n`,
// `runtime`, `storage`, ...), needed or not. Here only the APIs the script uses are built, when
// it first uses them. A browser without the native object gets `chrome` (MV3: promise-based),
// as WXT's own `wxt/browser` does; the popup's answers go through `sendResponse` (index.ts), so
// they need no promise support in onMessage.
import type { browser as Browser } from 'wxt/browser';

type ExtensionGlobal = typeof globalThis & { browser?: typeof Browser; chrome?: typeof Browser };

const extensionGlobal = globalThis as ExtensionGlobal;

export const browser: typeof Browser = extensionGlobal.browser?.runtime?.id ? extensionGlobal.browser : (extensionGlobal.chrome as typeof Browser);
