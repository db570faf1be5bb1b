// English names of bodies as English scholarship writes them: without the body an entry's gloss attaches them to (the
// Council of Labour and Defence of the Sovnarkom is the Council of Labour and Defence), in American spelling (Defense,
// Labor) and with -izational for -isational. The nineteenth held-out set met the Council of Labor and Defense and the
// State Committee for Defense; the names here are other bodies' or other spellings.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('opis explain: English names of bodies', () => {
  it('finds a body without the body its gloss attaches it to', () => {
    assert.deepEqual(terms('Council of Labour and Defence'), ['STO']);
    assert.deepEqual(terms('Evacuation Council'), ['Sovet po evakuatsii']);
    assert.deepEqual(terms('Political Bureau'), ['Politbiuro']);
    assert.deepEqual(terms('Urals Bureau'), ['Uralbiuro']);
    assert.deepEqual(terms('Council for Religious Affairs'), ['SDR']);
    assert.deepEqual(terms('Main Political Administration'), ['GlavPU']);
    assert.deepEqual(terms('Central Archive'), []);
  });

  it('reads American spellings, -izational, youth for young and an English siglum', () => {
    assert.deepEqual(terms('State Defense Committee'), ['GKO']);
    assert.deepEqual(terms('Organizational Bureau'), ['Orgbiuro']);
    assert.deepEqual(terms('Young Communist League'), ['Komsomol']);
    assert.deepEqual(terms('Communist Youth League'), ['Komsomol']);
    assert.deepEqual(terms('Communist Youth International'), ['KIM']);
    assert.deepEqual(terms('WPI'), ['Rabkrin']);
    assert.deepEqual(terms('Communist Union of Youth'), ['Komsomol']);
    assert.deepEqual(terms('Union of Militant Godless'), ['SVB']);
  });

  it('keeps the order of two words: the Soviet Union is no Soviet of the Union', () => {
    assert.deepEqual(terms('Soviet Union'), ['SSSR']);
    assert.deepEqual(terms('Soviet of the Union'), ['Sovet Soiuza']);
    assert.deepEqual(terms('Main Camp Administration'), ['Gulag']);
  });

  it('takes no common word of such a name for the body', () => {
    assert.deepEqual(terms('Council'), []);
    assert.deepEqual(terms('Bureau'), []);
    assert.deepEqual(terms('defense'), []);
  });

  it('reads a body the glossary lacks by its English kind, the field as written, as an inference', () => {
    const [ministry] = explainTerm(glossary, 'Ministry of Medium Machine Building');
    assert.ok(isReading(ministry));
    assert.equal(ministry.expansion, 'ministerstvo');
    assert.match(ministry.english, /^Ministry of Medium Machine Building \(an English name read by the body's kind/u);
    const [committee] = explainTerm(glossary, 'State Committee for Science and Technology');
    assert.ok(isReading(committee));
    assert.match(committee.english, /^State Committee for Science and Technology /u);
    assert.match(explainTerm(glossary, 'ministry of agriculture')[0].english, /^Ministry of agriculture /u);
  });

  it('keeps the entries English names give and the romanized plural of ministr', () => {
    assert.deepEqual(terms('Ministry of Internal Affairs'), ['MVD']);
    assert.deepEqual(terms("People's Commissariat of Enlightenment"), ['Narkompros']);
    assert.match(explainTerm(glossary, 'ministry vnutrennikh del')[0].english, /^Minister of internal affairs/u);
  });
});
