import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { newsSiteMatches } from './utils/extension/news-sites';
import { HIGHLIGHT_SHEET_FILE, highlightSheet } from './utils/page/highlight-style';

// Test builds (npm run build:e2e) also run automatically on local fixture servers.
// Store builds and zips never include these hosts.
const e2e = process.env.CLAIMCHECK_E2E === '1';
const testHosts = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // CLAIMCHECK_OUT_DIR lets several builds live side by side (the e2e harness reads the same variable).
  outDir: process.env.CLAIMCHECK_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // CLAIMCHECK_TEST_BUILD: lookup sources may be pointed at 127.0.0.1 (utils/extension/lookup-settings.ts),
  // and the hover card's shadow root is open so the e2e tests can read it (utils/page/card-host.ts);
  // `false` in store builds, so that code is dropped from their bundles.
  // (`env` may be missing: tests/extension/lookup-wiring.test.ts calls this with none.)
  vite: (env) => ({
    plugins: [preact()],
    define: { 'import.meta.env.CLAIMCHECK_TEST_BUILD': JSON.stringify(e2e) },
    // Chromium: the polyfill's `browser` through utils/extension/polyfill-browser.ts (see there).
    ...(env?.browser === 'firefox' ? {} : { resolve: { alias: { 'wxt/browser': resolve(import.meta.dirname, 'utils/extension/polyfill-browser.ts') } } }),
  }),
  hooks: {
    // The highlights' static sheet (utils/page/highlight-style.ts), declared with the content script so the
    // browser adds it before the page's DOM is built: a sheet inserted later restyles every element.
    'build:publicAssets': (wxt, files) => {
      files.push({ contents: highlightSheet(wxt.config.browser === 'firefox' ? 'firefox' : 'chromium'), relativeDest: HIGHLIGHT_SHEET_FILE });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Test builds: the content script also runs on the local fixture servers.
      if (e2e) for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...testHosts];
      // The sheet in an entry of its own at document_start: Firefox injects a script's css at its run_at
      // (document_idle, once the DOM exists: a restyle of the whole page); Chromium always before the DOM.
      const [script] = manifest.content_scripts ?? [];
      if (script) manifest.content_scripts!.push({ matches: script.matches, css: [HIGHLIGHT_SHEET_FILE], run_at: 'document_start' });
    },
  },
  manifest: ({ browser }) => ({
    // Words come from public/_locales/<lang>/messages.json (English and French).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // storage: site settings; activeTab + scripting: read the page the reader clicks on and
    // register "always run" sites. The news sites are the only hosts granted at install; any
    // other site is an optional permission asked for from the popup, one host at a time.
    // declarativeNetRequestWithHostAccess (Chrome): sets EDGAR's User-Agent, only on hosts granted.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['declarativeNetRequestWithHostAccess'])],
    host_permissions: [...newsSiteMatches, ...(e2e ? testHosts : [])],
    // One pattern for both schemes: Chrome grants "*://host/*" (what the popup asks for) only
    // when an optional pattern with the "*" scheme covers it. It also covers the press-release
    // lookup sources' hosts, asked for when the reader switches a source on.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_action_title__' },
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 manifest has no optional_host_permissions: hosts go here instead.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'claimcheck@claimcheck.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
