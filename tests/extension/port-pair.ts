// Two connected runtime.Port doubles, as the browser gives a content script and the background:
// messages arrive in a later task, copied through JSON (as Chrome sends them), posting on a
// closed port throws, and closing one end tells the other (never itself).
import type { AnalysisPort } from '../../utils/extension/analysis-port';

export class FakePort implements AnalysisPort {
  readonly sent: unknown[] = [];
  closed = false;
  other: FakePort | null = null;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  readonly onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };

  constructor(
    readonly name = 'claimcheck:analysis',
    readonly sender?: { tab?: unknown },
  ) {}

  postMessage(message: unknown): void {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    const other = this.other;
    setTimeout(() => {
      if (other && !other.closed) for (const listener of other.messageListeners) listener(copy);
    }, 0);
  }

  disconnect(): void {
    if (this.closed) return;
    this.closed = true;
    const other = this.other;
    if (!other) return;
    other.closed = true;
    setTimeout(() => {
      for (const listener of other.disconnectListeners) listener();
    }, 0);
  }
}

export function portPair(name?: string, sender: { tab?: unknown } = { tab: { id: 1 } }): [FakePort, FakePort] {
  const page = new FakePort(name);
  const background = new FakePort(name, sender);
  page.other = background;
  background.other = page;
  return [page, background];
}
