// The sources as the index cache keeps them: unpacked with the file's text, exactly what was found; smaller.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isFileSources, packSources, sourcesOfFile, unpackSources, type FileSources } from '../../../src/core/sources';

const ARTICLE = readFileSync(path.join(__dirname, '..', '..', '..', 'corpus', 'harris-dual-subordination.md'), 'utf8');

async function sourcesOf(text: string): Promise<FileSources> {
  const sources = await sourcesOfFile(text);
  assert.ok(sources);
  return sources;
}

describe('packed sources', () => {
  it('give back exactly the sources found, in about two thirds of the JSON', async () => {
    const sources = await sourcesOf(ARTICLE);
    const packed = packSources(sources, ARTICLE);
    assert.deepEqual(unpackSources(JSON.parse(JSON.stringify(packed)), ARTICLE), sources);
    assert.ok(JSON.stringify(packed).length < 0.7 * JSON.stringify(sources).length, `${JSON.stringify(packed).length} of ${JSON.stringify(sources).length}`);
  });

  it('keep the words of a citation that the text at its place does not give back', async () => {
    const text = 'A claim.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n';
    const sources = await sourcesOf(text);
    assert.equal(sources.notes.length, 1);
    const moved = { notes: sources.notes.map(n => ({ ...n, resolved: n.resolved.map(c => ({ ...c, raw: `${c.raw} (as written elsewhere)` })) })) };
    const unpacked = unpackSources(packSources(moved, text), text);
    assert.ok(isFileSources(unpacked));
    assert.match(unpacked.notes[0].resolved[0].raw, /as written elsewhere/);
  });

  it('damaged or out of the text: nothing, so the file is analysed again', async () => {
    const text = 'A claim.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n';
    const packed = packSources(await sourcesOf(text), text);
    assert.equal(unpackSources({}, text), undefined);
    assert.equal(unpackSources([[1, 2, 3]], text), undefined);
    assert.equal(unpackSources(packed, text.slice(0, 20)), undefined, 'a shorter text than the places kept');
    const wrongPairs = JSON.parse(JSON.stringify(packed));
    wrongPairs[0][6].pop();
    assert.equal(unpackSources(wrongPairs, text), undefined);
  });
});
