import * as assert from 'node:assert/strict';
import { joinLines } from '../../../../src/core/corpus/joinLines';

describe('joining two printed lines of a paragraph', () => {
  it('joins a hyphen set close to an abbreviation or a bracket as a compound, a spaced one with a space', () => {
    assert.equal(joinLines('(dekabr’ 1925 g.-', 'noiabr’ 1927 g.)'), '(dekabr’ 1925 g.-noiabr’ 1927 g.)');
    assert.equal(joinLines('the VKP(b)-', 'Komsomol line'), 'the VKP(b)-Komsomol line');
    assert.equal(joinLines('the plan was fulfilled -', 'on paper'), 'the plan was fulfilled - on paper');
  });
});
