// Notes resolved with turns for the host between them resolve as in one go: back-references across the turns
// included, and the document's analysis made in turns is the one every feature then shares.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analysedDocumentNotes, analyseDocumentNotes, analyseDocumentNotesInTurns, archivalOptions, resolveNotes, resolveNotesInTurns } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { loadGlossary } from '../../../src/node/loadGlossary';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const text = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8');
const options = archivalOptions(loadGlossary(corpus).glossary);

describe('notes resolved in turns', () => {
  it('resolve as in one go, Ibid. and op. cit. across many turns included', async () => {
    const notes = buildDocumentIndex(text).notes();
    // the article's notes many times over: far more than one turn's worth, with back-references to earlier copies
    const many = Array.from({ length: 8 }, (_, copy) => notes.map(note => ({ ...note, label: `${copy}-${note.label}` }))).flat();
    const inTurns = await resolveNotesInTurns(many, options);
    assert.deepEqual(inTurns, resolveNotes(many, options));
    assert.ok(inTurns.some(note => note.resolvesTo !== null), 'some back-references resolved');
  });

  it('give the analysis analyseDocumentNotes then answers with', async () => {
    const index = buildDocumentIndex(text);
    const pending = analyseDocumentNotesInTurns(index, options);
    assert.equal(analysedDocumentNotes(index, options), undefined, 'nothing to show before it is made');
    const analysis = await pending;
    assert.equal(analysedDocumentNotes(index, options), analysis);
    assert.equal(analyseDocumentNotes(index, options), analysis);
    assert.deepEqual(analysis.notes, analyseDocumentNotes(buildDocumentIndex(text), options).notes);
    assert.equal(await analyseDocumentNotesInTurns(index, options), analysis);
  });
});
