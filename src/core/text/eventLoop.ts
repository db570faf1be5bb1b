// Long work that shares the event loop: it gives the host a turn whenever it has run for a few milliseconds, so
// hovers and typing are answered in between (the extension host must never be blocked for 50 ms).

/** The next turn of the event loop: setImmediate where the host has it (Node), else a timer (a browser's worker). */
export const nextTurn: (resume: () => void) => void = typeof setImmediate === 'function' ? resume => setImmediate(resume) : resume => setTimeout(resume, 0);

/** Yields at `pace()` once more than `budgetMs` passed since the last turn it gave. */
export class Pacer {
  private since = Date.now();

  constructor(private readonly budgetMs = 10) {}

  async pace(): Promise<void> {
    if (Date.now() - this.since < this.budgetMs) return;
    await new Promise<void>(nextTurn);
    this.since = Date.now();
  }
}
