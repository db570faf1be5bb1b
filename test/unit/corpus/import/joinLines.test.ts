import * as assert from 'node:assert/strict';
import { joinLines } from '../../../../src/core/corpus/joinLines';

describe('joining two printed lines of a paragraph', () => {
  it('joins a hyphen set close to an abbreviation or a bracket as a compound, a spaced one with a space', () => {
    assert.equal(joinLines('(dekabr’ 1925 g.-', 'noiabr’ 1927 g.)'), '(dekabr’ 1925 g.-noiabr’ 1927 g.)');
    assert.equal(joinLines('the VKP(b)-', 'Komsomol line'), 'the VKP(b)-Komsomol line');
    assert.equal(joinLines('the plan was fulfilled -', 'on paper'), 'the plan was fulfilled - on paper');
  });

  it('joins a web address broken at the line end without a space, and a word after a whole one with a space', () => {
    assert.equal(joinLines('American Humanist Association, https://ameri', 'canhumanist.org/manifesto2/, accessed'), 'American Humanist Association, https://americanhumanist.org/manifesto2/, accessed');
    assert.equal(joinLines('Tkachenko, https://sokirko.com/victor/ideology/kron', 'id/continue.html.'), 'Tkachenko, https://sokirko.com/victor/ideology/kronid/continue.html.');
    assert.equal(joinLines('the site www.memo.ru', 'and its archive'), 'the site www.memo.ru and its archive');
    // Clay's note 9: a query broken after its `?`.
    assert.equal(joinLines('zhurnaly,” https://molokanin.ru/gztjur/?', 'n=n5_7; “Dukhovnye'), 'zhurnaly,” https://molokanin.ru/gztjur/?n=n5_7; “Dukhovnye');
    assert.equal(joinLines('see https://example.org/search?q=1&', 'page=2.'), 'see https://example.org/search?q=1&page=2.');
  });
});
