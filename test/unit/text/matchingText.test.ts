// Matching reads text composed (NFC) and without the invisible characters left inside words, and reports what it
// finds where it is written; LF, CRLF and a lone CR give the same positions.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNote } from '../../../src/core/citations';
import { Glossary, type GlossaryEntry } from '../../../src/core/glossary';
import { MentionFinder, mentionRange } from '../../../src/core/officials/mentions';
import type { Official } from '../../../src/core/officials/model';
import { matchingText } from '../../../src/core/text/matchingText';
import { rewriteText } from '../../../src/core/text/offsetMap';
import { LineIndex } from '../../../src/core/text/range';
import { analyseText, convertText, detectRomanized, Lexicon } from '../../../src/core/translit';

const ZWSP = '\u200B';
const ZWJ = '\u200D';
const SOFT_HYPHEN = '\u00AD';
const BREVE = '\u0306';
/** Николай with its й typed as и and a combining breve. */
const NIKOLAI_DECOMPOSED = `Николаи${BREVE}`;

const term = (name: string, english: string, cyrillic: string): GlossaryEntry => ({ term: name, kind: 'term', expansion: name, english, cyrillic });
const glossary = new Glossary([term('okrug', 'district', 'округ'), term('raion', 'district', 'район')]);
const official = (id: string, surname: string, given: string, cyrillic: string): Official => ({ id, surname, given, cyrillic, roles: [{ title: 'secretary' }] });
const officials = new MentionFinder([
  official('kaganovich', 'Kaganovich', 'Lazar Moiseevich', 'Лазарь Моисеевич Каганович'),
  official('rakosi', 'Rákosi', 'Mátyás', 'Матьяш Ракоши'),
]);
const written = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('text as matching reads it', () => {
  it('composes decomposed Cyrillic and drops zero-width characters, with offsets mapped both ways', () => {
    const text = `${NIKOLAI_DECOMPOSED} Ежов, ob${ZWSP}kom`;
    const read = matchingText(text);
    assert.equal(read.text, 'Николай Ежов, obkom');
    assert.deepEqual(read.map.spanToOriginal({ start: 0, end: 7 }), { start: 0, end: 8 });
    assert.equal(read.map.toOriginal(8), 9, 'Ежов starts one later in the written text');
    assert.deepEqual(read.map.spanToOriginal({ start: 14, end: 19 }), { start: 15, end: 21 });
    assert.equal(read.map.toOriginal(16, 'start'), 18, 'a start after a dropped character is after it');
    assert.equal(read.map.toOriginal(16, 'end'), 17, 'an end before a dropped character is before it');
    assert.equal(read.map.toRewritten(7, 'start'), 6, 'inside a composed letter, a start is the letter\'s start');
    assert.equal(read.map.toRewritten(7, 'end'), 7);
  });

  it('leaves composed text without invisible characters as it is, at no cost of a map', () => {
    const read = matchingText('Stalin’s obkom, Николай');
    assert.equal(read.text, 'Stalin’s obkom, Николай');
    assert.ok(read.map.isIdentity);
  });

  it('composes a character NFC replaces on its own (the ohm sign)', () => {
    assert.equal(matchingText('10 \u2126 and й').text, '10 \u03A9 and й');
  });

  it('maps every span back to a stretch of the original that reads as it', () => {
    const piece = fc.constantFrom('a', 'и', 'й', 'e', BREVE, '\u0301', '\u0308', ZWSP, ZWJ, SOFT_HYPHEN, '\u2060', ' ', '\r', '\n', 'Ω');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const original = pieces.join('');
        const { text, map } = matchingText(original);
        assert.equal(text.normalize('NFC').replace(/[\u200B-\u200D\u2060\u00AD]/g, ''), text);
        const [i, j] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const span = map.spanToOriginal({ start: i, end: j });
        assert.ok(span.start <= span.end && span.end <= original.length);
        assert.ok(matchingText(written(original, span)).text.includes(text.slice(i, j)), `${JSON.stringify(original)} [${i}, ${j})`);
        assert.ok(map.toOriginal(i, 'start') <= map.toOriginal(j, 'start') && map.toOriginal(i, 'end') <= map.toOriginal(j, 'end'));
      }),
      { seed: 20, numRuns: 3000 },
    );
  });

  it('rewrites any pattern with the same map: runs of spaces made one', () => {
    const { text, map } = rewriteText('f.  17,\n\top. 3', /\s+/g, () => ' ');
    assert.equal(text, 'f. 17, op. 3');
    assert.equal(map.toOriginal(text.indexOf('op')), 9);
    assert.equal(map.toRewritten(9), text.indexOf('op'));
  });
});

describe('matchers read composed text without invisible characters', () => {
  it('officials: a joiner inside a name and a decomposed accent, found where they are written', () => {
    const text = `Letters of L. M. Kagano${ZWJ}vich\nand of Ra\u0301kosi.`;
    const mentions = officials.find(text);
    assert.deepEqual(mentions.map(m => [m.officialId, m.text, written(text, m)]), [
      ['kaganovich', 'L. M. Kaganovich', `L. M. Kagano${ZWJ}vich`],
      ['rakosi', 'Rákosi', 'Ra\u0301kosi'],
    ]);
    assert.deepEqual(mentionRange(mentions[1]), { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } });
  });

  it('glossary: terms with a zero-width space or a soft hyphen inside, in running text and looked up', () => {
    const text = `the okr${ZWSP}ug and the rai${SOFT_HYPHEN}on`;
    assert.deepEqual(glossary.findAll(text).map(m => [m.entry.term, m.text, written(text, m)]), [
      ['okrug', 'okrug', `okr${ZWSP}ug`],
      ['raion', 'raion', `rai${SOFT_HYPHEN}on`],
    ]);
    assert.equal(glossary.lookup(`okr${ZWSP}ug`)?.term, 'okrug');
  });

  it('romanized words: one word across a zero-width space, ALA-LC ĭ composed', () => {
    const text = `The ob${ZWSP}kom wrote to Mikhai${BREVE}lovich.`;
    const words = detectRomanized(text);
    assert.deepEqual(words.map(w => [w.text, written(text, w)]), [
      ['obkom', `ob${ZWSP}kom`],
      ['Mikhaĭlovich', `Mikhai${BREVE}lovich`],
    ]);
  });

  it('conversion: decomposed Cyrillic romanizes as composed, a split word converts whole', () => {
    assert.equal(convertText(`${NIKOLAI_DECOMPOSED} Ежов`, 'lc'), convertText('Николай Ежов', 'lc'));
    assert.equal(convertText(`${NIKOLAI_DECOMPOSED} Ежов`, 'lc'), 'Nikolai Ezhov');
    assert.equal(convertText(`ob${ZWSP}kom`, 'cyrillic'), 'обком');
  });

  it('citations: a note with decomposed Cyrillic or a zero-width space parses as the clean note', () => {
    const russian = 'Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М., 2010. С. 95.';
    assert.deepEqual(parseNote(russian.replace('й', `и${BREVE}`)), parseNote(russian));
    const [citation] = parseNote(`RGA${ZWSP}SPI, f. 17, op. 3, d. 1${SOFT_HYPHEN}2, l. 4.`).map(p => p.citation);
    assert.deepEqual([citation.archive, citation.fond, citation.opis, citation.delo, citation.folios], ['RGASPI', '17', '3', '12', '4']);
  });
});

describe('line endings for the matchers', () => {
  const LINES = [
    'An opening ‘quote that never closes',
    'oblast’ secretaries and the okrug, as L. M. Kaganovich wrote;',
    'the raikom of Mikhailovka.',
  ];
  const sources = { lexicon: Lexicon.empty, glossary, officials };

  it('LF, CRLF and a lone CR give the same lines and characters for names, terms and romanized words', () => {
    const shape = (eol: string) => {
      const text = LINES.join(eol);
      const lines = new LineIndex(text);
      const at = (found: { start: number; end: number; text: string }[]) => found.map(f => [f.text, lines.rangeOf(f.start, f.end)]);
      const { romanized, glossary: terms, officials: names } = analyseText(text, sources);
      return { romanized: at(romanized), terms: at(terms), names: at(names), ranges: names.map(mentionRange) };
    };
    const lf = shape('\n');
    assert.ok(lf.romanized.some(([word]) => word === 'oblast’'), 'the sign after oblast is read as a soft sign on a line of its own');
    assert.deepEqual(lf.names, [['L. M. Kaganovich', { start: { line: 1, character: 38 }, end: { line: 1, character: 54 } }]]);
    assert.deepEqual(shape('\r\n'), lf);
    assert.deepEqual(shape('\r'), lf);
  });
});
