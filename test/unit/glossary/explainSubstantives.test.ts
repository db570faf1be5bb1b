// An adjective used as a noun (krasnye, the Reds; belye; besprizornye; voennoplennye; upolnomochennyi) in the forms
// texts give it, and the same adjective before a noun it qualifies, which names something else: the Red Cross (Красный
// Крест), the Red partisans and the White army (красные партизаны, белая армия, as in the histories of the Civil War),
// the Krasnyi Oktiabr' works of Moscow and Stalingrad, Soviet prisoners of war and homeless children named with their
// noun.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, wordGloss, wordGlossBefore } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);
const found = (text: string) => glossary.findAll(text).map(m => m.entry.term);

describe('opis explain: an adjective used as a noun', () => {
  it('reads the plural case forms of a plural one as its entry, in either script', () => {
    for (const written of ['красных', 'krasnykh', 'красными', 'Krasnye']) assert.deepEqual(terms(written), ['krasnye'], written);
    for (const written of ['белых', 'belykh', 'белыми']) assert.deepEqual(terms(written), ['belye'], written);
    for (const written of ['беспризорных', 'besprizornykh']) assert.deepEqual(terms(written), ['besprizornye'], written);
    for (const written of ['военнопленных', 'voennoplennykh', 'военнопленными']) assert.deepEqual(terms(written), ['voennoplennye'], written);
  });

  it('reads a singular only where the entry gives one (besprizornyi, upolnomochennyi), not the adjective krasnyi', () => {
    for (const written of ['krasnyi', 'Красный', 'красная', 'krasnogo', 'белый', 'белая', 'белого']) assert.deepEqual(terms(written), [], written);
    assert.deepEqual(terms('беспризорного'), ['besprizornye']);
    assert.deepEqual(terms('уполномоченного'), ['upolnomochennyi']);
  });

  it('is no entry before a noun it qualifies, and a phrase so begun is not explained by it', () => {
    for (const written of ['Красный Октябрь', 'Красный Крест', 'Krasnyi Krest', 'красные партизаны', 'krasnye partizany', 'белая армия', 'белые генералы', 'беспризорных детей', 'военнопленных немцев']) {
      assert.deepEqual(terms(written), [], written);
    }
  });

  it('stays the entry before a preposition, a conjunction, a siglum, a body or an English word', () => {
    assert.deepEqual(terms('красные и белые'), ['krasnye', 'belye']);
    assert.deepEqual(terms('уполномоченных по делам религий'), ['upolnomochennyi']);
    assert.deepEqual(terms('уполномоченные ГКО'), ['upolnomochennyi', 'GKO']);
    assert.deepEqual(terms('уполномоченного Наркомзема'), ['upolnomochennyi', 'NKZem']);
    assert.deepEqual(found('the besprizornye children of the 1920s'), ['besprizornye']);
  });

  it('is found in a document only where it stands alone, as the editor’s hovers read it', () => {
    assert.deepEqual(found('bands of krasnye partizany and the belye'), ['belye']);
    assert.deepEqual(found('отряды военнопленных немцев'), []);
    assert.deepEqual(found('судьба военнопленных после войны'), ['voennoplennye']);
    assert.equal(wordGlossBefore(glossary, 'krasnykh', ' partizan'), undefined);
    assert.equal(wordGlossBefore(glossary, 'krasnykh', ', the Whites')?.term, 'krasnye');
    assert.equal(wordGloss(glossary, 'krasnyi'), undefined);
  });
});
