// Long jobs that yield at the same time take turns: one piece of work per turn of the event loop, so the host
// waits for one piece at most, never for one piece of every job.
import * as assert from 'node:assert/strict';
import { nextTurn } from '../../../src/core/text/eventLoop';

describe('nextTurn', () => {
  it('resumes one waiting job per turn of the event loop, the oldest first', async () => {
    let turn = 0;
    let counting = true;
    const count = () => {
      turn++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const pieces: { job: string; turn: number }[] = [];
    const job = async (name: string) => {
      for (let i = 0; i < 4; i++) {
        await new Promise<void>(nextTurn);
        pieces.push({ job: name, turn });
      }
    };
    await Promise.all([job('a'), job('b'), job('c')]);
    counting = false;
    assert.equal(pieces.length, 12);
    assert.equal(new Set(pieces.map(p => p.turn)).size, 12, `pieces that ran in the same turn: ${JSON.stringify(pieces)}`);
    assert.deepEqual(pieces.slice(0, 3).map(p => p.job), ['a', 'b', 'c']);
  });
});
