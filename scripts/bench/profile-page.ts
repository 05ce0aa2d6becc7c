// Where the content script's main-thread time goes on one bench page, cold: a CPU profile of the
// page's renderer (sampled every 50 µs) from navigation until the first analysis ends, summed by
// function for the extension's own scripts: self time (native calls such as getComputedStyle or
// Range.setStart count for the script function that made them), then total time (the function
// and everything it called), which tells which step of the pipeline holds the time.
// With a function's name as FOCUS, the total time of everything it called, by function, too.
//   CLAIMCHECK_OUT_DIR=<build> npx tsx scripts/bench/profile-page.ts [typical|short|heavy] [TOP] [FOCUS]
// Minified builds name functions by one letter: a build with `build.minify: false` reads better.
import { openBenchPageSession } from './page-session';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const which = process.argv[2] ?? 'typical';
const top = Number(process.argv[3] ?? 25);
const focus = process.argv[4];
const ours = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
const label = ({ callFrame: { functionName, url, lineNumber, columnNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} ${url.split('/').slice(3).join('/')}:${lineNumber + 1}:${columnNumber + 1}`;

function summarise(profile: Profile): { self: Map<string, number>; total: Map<string, number>; callees: Map<string, number>; oursMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callees = new Map<string, number>();
  let oursMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i] / 1000;
    // The nearest frame of ours at or above the sample: a native call counts for its caller.
    let node: ProfileNode | undefined = byId.get(id);
    while (node && !ours(node)) node = parent.get(node.id);
    if (!node) return;
    oursMs += ms;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    // Under FOCUS: every frame below its outermost call (native ones too), each counted once per sample.
    const stack: ProfileNode[] = [];
    let under = false;
    for (let up: ProfileNode | undefined = byId.get(id); up; up = parent.get(up.id)) {
      stack.push(up);
      if (focus && up.callFrame.functionName === focus) {
        under = true;
        stack.length = stack.length - 1;
      }
    }
    if (under) for (const key of new Set(stack.map(label))) callees.set(key, (callees.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let up: ProfileNode | undefined = node; up; up = parent.get(up.id)) {
      if (!ours(up) || seen.has(label(up))) continue;
      seen.add(label(up));
      total.set(label(up), (total.get(label(up)) ?? 0) + ms);
    }
  });
  return { self, total, callees, oursMs };
}

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
  const { self, total, callees, oursMs } = summarise(profile);
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimcheck:')).map((e) => `${e.name.slice(11)} ${e.duration.toFixed(1)}`));
  const list = (times: Map<string, number>) => [...times].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => `${ms.toFixed(2).padStart(8)} ms  ${key}`);
  console.log(`time in extension scripts: ${oursMs.toFixed(1)} ms (samples of the renderer's main thread)`);
  console.log('self time (with the native calls each function made):');
  console.log(list(self).join('\n'));
  console.log('total time (the function and all it called):');
  console.log(list(total).join('\n'));
  if (focus) console.log(`under ${focus}, total time by function:\n${list(callees).join('\n')}`);
  console.log(measures.join('\n'));
} finally {
  await close();
}
