// The content script's side of the analysis port: sends the article's text to the background,
// which reads it with the engine, and puts the report back together from the pieces it posts.
// The page's main thread only parses those pieces (each a few ms at most) and waits the rest.
import type { Claim, Entity, Report } from '../core/report';
import type { PageEngine } from '../page/page-engine';
import { type AnalysisPort, assembleReport, MAX_ANALYSIS_CHARS, textPieces } from './analysis-port';
import { readAnalysisReply } from './analysis-reply';
import { decodePiece } from './analysis-wire';

export interface BackgroundEngineOptions {
  /** Opens a new port to the background (browser.runtime.connect in the extension). */
  connect: () => AnalysisPort;
  /** Told the background's own time for each reading, for benchmarks. */
  onEngineTime?: (ms: number) => void;
  timeoutMs?: number;
}

export const ANALYSIS_TIMEOUT_MS = 60_000;

export const LOST_BACKGROUND =
  "Claimcheck's background stopped before it finished reading this page (the extension may have been updated or reloaded). Reload the page to try again.";
export const UNREADABLE_REPLY = "Claimcheck's background sent a reply the page could not read.";
const timedOut = (ms: number) => `Claimcheck's background took more than ${Math.round(ms / 1000)} s to read this page and was stopped.`;

/** A part of the report's document as it arrived, waiting for its ranges to be made in the page's slices. */
interface Arrived {
  claims: Claim[];
  entities: Entity[];
  whole: boolean;
}

/** A PageEngine that has each reading done in the background, over a port of its own. */
export function backgroundEngine({ connect, onEngineTime, timeoutMs = ANALYSIS_TIMEOUT_MS }: BackgroundEngineOptions): PageEngine {
  return function* read({ stretches, ...doc }, { part, partInSteps, outside = (work) => work() }, signal) {
    // The text is only sliced here: read from the page's stretches when it has them, so a long
    // page's text is never copied into one string.
    const text = stretches ?? doc.text;
    // A long text goes in several messages, each posted in a step of its own: posting copies
    // the text (1.3 MB took 15-22 ms in one task).
    // A text over the limit goes no further than its first stretch: the background refuses it by its length.
    const pieces = textPieces(text);
    const [first] = pieces;
    const rest = text.length > MAX_ANALYSIS_CHARS ? [] : pieces.slice(1);
    // A reply is read when it arrives (a message task of its own); the listener is told of its
    // part in the page's slices, so making a long part's ranges is never one long task.
    const arrived: Arrived[] = [];
    let outcome: { report: Report } | { error: Error } | null = null;
    let wake: (() => void) | null = null;
    const nudge = () => {
      const waiting = wake;
      wake = null;
      waiting?.();
    };
    let send: (message: unknown) => boolean = () => false;
    let port: AnalysisPort | null = null;
    try {
      port = connect();
    } catch {
      // The extension was reloaded or removed under this page: its context is gone.
      outcome = { error: new Error(LOST_BACKGROUND) };
    }
    if (port) {
      const opened = port;
      const parts: { claims: Claim[]; entities: Entity[] }[] = [];
      const finish = (end: { report: Report } | { error: Error }) => {
        if (outcome) return;
        outcome = end;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        opened.disconnect();
        nudge();
      };
      const onAbort = () => finish({ error: signal.reason instanceof Error ? signal.reason : new Error('Reading stopped') });
      const timer = setTimeout(() => finish({ error: new Error(timedOut(timeoutMs)) }), timeoutMs);
      signal.addEventListener('abort', onAbort, { once: true });
      opened.onDisconnect.addListener(() => finish({ error: new Error(LOST_BACKGROUND) }));
      opened.onMessage.addListener((raw) =>
        outside(() => {
          if (outcome) return;
          // AnalysisReplySchema's rules read by hand (analysis-reply.ts), not through zod: the
          // machinery of a zod parse (safeParse, its checks) was some twenty functions compiled
          // cold on every page load only to run this reader inside a custom check.
          const reply = readAnalysisReply(raw);
          if (!reply) {
            console.warn('[claimcheck] content: analysis reply rejected');
            return finish({ error: new Error(UNREADABLE_REPLY) });
          }
          if (reply.type === 'failed') return finish({ error: new Error(reply.error) });
          // A part comes in the compact form, a whole text's document plain (checked as it was read).
          const found = reply.type === 'part' ? decodePiece(text, reply) : reply.whole;
          // Rows that point outside the strings or the text: a reply the page cannot use.
          if (found === null) return finish({ error: new Error(UNREADABLE_REPLY) });
          if (found) {
            parts.push(found);
            arrived.push({ ...found, whole: reply.type === 'done' });
          }
          if (reply.type === 'done') {
            onEngineTime?.(reply.engineMs);
            finish({ report: assembleReport(doc.source, parts, reply) });
          } else nudge();
        }),
      );
      send = (message) => {
        if (outcome) return false;
        try {
          opened.postMessage(message);
          return true;
        } catch {
          finish({ error: new Error(LOST_BACKGROUND) });
          return false;
        }
      };
    }
    // The request goes in a step of its own: opening the port (its code compiled on a first
    // load) and posting the first stretch made one slice of 8-18 ms of CPU on the 1.3 MB bench page.
    if (port) {
      yield;
      send({ type: 'analyse', doc: { ...doc, text: first }, pieces: rest.length + 1, length: text.length });
    }
    for (const text of rest) {
      yield;
      if (!send({ type: 'text', text })) break;
    }
    // Each part as it comes, in order and in steps; off the page's thread in between.
    for (;;) {
      for (let next = arrived.shift(); next; next = arrived.shift()) {
        if (partInSteps) yield* partInSteps(next.claims, next.entities, next.whole);
        else part?.(next.claims, next.entities, next.whole);
      }
      const end = outcome as { report: Report } | { error: Error } | null;
      if (end) {
        if ('error' in end) throw end.error;
        return end.report;
      }
      yield new Promise<void>((resolve) => (wake = resolve));
    }
  };
}
