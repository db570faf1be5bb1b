import * as assert from 'assert';
import { heldThread, type CpuProfile } from '../../../bench/heldThread';

// A thread's profile: the host's message handler calls into an extension (own.js) and into another (other.js).
const frame = (id: number, functionName: string, url = '', children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber: id }, children });
const nodes: CpuProfile['nodes'] = [
  frame(1, '(root)', '', [2, 4, 5, 8]),
  frame(2, '(idle)'),
  frame(4, 'onMessage', 'file:///vscode/host.js', [6, 7]),
  frame(5, '(garbage collector)'),
  frame(6, 'hover', 'file:///ext/dist/own.js', [9]),
  frame(7, 'tokenize', 'file:///other/other.js'),
  frame(8, 'timer', 'file:///vscode/host.js', [10]),
  frame(9, 'parse', 'file:///ext/dist/own.js'),
  frame(10, 'lint', 'file:///ext/dist/own.js'),
];
const own = (url: string) => url.startsWith('file:///ext/dist/');

/** A profile starting at 1 s (clock of the profile, µs) whose samples are `spacing` ms apart, the first at 1 ms. */
const profile = (samples: number[], spacing = 1): CpuProfile => ({ nodes, startTime: 1_000_000, samples, timeDeltas: samples.map(() => spacing * 1000) });

describe('whose code held a thread, from its profile and the runs of a timer', () => {
  // the extension's time is counted in the gap where it was most; the other code's is named in the longest gap
  it('counts the extension’s samples within each gap between two timer runs, with the collections after them', () => {
    // ticks at 0, 3, 11, 14 ms of the test's clock (the profile starts at 0): gaps of 3, 8, 3 ms
    // samples 1–3: idle ×3; 4–11: own (hover), own (parse), GC, other, other, own (parse), other, GC; 12–14: lint ×3
    const held = heldThread(profile([2, 2, 2, 6, 9, 5, 7, 7, 9, 7, 5, 10, 10, 10]), [0, 3, 11, 14], 0, 1, own);
    assert.deepStrictEqual(held, { longestMs: 8, own: { ms: 4, gcMs: 1, top: 'parse own.js:10', entries: 'hover own.js:7 3 ms' }, step: { ms: 3, gcMs: 1, entry: 'hover own.js:7' }, others: 'tokenize other.js:8 3 ms' });
  });

  it('names where the extension’s time in a gap was entered, the largest first', () => {
    // one gap: lint ×2 (entered by the host's timer), parse ×3 (entered through hover)
    const held = heldThread(profile([10, 9, 10, 9, 9]), [0, 10], 0, 1, own);
    assert.deepStrictEqual(held.own, { ms: 5, gcMs: 0, top: 'parse own.js:10', entries: 'hover own.js:7 3 ms, lint own.js:11 2 ms' });
  });

  it('names another extension’s code by the folder of its bundle, since every bundle is an extension.js', () => {
    const theirs: CpuProfile['nodes'] = [frame(1, '(root)', '', [3]), frame(3, 'send', 'file:///vscode/extensions/markdown-language-features/dist/extension.js')];
    const held = heldThread({ nodes: theirs, startTime: 1_000_000, samples: [3, 3], timeDeltas: [1000, 1000] }, [0, 5], 0, 1, own);
    assert.strictEqual(held.others, 'send markdown-language-features/extension.js:4 2 ms');
  });

  it('tells the extension’s longest step apart from two steps that fell in one gap', () => {
    // one gap: lint ×2, other code, parse ×3 with a collection after it
    const held = heldThread(profile([10, 10, 7, 9, 9, 9, 5]), [0, 10], 0, 1, own);
    assert.strictEqual(held.own.ms, 6);
    assert.deepStrictEqual(held.step, { ms: 4, gcMs: 1, entry: 'hover own.js:7' });
  });

  it('ends a step where the timer ran', () => {
    // parse ×4 at 1–4 ms, the timer at 2 ms: two steps of 2 ms
    assert.deepStrictEqual(heldThread(profile([9, 9, 9, 9]), [0, 2, 10], 0, 1, own).step, { ms: 2, gcMs: 0, entry: 'hover own.js:7' });
  });

  it('gives none of the other code, nor a collection after it, to the extension', () => {
    assert.deepStrictEqual(heldThread(profile([7, 5, 7, 5, 2]), [0, 10], 0, 1, own), { longestMs: 10, own: { ms: 0, gcMs: 0, top: '', entries: '' }, step: { ms: 0, gcMs: 0, entry: '' }, others: 'tokenize other.js:8 2 ms' });
  });

  it('counts samples, not the time between them, when the thread waited for a processor', () => {
    // three samples of lint 20 ms apart: 3 ms of the processor in a gap of 60 ms
    const held = heldThread(profile([10, 10, 10], 20), [100, 161], 100, 1, own);
    assert.deepStrictEqual(held, { longestMs: 61, own: { ms: 3, gcMs: 0, top: 'lint own.js:11', entries: 'lint own.js:11 3 ms' }, step: { ms: 3, gcMs: 0, entry: 'lint own.js:11' }, others: '' });
  });

  it('counts a sample taken sooner than the interval as the time since the one before', () => {
    // parse ×4, half a millisecond apart: 2 ms of the processor, not 4
    const held = heldThread(profile([9, 9, 9, 9], 0.5), [0, 10], 0, 1, own);
    assert.equal(held.own.ms, 2);
    assert.deepStrictEqual(held.step, { ms: 2, gcMs: 0, entry: 'hover own.js:7' });
  });

  it('places the samples on the test’s clock from where the profile started', () => {
    // the profile starts at 50 ms of the clock; its samples at 51–53 ms fall in the second gap (50, 60]
    const held = heldThread(profile([9, 9, 9]), [40, 50, 60], 50, 1, own);
    assert.deepStrictEqual(held.own, { ms: 3, gcMs: 0, top: 'parse own.js:10', entries: 'hover own.js:7 3 ms' });
    const before = heldThread(profile([9, 9, 9]), [40, 52, 60], 50, 1, own);
    assert.deepStrictEqual(before.own, { ms: 2, gcMs: 0, top: 'parse own.js:10', entries: 'hover own.js:7 2 ms' }, 'two samples up to the tick at 52, one after it');
  });

  it('counts no sample from before the first tick or after the last', () => {
    // samples at 1–6 ms; the ticks measure (2, 4] only
    assert.deepStrictEqual(heldThread(profile([10, 10, 9, 9, 10, 10]), [2, 4], 0, 1, own), { longestMs: 2, own: { ms: 2, gcMs: 0, top: 'parse own.js:10', entries: 'hover own.js:7 2 ms' }, step: { ms: 2, gcMs: 0, entry: 'hover own.js:7' }, others: '' });
  });

  it('reads an empty profile as no time held by the extension', () => {
    assert.deepStrictEqual(heldThread({ nodes: [frame(1, '(root)')], startTime: 0 }, [], 0, 1, own), { longestMs: 0, own: { ms: 0, gcMs: 0, top: '', entries: '' }, step: { ms: 0, gcMs: 0, entry: '' }, others: '' });
  });
});
