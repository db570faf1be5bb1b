// Work written once as a generator that yields wherever it may pause, run either at once (the CLI) or in turns of
// the event loop (the extension host, which must never be held for 50 ms).
import { Pacer } from './eventLoop';

/** A generator whose `yield`s mark where the work may give the host a turn; it returns the work's result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, giving the host a turn whenever they have run for a few milliseconds: the same result. */
export async function runStepsInTurns<T>(steps: Steps<T>): Promise<T> {
  const pacer = new Pacer();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pacer.pace();
  }
}
