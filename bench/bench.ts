// What a benchmark file (`bench/<area>.bench.ts`) exports: `export const benches: Bench[]`.
// The runner (bench/run.ts) times `run` repeatedly after `setup`, reports median and p95 in ms, checks the
// target, and computes `ratioTo` (this median / the other bench's median) within the same run.

export interface Bench<C = unknown> {
  /** Unique, e.g. "corpus: import article". */
  name: string;
  /** Prepared once, outside the timing. */
  setup?: () => C | Promise<C>;
  /** The measured work; its result is kept so it cannot be optimised away. */
  run: (ctx: C) => unknown;
  /** Timed repetitions (after the warm-ups); default 30. */
  iterations?: number;
  /** Untimed runs first (their context may give them other inputs than the timed runs); default 3 (0 for a bench whose one run takes minutes). */
  warmups?: number;
  target?: { metric: 'median' | 'p95'; ms: number };
  /** Name of another bench: the report gives median(this) / median(other). */
  ratioTo?: string;
  /** Target for that ratio (the ratio must be ≤ this). */
  maxRatio?: number;
}

/** Identity helper that keeps a file's bench list typed without repeating the generic. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each bench has its own context type
export function defineBenches(...benches: Bench<any>[]): Bench<any>[] {
  return benches;
}
