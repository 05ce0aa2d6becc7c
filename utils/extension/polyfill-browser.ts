// `wxt/browser` in the Chromium build (wxt.config.ts): webextension-polyfill's own `browser`, unchanged.
// Imported straight from its CommonJS module, the bundler's interop copied every property of that
// object at start (in Chromium the native `browser`, whose API bindings are built as they are read);
// reached through a CommonJS module of our own, only this one-property object is copied.
import holder from './polyfill-browser.cjs';

export const browser = holder.browser;
