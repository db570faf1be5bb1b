// Where a spelling is a source's own: in a quotation on its line or in an archival file title of a note.
import * as assert from 'node:assert/strict';
import { quotedContext } from '../../../src/core/translit';

const at = (text: string, word: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  return quotedContext(text, i, i + word.length);
};

describe('quotedContext', () => {
  it('finds a quotation in curly, guillemet or straight quotes closed on the same line', () => {
    assert.equal(at('He wrote “Ezhov is here” yesterday.', 'Ezhov'), 'quotation');
    assert.equal(at('Yezhov spoke «o Ezhove» then.', 'Ezhove'), 'quotation');
    assert.equal(at('He said "Ezhov" twice.', 'Ezhov'), 'quotation');
    assert.equal(at('“Ezhov left.” Then Ezhov came back.', 'Ezhov', 1), undefined);
    assert.equal(at('An open “quote and Ezhov\nnext line', 'Ezhov'), undefined, 'a quotation not closed on the line is no evidence');
  });

  it('finds the title an archival reference gives a file, and nothing else of the note', () => {
    const note = '[^3]: GAAO SO, f. 1, op. 2, d. 43927 Delo Ezhova, Mikhaila, l. 64; Ezhov to Stalin; d. 5 Delo Petrova.';
    assert.equal(at(note, 'Ezhova'), 'archival title');
    assert.equal(at(note, 'Petrova'), 'archival title');
    assert.equal(at(note, 'Ezhov to'), undefined);
    assert.equal(at('In the text, d. 5 Delo Petrova is cited.', 'Petrova'), undefined, 'only in a note');
  });

  it('leaves the soft sign’s apostrophe alone', () => {
    assert.equal(at('The oblast’ and Ezhov’s men.', 'Ezhov'), undefined);
  });
});
