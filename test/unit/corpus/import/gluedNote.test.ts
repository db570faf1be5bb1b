import * as assert from 'node:assert/strict';
import { gluedNoteStart } from '../../../../src/core/corpus/plainText/gluedNote';
import { toLine } from '../../../../src/core/corpus/plainText/lines';

const lines = (texts: string[]) => texts.map(t => toLine(t, 0));
const unmarked = () => false;

// Body lines set to one measure, then a note's lines set in smaller type to the same measure (more words a line).
const BODY = [
  'The committees had grown out of the food',
  'detachments of the Civil War, and their',
  'members knew the villages they worked in.',
  'In the spring of 1930 they were told to',
  'collect the seed fund before the sowing',
];
const NOTE = ['the protocols of the district committee are kept in', 'same file with the reports of the raion procurator', 'and in the next.'];

describe('a note continuation run on into the body', () => {
  it('is found where the lines turn wider, in the notes\' smaller type', () => {
    assert.deepEqual(gluedNoteStart(lines([...BODY, ...NOTE]), BODY.length + NOTE.length, unmarked), { at: BODY.length, why: 'set wider in its smaller type' });
  });

  it('starts at a line opening in lower case after a finished sentence, though not wider', () => {
    const text = [...BODY.slice(0, 4), 'collect the seed fund before the sowing.', 'and the register,', ...NOTE];
    assert.deepEqual(gluedNoteStart(lines(text), text.length, unmarked), { at: 5, why: 'opening in lower case after a finished sentence' });
  });

  it('starts after a line that ends no sentence yet leaves room for the next line\'s first word, the lines below set wider', () => {
    // The column's text breaks off in a short line (it goes on at the top of the other column); the note's first
    // line below it is no wider than the text's, the lines after it are.
    const block = [BODY[0], BODY[1], 'charged with the district', 'Susan Gross Solomon on the kolkhoz,', ...NOTE];
    const text = [...BODY, '', ...block];
    assert.deepEqual(gluedNoteStart(lines(text), text.length, unmarked), { at: BODY.length + 4, why: 'set wider, below a line that stops short inside a sentence' });
  });

  it('starts at a line citing a file or folio just above the wider lines, though not wider itself', () => {
    const text = [...BODY, '1925-noiabria 1925, l. 102 (Urals); d. 378', ...NOTE];
    assert.deepEqual(gluedNoteStart(lines(text), text.length, unmarked), { at: BODY.length, why: 'set wider in its smaller type, after a line citing a file or folio' });
    // Prose above the wider lines stays text.
    const prose = [...BODY, 'collect the seed fund before the sowing', ...NOTE];
    assert.deepEqual(gluedNoteStart(lines(prose), prose.length, unmarked), { at: BODY.length + 1, why: 'set wider in its smaller type' });
  });

  it('is a last line too short to tell by its width when it opens in lower case after a finished sentence', () => {
    const text = [...BODY.slice(0, 4), 'collect the seed fund before the sowing.', 'stroitel’stve zavodov, ll. 3, 10, 13.'];
    assert.deepEqual(gluedNoteStart(lines(text), text.length, unmarked), { at: 5, why: 'opening in lower case after a finished sentence' });
    assert.equal(gluedNoteStart(lines(text), text.length, t => t.includes('ll. 3')), undefined);
  });

  it('is a last line citing folios that ends a note broken off in a list of references, and only then', () => {
    const text = [...BODY, 'Delo Sedasheva, ll. 63-64, 174.'];
    assert.deepEqual(gluedNoteStart(lines(text), text.length, unmarked, true), { at: BODY.length, why: 'a reference ending the note, which broke off in a list of references' });
    // A note that broke off elsewhere, or a last line without a locator, is not taken.
    assert.equal(gluedNoteStart(lines(text), text.length, unmarked), undefined);
    const prose = [...BODY, 'Delo Sedasheva, in the summer of 1937.'];
    assert.equal(gluedNoteStart(lines(prose), prose.length, unmarked, true), undefined);
  });

  it('does not start at the second half of a line that pdftotext ran on at a hyphen: both are in one type', () => {
    // `self-` / `protection, …` were one over-long line, parted again; the second half is wider than the text above.
    const text = lines([...BODY, 'Scapegoating was a key tactic of self-', 'protection, and one in which the local NKVD had', 'and in the next.']);
    text[BODY.length + 1].runOnAtHyphen = true;
    assert.equal(gluedNoteStart(text, text.length, unmarked), undefined);
    text[BODY.length + 1].runOnAtHyphen = false;
    assert.equal(gluedNoteStart(text, text.length, unmarked)?.at, BODY.length + 1);
  });

  it('is not found in body lines alone, nor in lines that carry a marker of a note to come', () => {
    assert.equal(gluedNoteStart(lines(BODY), BODY.length, unmarked), undefined);
    assert.equal(gluedNoteStart(lines([...BODY, ...NOTE]), BODY.length + NOTE.length, text => text.includes('raion')), undefined);
  });
});
