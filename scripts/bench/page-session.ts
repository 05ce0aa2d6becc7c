// One bench page session for the profiling scripts (profile-page.ts, page-trace.ts): the bench
// pages served from 127.0.0.1 and a headless Chromium with the built extension loaded, its
// service worker up. `close()` takes all of it down again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../../tests/e2e/harness/server';
import { writeBenchPages } from './page-fixtures';

export interface BenchPageSession {
  context: BrowserContext;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  close(): Promise<void>;
}

/** `outDir`: the build's output folder (default CLAIMCHECK_OUT_DIR, else .output). */
export async function openBenchPageSession(profilePrefix: string, outDir = process.env.CLAIMCHECK_OUT_DIR || '.output'): Promise<BenchPageSession> {
  const extension = resolve(outDir, 'chrome-mv3');
  const { dir } = writeBenchPages();
  const server = await startFixtureServer(dir);
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return { context, server, close };
}
