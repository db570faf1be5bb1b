// The commissariats, ministries and state committees named by a compound of their branch, read by their parts: the
// wartime defence-industry commissariats and the post-war ministries and state committees, as histories of the Soviet
// economy name them (Narkomaviaprom, Minugol’prom, Goskomstat; none of these words is in a held-out set).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const reading = (written: string) =>
  explainTerm(glossary, written)
    .filter(isReading)
    .map(r => r.english);

describe('opis explain: the branches of commissariats, ministries and state committees, by their parts', () => {
  it('reads a wartime commissariat by its branch in either script and in its case forms, inferred', () => {
    assert.deepEqual(reading('Наркомугля'), ['People’s Commissariat of coal']);
    assert.deepEqual(reading('Наркомморфлота'), ['People’s Commissariat of merchant (sea) fleet']);
    assert.deepEqual(reading('Наркомэлектростанций'), ['People’s Commissariat of power stations']);
    assert.deepEqual(reading('Наркомречфлота'), ['People’s Commissariat of river fleet']);
    assert.deepEqual(reading('Minsviazi'), ['Ministry of communications']);
  });

  it('gives the entry, not a reading, where the glossary has one (the defence-industry commissariats of 1939–1946)', () => {
    const terms = (written: string) => explainTerm(glossary, written).map(e => (isReading(e) ? 'a reading' : e.term));
    assert.deepEqual(terms('Наркомавиапрома'), ['NKAP']);
    assert.deepEqual(terms('Наркомбоеприпасов'), ['NKB']);
    assert.deepEqual(terms('Наркомтанкпрома'), ['Narkomtankprom']);
    assert.deepEqual(terms('Наркомлеса'), ['NKLes']);
    assert.deepEqual(terms('Narkomsviazi'), ['NKS']);
  });

  it('reads a ministry and a state committee by its branch, inferred', () => {
    assert.deepEqual(reading('Минавиапрома'), ['Ministry of aviation industry']);
    assert.deepEqual(reading('Минугольпрома'), ['Ministry of coal industry']);
    assert.deepEqual(reading('Минрадиопром'), ['Ministry of radio industry']);
    assert.deepEqual(reading('Minsel’khoz'), ['Ministry of agriculture']);
    assert.deepEqual(reading('Минкультуры'), ['Ministry of culture']);
    assert.deepEqual(reading('Минводхоза'), ['Ministry of water management']);
    assert.deepEqual(reading('Госкомстата'), ['State Committee for statistics']);
    assert.deepEqual(reading('Goskomtsen'), ['State Committee for prices']);
  });

  it('reads the autonomous republics’ bodies and the savings banks by their parts, inferred', () => {
    assert.deepEqual(reading('Татсовнаркома'), ['Tatar Council of People’s Commissars (the government)']);
    assert.deepEqual(reading('Башобкома'), [`Bashkir ${glossary.lookup('Obkom')?.english}`]);
    assert.deepEqual(reading('сберкассах'), ['savings office (kassa)']);
  });

  it('reads no common word that begins as a branch does', () => {
    for (const written of ['радиостанция', 'танкисты', 'лесами', 'минус', 'авиатор', 'tankers', 'radios', 'ministers', 'statute', 'Tatar', 'bashful', 'касса']) {
      assert.deepEqual(reading(written), [], written);
    }
  });
});
