// A text that arrives in pieces: a long page's article, sent to the background while the page
// is still walking it, so the engine reads the first pieces while the page walks the rest (on
// the 1.3 MB bench page the walk took 200-250 ms of wall clock before the engine could start).

export class TextStream {
  private joined: string;
  private pending: string[] = [];
  private waiting: (() => void)[] = [];
  /** True once the last piece has come. */
  complete = false;

  constructor(first: string) {
    this.joined = first;
  }

  /** The text so far. */
  get text(): string {
    if (this.pending.length > 0) {
      this.joined += this.pending.join('');
      this.pending = [];
    }
    return this.joined;
  }

  /** Adds the next piece; `last` when no more will come. */
  push(piece: string, last = false): void {
    if (this.complete) return;
    if (piece) this.pending.push(piece);
    if (last) this.complete = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** Settles when the next piece (or the end) has come; at once when the text is complete. */
  more(): Promise<void> {
    if (this.complete) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
