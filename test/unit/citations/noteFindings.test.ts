import * as assert from 'node:assert/strict';
import { analyseDocumentNotes, noteFindings } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';

describe('note findings', () => {
  const text = [
    'A[^1] B[^2] C[^3] D[^4]',
    '',
    '[^1]: *Ibid*., l. 4.',
    '[^2]: PermGANI, f. 105, op. 1, d. 7, l. 1; d. 8, l. 2.',
    '[^3]: RGASPI, f. 17, op. 3, d. 5. Ibid., l. 6.',
    '[^4]: Nobody, op. cit.: 3.',
    '',
  ].join('\n');
  const index = buildDocumentIndex(text);
  const findings = noteFindings(index, analyseDocumentNotes(index), siglum => siglum === 'RGASPI');
  const at = (f: (typeof findings)[number]) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

  it('reports an Ibid. with nothing before it, on the Ibid. itself', () => {
    const ibid = findings.filter(f => f.code === 'ibid-unresolved');
    assert.deepEqual(ibid.map(f => [f.label, f.severity, at(f)]), [['1', 'warning', 'Ibid']]);
  });

  it('reports an unknown archive siglum once per note, as information', () => {
    const archives = findings.filter(f => f.code === 'unknown-archive');
    assert.deepEqual(archives.map(f => [f.label, f.severity, at(f)]), [['2', 'information', 'PermGANI']]);
    assert.match(archives[0].message, /\.opis\/glossary\.json/);
  });

  it('reports an op. cit. with no earlier work of that author', () => {
    const opCit = findings.filter(f => f.code === 'op-cit-unresolved');
    assert.deepEqual(opCit.map(f => [f.label, at(f)]), [['4', 'op. cit.']]);
    assert.match(opCit[0].message, /Nobody/);
  });

  it('reports an op. cit. that fits two earlier works of the author as information, naming their notes', () => {
    const two = ['X[^1] Y[^2] Z[^3]', '', '[^1]: Conquest, The Great Terror (London, 1968), p. 5.', '[^2]: Conquest, Harvest of Sorrow (London, 1986), p. 7.', '[^3]: Conquest, op. cit., p. 9.', ''].join('\n');
    const twoIndex = buildDocumentIndex(two);
    const found = noteFindings(twoIndex, analyseDocumentNotes(twoIndex), () => true);
    assert.deepEqual(
      found.map(f => [f.code, f.severity, f.label, f.message]),
      [['op-cit-ambiguous', 'information', '3', '"op. cit." in note 3: earlier notes cite 2 works of Conquest (notes 2, 1); which one is meant is not said.']],
    );
  });

  it('reports an Ibid. after an author’s name that fits several works of the note before, on the Ibid.', () => {
    const list = ['X[^1] Y[^2]', '', '[^1]: Isaac Deutscher, The Prophet Armed (Oxford, 1954); The Prophet Unarmed (Oxford, 1959).', '[^2]: Deutscher, Ibid, p.504', ''].join('\n');
    const listIndex = buildDocumentIndex(list);
    const found = noteFindings(listIndex, analyseDocumentNotes(listIndex), () => true);
    assert.deepEqual(
      found.map(f => [f.code, f.label, f.message, list.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]),
      [['op-cit-ambiguous', '2', '"Ibid." in note 2: earlier notes cite 2 works of Deutscher (note 1); which one is meant is not said.', 'Ibid']],
    );
  });

  it('says nothing about a known archive or an Ibid. that resolves', () => {
    assert.ok(!findings.some(f => f.label === '3'));
  });
});
