// Finds index parts in a worker thread (src/node/indexWorker.ts). Each input's plain data is sent once per thread;
// the worker asks again for one it does not have. A thread that cannot start or fails is given up with one line
// in the log, and the parts are found on the host's thread as before: slower, never lost.
import { Worker } from 'node:worker_threads';
import { inputId, type AnalysedMessage } from '../core/corpusParts';
import type { PartWorker, PortableRequest } from '../core/indexCache';

export class ThreadPartWorker implements PartWorker {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, (answer: AnalysedMessage | undefined) => void>();
  private readonly sent = new Set<string>();
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether it can still be given work (it has not failed or been disposed). */
  get usable(): boolean {
    return !this.failed;
  }

  async analyse(text: string, requests: PortableRequest[]): Promise<Record<string, string> | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await this.post(text, requests, attempt > 0);
      if (!answer) return undefined;
      if (answer.results) return answer.results;
      if (answer.unknownInput) {
        this.sent.delete(answer.unknownInput);
        continue;
      }
      this.log(`the index worker could not analyse a file (${answer.error ?? 'no answer'}); it is analysed here`);
      return undefined;
    }
    return undefined;
  }

  dispose(): void {
    this.failed = true;
    void this.worker?.terminate();
    this.settleAll();
  }

  private post(text: string, requests: PortableRequest[], resend: boolean): Promise<AnalysedMessage | undefined> {
    const worker = this.started();
    if (!worker) return Promise.resolve(undefined);
    const id = this.next++;
    const sendable = requests.map(request => {
      const known = inputId(request.input.kind, request.input.key);
      const send = resend || !this.sent.has(known);
      this.sent.add(known);
      return send ? request : { ...request, input: { ...request.input, value: undefined } };
    });
    return new Promise(resolve => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, text, requests: sendable });
    });
  }

  private started(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(this.file);
      worker.on('message', (answer: AnalysedMessage) => {
        this.pending.get(answer.id)?.(answer);
        this.pending.delete(answer.id);
      });
      worker.on('error', err => this.giveUp(`the index worker failed (${err.message})`));
      worker.on('exit', code => this.giveUp(`the index worker stopped (exit code ${code})`));
      this.worker = worker;
    } catch (err) {
      this.giveUp(`the index worker could not start (${err instanceof Error ? err.message : String(err)})`);
    }
    return this.worker;
  }

  private giveUp(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    this.log(`${reason}; the corpus is indexed on the extension host's thread`);
    this.settleAll();
  }

  private settleAll(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
