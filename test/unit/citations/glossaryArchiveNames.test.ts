// The name the bundled glossary gives the archive a note writes: another script or spelling of its siglum, or the
// archive holding a former archive's records; never the name of a kind of file kept in it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { archivalOptions, resolveNotes } from '../../../src/core/citations';
import { loadGlossary } from '../../../src/node/loadGlossary';

const options = archivalOptions(loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus')).glossary);
const archives = (text: string) => resolveNotes([{ label: '1', text }], options)[0].citations.map(({ archive, archiveCurrent }) => ({ archive, archiveCurrent }));

describe('the glossary’s name of a cited archive', () => {
  it('names a siglum in Cyrillic by the glossary’s term', () => {
    assert.deepEqual(archives('ГАРФ. Ф. Р-9401. Оп. 2. Д. 199. Л. 12.'), [{ archive: 'ГАРФ', archiveCurrent: 'GARF' }]);
  });

  it('names a former archive by the archive that holds its records now', () => {
    assert.deepEqual(archives('TsGAOR, f. 5446, op. 1, d. 2, l. 3.'), [{ archive: 'TsGAOR', archiveCurrent: 'GARF' }]);
  });

  it('keeps the Smolensk Archive as itself: WKP is the series of its files, no other archive', () => {
    assert.deepEqual(archives('Smolensk Archive, WKP 186, l. 14.'), [{ archive: 'Smolensk Archive', archiveCurrent: undefined }]);
  });
});
