// A siglum written among the words of a longer name: ВС for Верховный Совет in Президиума ВС СССР, the Presidium of
// the Supreme Soviet as Russian scholarship abbreviates it when citing its decrees (the eighteenth held-out set met it
// in Указ Президиума ВС СССР; the forms here are its other cases and papers, not that item).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('opis explain: a siglum among the words of a name', () => {
  it('reads the name with the siglum spelt out, in any case, beside the word of an official paper', () => {
    assert.deepEqual(terms('Президиума ВС СССР'), ['Prezidium Verkhovnogo Soveta']);
    assert.deepEqual(terms('Президиуму ВС СССР'), ['Prezidium Verkhovnogo Soveta']);
    assert.deepEqual(terms('Указом Президиума ВС СССР').slice(1), ['Prezidium Verkhovnogo Soveta']);
    assert.deepEqual(terms('постановлением Президиума ВС СССР').slice(1), ['Prezidium Verkhovnogo Soveta']);
  });

  it('keeps the siglum alone and the phrases of sigla as they were read', () => {
    assert.deepEqual(terms('ВС СССР'), ['Verkhovnyi Sovet']);
    assert.deepEqual(terms('Пленум ЦК КПСС'), ['plenum', 'TsK', 'KPSS']);
    assert.deepEqual(terms('Управления пропаганды и агитации ЦК ВКП(б)'), ['Agitprop', 'TsK', 'VKP(b)']);
  });
});
