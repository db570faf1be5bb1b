// Long work that shares the event loop: it gives the host a turn whenever it has run for a few milliseconds, so
// hovers and typing are answered in between (the extension host must never be blocked for 50 ms).

/** A turn of the event loop as the host gives it: setImmediate where it has it (Node), else a timer (a browser's worker). */
const hostTurn: (resume: () => void) => void = typeof setImmediate === 'function' ? resume => setImmediate(resume) : resume => setTimeout(resume, 0);

/** The pieces of work waiting for a turn, oldest first. */
const waiting: (() => void)[] = [];
let turnAsked = false;

/** Resumes the oldest waiting piece of work, and asks the host for the next turn if more wait. */
function resumeOne(): void {
  turnAsked = false;
  const resume = waiting.shift();
  if (waiting.length) askTurn();
  resume?.();
}

function askTurn(): void {
  if (turnAsked) return;
  turnAsked = true;
  hostTurn(resumeOne);
}

/**
 * The next turn of the event loop, one piece of work per turn: when several long jobs yield at once (an opened
 * article is analysed by several features), every job waiting on setImmediate would run in the same turn, one
 * after the other, and the host would wait for all of them; here they take turns, and timers and messages are
 * answered between any two.
 */
export function nextTurn(resume: () => void): void {
  waiting.push(resume);
  askTurn();
}

/** nextTurn as a promise: `await turn()` yields to the host once. */
export const turn = (): Promise<void> => new Promise(nextTurn);

/** Yields at `pace()` once more than `budgetMs` passed since the last turn it gave. */
export class Pacer {
  private since = Date.now();

  constructor(private readonly budgetMs = 10) {}

  async pace(): Promise<void> {
    if (Date.now() - this.since < this.budgetMs) return;
    await turn();
    this.since = Date.now();
  }
}
