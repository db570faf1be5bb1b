// A number list after a word the glossary knows as a term, not an archive, is no archival file, however it is
// punctuated: the comma-only form reads a siglum it does not know only when nothing says it is something else.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { archivalOptions, resolveNotes } from '../../../src/core/citations';
import { loadGlossary } from '../../../src/node/loadGlossary';

const options = archivalOptions(loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus')).glossary);
const kinds = (text: string) => resolveNotes([{ label: '1', text }], options)[0].citations.map(c => c.kind);

describe('number lists after a term of the glossary', () => {
  for (const text of ['TASS 12, 14, 16, 18.', 'ТАСС 12, 14, 16, 18.', 'TASS, 12, 14, 16, 18.']) {
    it(`${text} cites no archival file`, () => assert.ok(!kinds(text).includes('archival'), String(kinds(text))));
  }

  it('an archive the glossary knows still opens the comma-only form', () => {
    assert.deepEqual(kinds('RGASPI 558, 11, 727, 38.'), ['archival']);
  });
});
