import assert from 'node:assert/strict';
import { findMentions, mentionRange, type Mention } from '../../../src/core/officials/mentions';
import type { Official } from '../../../src/core/officials/model';
import { articleText, bundled } from './fixtures';

const person = (id: string, surname: string, extra: Partial<Official> = {}): Official => ({ id, surname, cyrillic: 'Х', roles: [], ...extra });
const roster: Official[] = [
  person('kabakov', 'Kabakov', { given: 'Ivan Dmitrievich' }),
  person('kaganovich', 'Kaganovich', { given: 'Lazar Moiseevich' }),
  person('stalin', 'Stalin'),
  person('girbasov', 'Girbasov', { given: 'Petr Afanas’evich' }),
  person('mrachkovskii', 'Mrachkovskii', { given: 'Sergei' }),
  person('chubar', 'Chubar’', { initials: 'V. Ia.' }),
  person('beriia', 'Beriia'),
  person('trotsky', 'Trotsky'),
  person('khrushchev', 'Khrushchev', { initials: 'N. S.' }),
  person('petrov-a', 'Petrov', { initials: 'A. B.' }),
  person('petrov-n', 'Petrov', { initials: 'N. V.' }),
];
const brief = (mentions: Mention[]) => mentions.map(m => `${m.officialId}:${m.text}`);

describe('mention finder', () => {
  it('finds initials + surname, with the initials in the range', () => {
    const [m] = findMentions('The chairman I. D. Kabakov, among others', roster);
    assert.deepEqual([m.officialId, m.text, m.form, m.start, m.end], ['kabakov', 'I. D. Kabakov', 'initials', 13, 26]);
    assert.deepEqual(mentionRange(m), { start: { line: 0, character: 13 }, end: { line: 0, character: 26 } });
  });

  it('finds a surname alone and a possessive, whose range stops before ’s', () => {
    const mentions = findMentions('Stalin told them.\nParty secretaries repeated Stalin’s phrases.', roster);
    assert.deepEqual(brief(mentions), ['stalin:Stalin', 'stalin:Stalin']);
    assert.equal(mentions[1].possessive, true);
    assert.deepEqual(mentionRange(mentions[1]), { start: { line: 1, character: 27 }, end: { line: 1, character: 33 } });
  });

  it('reads the genitive of archival file titles, with the given names that follow', () => {
    const mentions = findMentions('d. 17368 Delo Kabakova, Ivana Dmitrievicha, l. 75; d. 72 Delo Kabakova, t. 1, l. 59.', roster);
    assert.deepEqual(brief(mentions), ['kabakov:Kabakova, Ivana Dmitrievicha', 'kabakov:Kabakova']);
    assert.deepEqual(mentions.map(m => [m.inflected, m.form]), [[true, 'full'], [true, 'surname']]);
  });

  it('reads given names before a genitive surname (Lichnoe delo Lazara Moiseevicha Kaganovicha)', () => {
    for (const patronymic of ['Moiseevicha', 'Moiseevich']) {
      const text = `RGASPI, f. 81 Lichnoe delo Lazara ${patronymic} Kaganovicha, op. 3`;
      const [m] = findMentions(text, roster);
      assert.equal(m.officialId, 'kaganovich');
      assert.equal(m.text, `Lazara ${patronymic} Kaganovicha`);
      assert.equal(m.start, text.indexOf('Lazara'));
    }
  });

  it('accepts a misprinted case ending of a patronymic', () => {
    const [m] = findMentions('Delo Girbasova, Petra Afanas’eva (technical director)', roster);
    assert.equal(m.text, 'Girbasova, Petra Afanas’eva');
  });

  it('includes a given name that precedes the surname', () => {
    assert.deepEqual(brief(findMentions('the Opposition, Sergei Mrachkovskii and others', roster)), ['mrachkovskii:Sergei Mrachkovskii']);
  });

  it('reads other case forms: adjectival, soft sign, -ia', () => {
    const text = 'o Mrachkovskom; pis’mo Chubaria; prikaz Berii; Trotskogo';
    assert.deepEqual(brief(findMentions(text, roster)), ['mrachkovskii:Mrachkovskom', 'chubar:Chubaria', 'beriia:Berii', 'trotsky:Trotskogo']);
  });

  it('keeps the soft sign of a surname and trailing initials in a title', () => {
    assert.deepEqual(brief(findMentions('V. Ia. Chubar’ (Ukraine); Doklad sekretaria TsK Khrushcheva, N. S., ob izmeneniiakh', roster)), [
      'chubar:V. Ia. Chubar’',
      'khrushchev:Khrushcheva, N. S.',
    ]);
  });

  it('does not take longer words for names, nor lower-case words', () => {
    assert.deepEqual(findMentions('the Trotskyist-Zinovievite band; Stalinist terror; stalin', roster), []);
  });

  it('tells namesakes apart by their initials, and drops initials that fit nobody', () => {
    assert.deepEqual(brief(findMentions('N. V. Petrov and A. B. Petrov met K. L. Petrov', roster)), ['petrov-n:N. V. Petrov', 'petrov-a:A. B. Petrov']);
    assert.deepEqual(brief(findMentions('Petrov spoke.', roster)).sort(), ['petrov-a:Petrov', 'petrov-n:Petrov']);
  });

  it('spans a line break between initials and surname', () => {
    const [m] = findMentions('senior geologist D. F.\nMurashev for', [person('murashev', 'Murashev', { initials: 'D. F.' })]);
    assert.deepEqual(mentionRange(m), { start: { line: 0, character: 17 }, end: { line: 1, character: 8 } });
  });

  it('finds every official of the bundled file in the bundled article', () => {
    const mentions = findMentions(articleText, bundled.officials);
    const named = new Set(mentions.map(m => m.officialId));
    const missing = bundled.officials.filter(official => !named.has(official.id)).map(official => official.id);
    assert.deepEqual(missing, []);
    assert.ok(mentions.filter(m => m.officialId === 'kabakov').length >= 15);
    for (const m of mentions) assert.equal(articleText.slice(m.start, m.end), m.text);
  });

  it('finds a surname of several words whole, a particle left out or not, never the second part of a double surname alone', () => {
    const people = [
      person('la-guardia', 'La Guardia', { given: 'Fiorello' }),
      person('ribbentrop', 'von Ribbentrop', { given: 'Joachim' }),
      person('vorontsov-dashkov', 'Vorontsov-Dashkov', { given: 'Illarion' }),
      person('dashkov', 'Dashkov'),
    ];
    const text = 'Fiorello La Guardia met Joachim von Ribbentrop; Ribbentrop’s aide saw Vorontsov-Dashkov, not Dashkov.';
    const found = findMentions(text, people).map(m => `${m.officialId}: ${m.text}`);
    assert.deepEqual(found, ['la-guardia: Fiorello La Guardia', 'ribbentrop: Joachim von Ribbentrop', 'ribbentrop: Ribbentrop', 'vorontsov-dashkov: Vorontsov-Dashkov', 'dashkov: Dashkov']);
  });
});
