// Whose code held a thread, read from a CPU profile of it and the times a frequent timer of the thread ran: a long
// gap between two runs of the timer is a time the thread was held, and the profile's samples inside the gap whose
// stack runs through one extension's code are that extension's part of it. A sample stands for the time since the one
// before, at most the sampling interval: on a busy machine the thread waits for a processor, and that wait, the gap's
// and no code's, would otherwise count as the code's; and the profiler sometimes samples faster than its interval. The event loop's delay says how long the thread was held; this says by whom, so an
// extension is measured apart from the others sharing its host.
import { Session } from 'node:inspector';

/** The parts of a V8 CPU profile (`Profiler.stop`) read here; times in microseconds. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HeldThread {
  /** The longest gap between two runs of the timer, in ms of the clock. */
  longestMs: number;
  /**
   * The most processor time the extension's code took within one gap, in ms, with `gcMs` of it the collections
   * that ran when its code needed them (a collection of the whole host's heap, paid by whoever allocated last), the
   * function of it that took most, and where that time was entered (the outermost of the extension's frames), the
   * largest first, at most three.
   */
  own: { ms: number; gcMs: number; top: string; entries: string };
  /**
   * The extension's longest step: the most processor time its code took without the thread running anything else
   * in between (consecutive samples, with the collections among them, within one gap), and where it was entered.
   * Two steps of chunked work can fall in one gap when nothing else was waiting; `own` adds them, this does not.
   * `gcMs` of it were collections of the heap.
   */
  step: { ms: number; gcMs: number; entry: string };
  /** In the longest gap, the functions of other code that took most processor time (self time), at most three. */
  others: string;
}

/**
 * `ticks`: the times (ms) the timer ran, on a clock whose `startMs` is the profile's start; `intervalMs`: the
 * profile's sampling interval, the most processor time a sample stands for.
 */
export function heldThread(profile: CpuProfile, ticks: readonly number[], startMs: number, intervalMs: number, own: (url: string) => boolean): HeldThread {
  if (ticks.length < 2) return { longestMs: 0, own: NONE, step: NO_STEP, others: '' };
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    // another extension's bundle is named by its folder: every extension's bundle is an `extension.js`
    const owner = /\/extensions\/([^/]+)\//.exec(url)?.[1];
    return `${functionName || '(anonymous)'} ${owner ? `${owner}/` : ''}${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
  };
  const ownFrames = new Map<number, { inner: number; outer: number } | undefined>();
  /** The innermost and the outermost frame of the extension on the stack of sample node `id`. */
  const ownFrameOf = (id: number) => {
    if (!ownFrames.has(id)) {
      let found: { inner: number; outer: number } | undefined;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (own(byId.get(at)!.callFrame.url)) found = { inner: found?.inner ?? at, outer: at };
      ownFrames.set(id, found);
    }
    return ownFrames.get(id);
  };
  const largest = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]);
  /** One sample's processor time to the function of node `id`. */
  const add = (counts: Map<string, number>, id: number, ms: number) => counts.set(label(id), (counts.get(label(id)) ?? 0) + ms);

  const result: HeldThread = { longestMs: 0, own: NONE, step: NO_STEP, others: '' };
  let step = { ms: 0, gcMs: 0, outer: new Map<string, number>() };
  const endStep = () => {
    if (step.ms > result.step.ms) result.step = { ms: step.ms, gcMs: step.gcMs, entry: largest(step.outer)[0][0] };
    step = { ms: 0, gcMs: 0, outer: new Map() };
  };
  let longestGap = 0;
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i] - ticks[i - 1] > result.longestMs) longestGap = i;
    result.longestMs = Math.max(result.longestMs, ticks[i] - ticks[i - 1]);
  }
  // a sample is counted in the gap it falls in, (tick before, tick after]

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime / 1000;
  let gap = 0;
  let inGap: { own: number; gc: number; inner: Map<string, number>; outer: Map<string, number>; others: Map<string, number>; lastOwn: boolean } | undefined;
  const close = () => {
    if (inGap && inGap.own > result.own.ms) {
      const entries = largest(inGap.outer).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
      result.own = { ms: inGap.own, gcMs: inGap.gc, top: largest(inGap.inner)[0]?.[0] ?? '', entries: entries.join(', ') };
    }
    if (inGap && gap === longestGap) result.others = largest(inGap.others).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ');
    inGap = undefined;
  };
  for (let i = 0; i < samples.length; i++) {
    at += (deltas[i] ?? 0) / 1000;
    const t = startMs + (at - profile.startTime / 1000);
    // only the gaps between the first tick and the last are measured
    if (t <= ticks[0]) continue;
    if (t > ticks[ticks.length - 1]) break;
    // the gap holding this sample: the first tick after it ends it
    if (t > ticks[gap]) {
      close();
      endStep();
      while (t > ticks[gap]) gap++;
    }
    inGap ??= { own: 0, gc: 0, inner: new Map(), outer: new Map(), others: new Map(), lastOwn: false };
    const ms = Math.min((deltas[i] ?? 0) / 1000, intervalMs);
    const name = byId.get(samples[i])?.callFrame.functionName;
    // the collector's time goes to whoever was running when it was needed
    if (name === '(garbage collector)') {
      if (inGap.lastOwn) {
        inGap.own += ms;
        inGap.gc += ms;
        step.ms += ms;
        step.gcMs += ms;
      }
      continue;
    }
    const frames = ownFrameOf(samples[i]);
    inGap.lastOwn = frames !== undefined;
    if (!frames) {
      endStep();
      if (name !== '(idle)' && name !== '(program)') add(inGap.others, samples[i], ms);
      continue;
    }
    inGap.own += ms;
    add(inGap.inner, frames.inner, ms);
    add(inGap.outer, frames.outer, ms);
    step.ms += ms;
    add(step.outer, frames.outer, ms);
  }
  close();
  endStep();
  return result;
}

const NONE: HeldThread['own'] = { ms: 0, gcMs: 0, top: '', entries: '' };
const NO_STEP: HeldThread['step'] = { ms: 0, gcMs: 0, entry: '' };
const SAMPLE_MS = 1;
const TICK_MS = 2;

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** Runs `work` while this thread's stack is sampled every millisecond and a timer runs every 2 ms; `own` tells the code measured. */
export async function whileProfiled<T>(work: () => Promise<T>, own: (url: string) => boolean): Promise<{ result: T; held: HeldThread }> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLE_MS * 1000 });
    await post(session, 'Profiler.start');
    const ticks = [performance.now()];
    const timer = setInterval(() => ticks.push(performance.now()), TICK_MS);
    let result: T;
    try {
      result = await work();
    } finally {
      clearInterval(timer);
      ticks.push(performance.now());
    }
    const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
    // The profile's times are the monotonic clock's, as process.hrtime's; its start is placed on performance.now()'s
    // clock through them, not by the time Profiler.start answered: starting the profiler records every compiled
    // function first, tens of milliseconds in a large process, and every sample would fall that much late.
    const origin = Number(process.hrtime.bigint()) / 1e6 - performance.now();
    return { result, held: heldThread(profile, ticks, profile.startTime / 1000 - origin, SAMPLE_MS, own) };
  } finally {
    session.disconnect();
  }
}
