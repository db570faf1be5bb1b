// Background work yields the processor to the threads a reader waits on: where the system names the calling thread
// (Linux's /proc/thread-self), that thread's scheduling priority is lowered, so that indexing on every core never
// delays the extension host's own thread. Elsewhere nothing changes.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest niceness: at 10, two busy threads still kept the host's thread from the processor for 60-110 ms at times. */
const BACKGROUND = 19;

/** Whether the calling thread's priority was lowered. */
export function lowerThisThreadsPriority(): boolean {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(thread) || thread <= 0) return false;
    setPriority(thread, BACKGROUND);
    return true;
  } catch {
    return false;
  }
}
