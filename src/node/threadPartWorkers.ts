// Index parts found by several worker threads: a library's first indexing is bound by the analysis of its files,
// which the threads share file by file (this thread's own part, reading, hashing and taking the answers in, is a
// small fraction). A second thread starts only when two files wait at once, so an edit uses one.
import { availableParallelism } from 'node:os';
import type { PartWorker, PortableRequest } from '../core/indexCache';
import { ThreadPartWorker } from './threadPartWorker';

/** Two threads where the machine has two processors or more: the extension host itself is mostly idle meanwhile. */
export const INDEX_THREADS = Math.max(1, Math.min(2, availableParallelism()));

export class ThreadPartWorkers implements PartWorker {
  private readonly threads: { worker: ThreadPartWorker; inHand: number }[];
  readonly capacity: number;

  constructor(file: string, log: (message: string) => void, count = INDEX_THREADS) {
    // a failure the threads share (the file missing) is said once
    const said = new Set<string>();
    const logOnce = (message: string) => {
      if (!said.has(message)) log(message);
      said.add(message);
    };
    this.threads = Array.from({ length: count }, () => ({ worker: new ThreadPartWorker(file, logOnce), inHand: 0 }));
    this.capacity = count;
  }

  async analyse(text: string, requests: PortableRequest[]): Promise<Record<string, string> | undefined> {
    const usable = this.threads.filter(thread => thread.worker.usable);
    if (!usable.length) return undefined;
    const thread = usable.reduce((least, other) => (other.inHand < least.inHand ? other : least));
    thread.inHand++;
    try {
      return await thread.worker.analyse(text, requests);
    } finally {
      thread.inHand--;
    }
  }

  dispose(): void {
    for (const { worker } of this.threads) worker.dispose();
  }
}
