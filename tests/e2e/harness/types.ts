// What a test sees of a browser, the same for Chromium (playwright-core) and Firefox
// (puppeteer-core over WebDriver BiDi), so every scenario is written once and run in both.

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  readonly url: () => string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; fails with `what` on timeout. */
  waitUntil<A = undefined>(what: string, fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Emulates prefers-color-scheme (dark-theme screenshots); absent where the driver cannot (Firefox over BiDi). */
  setColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Opens `url` in a new tab of its own window and waits until its DOM is loaded. */
  openPage(url: string): Promise<TestPage>;
  /** The tab id the extension uses for the page at `url` (the one opened last, if several). */
  tabIdOf(url: string): Promise<number>;
  /** Opens the popup as a page in a separate window, summarising tab `tabId`. */
  openPopup(tabId: number): Promise<TestPage>;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
