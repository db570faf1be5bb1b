// The host's warm-up of the citation reader gives the event loop a turn between its notes.
import * as assert from 'node:assert/strict';
import { archivalOptions, warmCitationReaderInTurns } from '../../../src/core/citations';
import { loadGlossary } from '../../../src/node/loadGlossary';

describe('the citation reader warmed up in turns', () => {
  it('reads its notes one per turn of the event loop', async () => {
    const options = archivalOptions(loadGlossary('corpus').glossary);
    let done = false;
    let turns = 0;
    const count = () => {
      if (done) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    await warmCitationReaderInTurns(options);
    done = true;
    assert.ok(turns >= 10, `${turns} turns given`);
  });
});
