import * as assert from 'assert';
import { taskShares, type CpuProfile } from '../../load/profileSteps';

// A thread's profile: the host's message handler calls into an extension (own.js) and into another (other.js).
const frame = (id: number, functionName: string, url = '', children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber: id }, children });
const nodes: CpuProfile['nodes'] = [
  frame(1, '(root)', '', [2, 3, 4, 5, 8]),
  frame(2, '(idle)'),
  frame(3, '(program)'),
  frame(4, 'onMessage', 'file:///vscode/host.js', [6, 7]),
  frame(5, '(garbage collector)'),
  frame(6, 'hover', 'file:///ext/dist/own.js', [9]),
  frame(7, 'tokenize', 'file:///other/other.js'),
  frame(8, 'timer', 'file:///vscode/host.js', [10]),
  frame(9, 'parse', 'file:///ext/dist/own.js'),
  frame(10, 'lint', 'file:///ext/dist/own.js'),
];
const own = (url: string) => url.startsWith('file:///ext/dist/');

/** A profile of samples each 1 ms apart. */
const profile = (samples: number[]): CpuProfile => ({ nodes, samples, timeDeltas: samples.map(() => 1000) });

describe('the tasks of a thread read from its CPU profile', () => {
  it('cuts tasks at idle and runtime samples, and counts the extension’s share of each, its collections included', () => {
    // a task of 7 ms: own 2 (hover 1, parse 1), a collection after it, other code 3, own 1 more; then idle; a task of 2
    const shares = taskShares(profile([2, 6, 9, 5, 7, 7, 7, 9, 2, 3, 10, 10, 2]), own);
    assert.deepStrictEqual(shares.longest, { ms: 7, base: 'onMessage host.js:5' });
    assert.deepStrictEqual(shares.own, { ms: 4, top: 'parse own.js:10' });
  });

  it('gives the collector to the code that ran before it, and none of the other code to the extension', () => {
    const shares = taskShares(profile([7, 5, 7, 5, 2]), own);
    assert.deepStrictEqual(shares, { longest: { ms: 4, base: 'onMessage host.js:5' }, own: { ms: 0, top: '' } });
  });

  it('finds the extension’s longest share in a task that is not the longest', () => {
    const shares = taskShares(profile([7, 7, 7, 7, 7, 2, 10, 10, 10, 2]), own);
    assert.deepStrictEqual(shares, { longest: { ms: 5, base: 'onMessage host.js:5' }, own: { ms: 3, top: 'lint own.js:11' } });
  });

  it('reads an empty profile as no task', () => {
    assert.deepStrictEqual(taskShares({ nodes: [frame(1, '(root)')] }, own), { longest: { ms: 0, base: '' }, own: { ms: 0, top: '' } });
  });
});
