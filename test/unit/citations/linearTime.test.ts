// Parsing time grows with the length of a note, not with its square: a pattern that rescans a run of spaces, a
// long word or an unclosed quotation from every position in it takes minutes on these notes, not milliseconds.
import * as assert from 'node:assert/strict';
import { resolveNotes } from '../../../src/core/citations';

const N = 200_000;
const NOTES: [string, string][] = [
  ['spaces', ' '.repeat(N)],
  ['spaces around locator marks', `RGASPI,${' '.repeat(N)}f. 17, op. 3, d. 5, l.${' '.repeat(N)}5 x`],
  ['spaces after a mark with no number', `RGASPI, f.${' '.repeat(N)}x`],
  ['a long word', 'a'.repeat(N)],
  ['a long word of capitals before a fond', `${'A'.repeat(N)}, f. 1`],
  ['commas after a fond', `RGASPI, f. 17${','.repeat(N)}x`],
  // A quarter of the length: a quadratic scan still takes seconds here, a linear one a small part of the second.
  ['an unclosed quotation', '“'.repeat(N / 4)],
  ['a long folio list', `RGASPI, f. 1, op. 1, d. 1, ll. ${'1, '.repeat(N / 3)}x`],
  // Each closing quote could end an article's title, each address or language a remark after a periodical.
  ['quoted titles before a name', `Pravda${'‘a,’ '.repeat(N / 20)}`],
  ['addresses after a name', `Pravda${', http://a'.repeat(N / 20)}`],
  // Each comma could end the sentence naming the archive of a file cited without one, or open an unmarked item.
  ['clauses before a file cited without its archive', `${'Archive (A), '.repeat(N / 13)}. See f. 17, op. 3, d. 5`],
  ['items after an archive’s name', `Archive${', box 1'.repeat(N / 7)}`],
  // Each digit could open another edition's place in brackets after an Ibid.'s page, each slash a fond and opis'.
  ['an unclosed bracket after an Ibid.’s page', `Ibid., p. 5 [${'1'.repeat(N)}`],
  ['slashed numbers after a siglum', `RGASPI, ${'1/'.repeat(N / 2)}`],
];

describe('citation parsing in linear time', () => {
  for (const [name, text] of NOTES) {
    it(`a note of ${text.length} characters: ${name}`, function () {
      this.timeout(1000);
      const [, note] = resolveNotes([{ label: '1', text: 'GARF, f. 1, op. 2, d. 3, l. 4.' }, { label: '2', text }]);
      assert.equal(note.label, '2');
      for (const c of note.citations) assert.equal(typeof c.raw, 'string');
    });
  }

  it('still reads the file around 200,000 spaces', function () {
    this.timeout(1000);
    const [note] = resolveNotes([{ label: '1', text: `RGASPI,${' '.repeat(N)}f. 17, op. 3, d. 5, l.${' '.repeat(N)}5.` }]);
    assert.deepEqual(note.citations.map(c => [c.archive, c.fond, c.opis, c.delo, c.folios]), [['RGASPI', '17', '3', '5', '5']]);
  });
});
