// Whose code held a thread, read from a CPU profile of it: the samples are cut into the thread's tasks (a task ends
// where the thread was idle or in the runtime between tasks), and in each task the samples whose stack runs through
// one extension's code are that extension's share of it. The event loop's delay says how long the thread was held;
// this says by whom, so an extension is measured apart from the others sharing its host.

/** The parts of a V8 CPU profile (`Profiler.stop`) read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface TaskShares {
  /** The longest task of any code, in ms, and the function at the base of its stack. */
  longest: { ms: number; base: string };
  /** The most time the extension's code took within one task, in ms, and its function that took most of that. */
  own: { ms: number; top: string };
}

const BETWEEN_TASKS = new Set(['(idle)', '(program)', '(root)']);

/** Cuts `profile` into tasks and measures the longest one and the largest share of one task that `own` frames took. */
export function taskShares(profile: CpuProfile, own: (url: string) => boolean): TaskShares {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const root = profile.nodes[0]?.id;
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
  };
  // per node: the base of its stack (the child of the root) and its innermost own frame, if any
  const baseOf = new Map<number, number>();
  const ownFrameOf = new Map<number, number | undefined>();
  const describe = (id: number) => {
    if (baseOf.has(id)) return;
    let base = id;
    let ownFrame: number | undefined;
    for (let at: number | undefined = id; at !== undefined && at !== root; at = parent.get(at)) {
      base = at;
      if (ownFrame === undefined && own(byId.get(at)!.callFrame.url)) ownFrame = at;
    }
    baseOf.set(id, base);
    ownFrameOf.set(id, ownFrame);
  };

  const result: TaskShares = { longest: { ms: 0, base: '' }, own: { ms: 0, top: '' } };
  let task: { ms: number; base: number; own: number; byOwnFrame: Map<number, number>; lastOwn: boolean } | undefined;
  const close = () => {
    if (!task) return;
    if (task.ms > result.longest.ms) result.longest = { ms: task.ms, base: label(task.base) };
    if (task.own > result.own.ms) {
      const [top] = [...task.byOwnFrame].sort((a, b) => b[1] - a[1])[0];
      result.own = { ms: task.own, top: label(top) };
    }
    task = undefined;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // a sample's delta is the time since the one before: the time it stands for, to within the sampling interval
    const id = samples[i];
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName ?? '(idle)';
    if (BETWEEN_TASKS.has(name)) {
      close();
      continue;
    }
    describe(id);
    task ??= { ms: 0, base: baseOf.get(id)!, own: 0, byOwnFrame: new Map(), lastOwn: false };
    task.ms += ms;
    // the collector's time goes to whoever was running when it was needed
    const ownFrame = name === '(garbage collector)' ? (task.lastOwn ? -1 : undefined) : ownFrameOf.get(id);
    if (ownFrame === undefined) {
      task.lastOwn = false;
      continue;
    }
    task.own += ms;
    task.lastOwn = true;
    if (ownFrame !== -1) task.byOwnFrame.set(ownFrame, (task.byOwnFrame.get(ownFrame) ?? 0) + ms);
  }
  close();
  return result;
}
