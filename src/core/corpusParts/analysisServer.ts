// The side of a worker thread that finds portable index parts: the host sends a file's text and, for each part, the
// name of its analysis and its input (the plain data only the first time a key is sent); the answer is the data of
// every part as JSON text (packed first, for a part the index keeps packed), or why there is none. Pure: the thread that runs it adapts its messages.
import type { FileWork, PortableRequest } from '../indexCache';
import { analyserOf, isAnalyserName, prepareInput, type InputKind } from './analysers';

export interface AnalyseMessage {
  id: number;
  text: string;
  requests: PortableRequest[];
}

export interface AnalysedMessage {
  id: number;
  /**
   * Each part's data as JSON text: what the host parses from it takes about a third less of its heap than the same
   * objects copied between the threads (the parser shares short strings and lays objects out compactly).
   */
  results?: Record<string, string>;
  /** Why there are no results: the host finds the parts itself. */
  error?: string;
  /** An input whose plain data the host must send again (the worker never had it, or let it go). */
  unknownInput?: string;
}

/** Inputs built from plain data are kept for the few latest keys of each kind (a change of data makes a new key). */
const KEPT_PER_KIND = 4;

export const inputId = (kind: string, key: string): string => `${kind}\u0000${key}`;

export class AnalysisServer {
  private readonly prepared = new Map<string, Promise<unknown>>();

  async answer({ id, text, requests }: AnalyseMessage): Promise<AnalysedMessage> {
    try {
      const results: Record<string, string> = {};
      const made = new Map<string, Promise<unknown>>();
      const work: FileWork = { shared: <V>(key: string, make: () => Promise<V>) => (made.get(key) ?? made.set(key, make()).get(key)) as Promise<V> };
      for (const { part, analyser, input } of requests) {
        if (!isAnalyserName(analyser) || analyserOf(analyser).input !== input.kind) return { id, error: `no analysis ${analyser} of ${input.kind}` };
        const prepared = this.input(input.kind as InputKind, input.key, input.value);
        if (!prepared) return { id, unknownInput: inputId(input.kind, input.key) };
        const { analyse, pack } = analyserOf(analyser);
        const data = await analyse(text, await prepared, work, () => false);
        // a packed form is what the host keeps and saves: less to copy between the threads
        if (data !== undefined) results[part] = JSON.stringify(pack ? pack(data as never) : data);
      }
      return { id, results };
    } catch (err) {
      return { id, error: err instanceof Error ? err.message : String(err) };
    }
  }

  private input(kind: InputKind, key: string, value: unknown): Promise<unknown> | undefined {
    const known = inputId(kind, key);
    let prepared = this.prepared.get(known);
    if (!prepared && value !== undefined) {
      prepared = (prepareInput[kind] as (value: unknown) => Promise<unknown>)(value);
      const sameKind = [...this.prepared.keys()].filter(id => id.startsWith(`${kind}\u0000`));
      for (const old of sameKind.slice(0, Math.max(0, sameKind.length - KEPT_PER_KIND + 1))) this.prepared.delete(old);
      this.prepared.set(known, prepared);
    }
    return prepared;
  }
}
