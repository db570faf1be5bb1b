import * as assert from 'node:assert/strict';
import { closesNote } from '../../../../src/core/corpus/plainText/notes';

describe('a note\'s last line read as its end', () => {
  it('ends at a reference or a closing quote, not at a romanized word\'s soft sign', () => {
    assert.equal(closesNote('voprosam ucheta kommunistov i dr. sentiabr’'), false);
    assert.equal(closesNote('in the archive of the oblast’'), false);
    assert.equal(closesNote('B. A. Starkov, ‘Gosudarstvo v gosudarstve’'), true);
    assert.equal(closesNote('d. 102 (Urals), l. 98.'), true);
  });

  it('does not end at a name\'s initials, which its surname follows; a single capital with a stop may end it', () => {
    assert.equal(closesNote('knizhnoe izd., 1977): 64; G. A.'), false);
    assert.equal(closesNote('see the speeches of R. I.'), false);
    assert.equal(closesNote('Istoriia KPSS (Moscow, 1970), ch. V.'), true);
  });
});
