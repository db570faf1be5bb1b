import * as assert from 'node:assert/strict';
import { Glossary, type GlossaryEntry } from '../../../src/core/glossary';

const term = (form: string, kind: GlossaryEntry['kind'] = 'term'): GlossaryEntry => ({ term: form, kind, expansion: form, english: form, cyrillic: 'т' });

/** Hundreds of forms of every length, so that a longer and a shorter form of one start fall in different patterns. */
const FILLER = Array.from({ length: 300 }, (_, i) => term(`zq${'x'.repeat(i % 40)}${i}`, i % 2 ? 'term' : 'abbreviation'));
const glossary = new Glossary([...FILLER, term('kom'), term('obkom'), term('obkom partii'), term('op.', 'abbreviation'), term('op. cit.', 'abbreviation'), term('g.', 'abbreviation')]);
const found = (text: string) => glossary.findAll(text).map(m => [m.text, m.start, m.end]);

describe('glossary patterns split into a few dozen forms each', () => {
  it('finds the longest form where forms of different lengths start together', () => {
    assert.deepEqual(found('The obkom partii met; the obkom did not, op. cit. and op. 3.'), [
      ['obkom partii', 4, 16],
      ['obkom', 26, 31],
      ['op. cit.', 41, 49],
      ['op.', 54, 57],
    ]);
  });

  it('finds the same when its patterns were made in turns of the event loop, before the first search', async () => {
    const prepared = new Glossary(glossary.entries);
    await prepared.prepareInTurns();
    const text = 'The obkom partii met; the obkom did not, op. cit. and op. 3. zqxx2, ZQ1';
    assert.deepEqual(prepared.findAll(text), glossary.findAll(text));
    assert.equal(prepared.findAll(text).length, 5);
  });

  it('finds the same once its patterns were compiled in turns, before the first search', async () => {
    const compiled = new Glossary(glossary.entries);
    await compiled.compileInTurns();
    const text = 'The obkom partii met; the obkom did not, op. cit. and op. 3. zqxx2, ZQ1 — ОБКОМ’';
    assert.deepEqual(compiled.findAll(text), glossary.findAll(text));
    assert.equal(compiled.findAll(text).length, 5);
  });

  it('passes over a form inside a word, and the tail of an abbreviation, as before', () => {
    assert.deepEqual(found('gorkom, e.g. the raikom; kom.'), [['kom', 25, 28]]);
    assert.deepEqual(found(`${'a'.repeat(50_000)}kom kom`), [['kom', 50_004, 50_007]]);
    assert.deepEqual(found('𝒜kom (kom)'), [['kom', 7, 10]]);
    // a mark that folds to a letter (ypogegrammeni, ι) is a letter to a form matched in any case
    assert.deepEqual(found('x\u0345kom kom'), [['kom', 6, 9]]);
  });

  it('reads a note of 200,000 spaces and a word of 200,000 letters quickly', () => {
    const started = performance.now();
    assert.deepEqual(found(`${' '.repeat(200_000)}obkom ${'b'.repeat(200_000)}`), [['obkom', 200_000, 200_005]]);
    assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  });
});
