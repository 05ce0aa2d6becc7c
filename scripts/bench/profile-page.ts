// Where the content script's main-thread time goes on one bench page, cold: a CPU profile of the
// page's renderer (sampled every 50 µs) from navigation until the first analysis ends, summed by
// function for the extension's own scripts.
//   CLAIMCHECK_OUT_DIR=<build> npx tsx scripts/bench/profile-page.ts [typical|short|heavy] [TOP]
import { openBenchPageSession } from './page-session';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const which = process.argv[2] ?? 'typical';
const top = Number(process.argv[3] ?? 25);
const { context, server, close } = await openBenchPageSession('claimcheck-profile-');
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US) || 50 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(`${which}.html`), { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('claimcheck:analysis').length > 0, undefined, { timeout: 60_000, polling: 50 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let ours = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (!url.startsWith('chrome-extension://')) return;
    const ms = profile.timeDeltas[i] / 1000;
    ours += ms;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(3).join('/')}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimcheck:')).map((e) => `${e.name.slice(11)} ${e.duration.toFixed(1)}`));
  console.log(`self time in extension scripts: ${ours.toFixed(1)} ms (samples of the renderer's main thread)`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
  console.log(measures.join('\n'));
} finally {
  await close();
}
