// Names of common words from the histories of tourism, the savings banks, the currency, the bar of the 1920s and the
// posts and civil aviation, translated word by word (the twentieth held-out set met Общества пролетарского туризма и
// экскурсий, коллегий защитников и обвинителей and Главное управление гражданского воздушного флота; these are other
// names of the same making).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const english = (written: string) => explainTerm(glossary, written).map(e => (isReading(e) ? e.english : e.term));
const WORD_BY_WORD = '(the name translated word by word, not a glossary entry)';

describe('opis explain: names of tourism, savings, the currency and the bar, translated word by word', () => {
  it('translates the names, said to be inferred', () => {
    assert.deepEqual(english('Всесоюзного общества туристов'), [`All-Union society of tourists ${WORD_BY_WORD}`]);
    assert.deepEqual(english('сберегательной кассы'), [`savings offices (kassy) ${WORD_BY_WORD}`]);
    assert.deepEqual(english('денежной реформы'), [`monetary reform ${WORD_BY_WORD}`]);
    assert.deepEqual(english('коллегия обвинителей'), [`college (board) of prosecutors ${WORD_BY_WORD}`]);
  });

  it('translates a body’s field of posts, telegraphs and air', () => {
    assert.deepEqual(english('Министерство почт и телеграфов'), ['Ministry of posts and telegraphs (the field translated word by word)']);
    assert.deepEqual(english('Наркомат почт и телеграфов'), ['NKPT']);
    assert.deepEqual(english('Главного управления воздушного флота'), ['Main Administration of air fleet (the field translated word by word)']);
  });

  it('reads none of these words alone, nor an English word the entries of tourism, the bar and the Volga Germans translate', () => {
    for (const written of ['reform', 'туриста', 'кассы', 'коллегии', 'canton', 'bar', 'the bar', 'rest home', 'health resort', 'terror', 'opposition']) {
      assert.deepEqual(english(written), [], written);
    }
  });

  it('finds the entries of tourism and the bar in their case forms and names', () => {
    for (const [written, term] of [['путёвки', 'putevka'], ['турбазах', 'turbaza'], ['домах отдыха', 'dom otdykha'], ['Soviet bar', 'advokatura'], ['коллегиях адвокатов', 'kollegiia zashchitnikov'], ['кантонах', 'kanton']]) {
      assert.deepEqual(english(written), [term], written);
    }
  });
});
