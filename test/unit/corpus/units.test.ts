import * as assert from 'node:assert/strict';
import { tokenizeRaw } from '../../../src/core/corpus/rawTokens';
import { decodeQuadrupled } from '../../../src/core/corpus/quadrupled';
import { findGluedMarker } from '../../../src/core/corpus/gluedMarkers';
import { joinLines } from '../../../src/core/corpus/joinLines';
import { nameCase, sentenceCase, spellingCensus } from '../../../src/core/corpus/titleCase';
import { escapeBlockStart, inlineMarkdown } from '../../../src/core/corpus/inlineMarkdown';
import { FRAME } from './rawLayout';

describe('corpus importer building blocks', () => {
  describe('tokenizeRaw', () => {
    it('tells printed-line breaks, direct lines and font-change frames apart', () => {
      const tokens = tokenizeRaw(`one\n\ntwo\nthree${FRAME}four`);
      assert.deepEqual(tokens.map(t => [t.text, t.gap]), [['one', 'none'], ['two', 'blank'], ['three', 'none'], ['four', 'frame']]);
    });

    it('reads a lone space between two frames as a one-space run, not as a third frame', () => {
      const tokens = tokenizeRaw(`(Sverdlovsk, 1927):${FRAME} ${FRAME}131.`);
      assert.deepEqual(tokens.map(t => [t.text, t.gap]), [['(Sverdlovsk, 1927):', 'none'], [' ', 'frame'], ['131.', 'frame']]);
    });

    it('turns U+FFFD between initials into a space', () => {
      assert.equal(tokenizeRaw('A.\uFFFDI.\uFFFDKokurin')[0].text, 'A. I. Kokurin');
    });
  });

  describe('decodeQuadrupled', () => {
    it('decodes headings, spaces and quotes included', () => {
      assert.equal(decodeQuadrupled(' OOOOGGGGPPPPUUUU    aaaannnndddd    tttthhhheeee    ““““ppppllllaaaannnn””””'), 'OGPU and the “plan”');
    });

    it('rejects ordinary text and bare rules', () => {
      assert.equal(decodeQuadrupled('Moscow committee'), undefined);
      assert.equal(decodeQuadrupled('--------'), undefined);
    });
  });

  describe('findGluedMarker', () => {
    it('finds markers glued to words and punctuation', () => {
      assert.equal(findGluedMarker('of growth.42 Nevertheless', 42), 10);
      assert.equal(findGluedMarker('their reversal.”45 The', 45), 16);
      assert.equal(findGluedMarker('often exceeded 50%.87 Like', 87), 19);
      assert.equal(findGluedMarker('Kazakhstan,55 and', 55), 11);
    });

    it('reads a year followed by a marker as the year and the marker', () => {
      assert.equal(findGluedMarker('1935.62 This even', 62), 5);
    });

    it('leaves real numbers alone', () => {
      assert.equal(findGluedMarker('from 6.5 million to', 5), -1);
      assert.equal(findGluedMarker('in 1928-1929 the', 29), -1);
      assert.equal(findGluedMarker('in 1936-38 the', 38), -1);
      assert.equal(findGluedMarker('versus 1,300 in', 300), -1);
      assert.equal(findGluedMarker('2 million rubles', 2), -1);
      assert.equal(findGluedMarker('the X42a prototype', 42), -1);
    });
  });

  describe('joinLines', () => {
    it('joins printed lines with a space', () => {
      assert.equal(joinLines('the local', 'party'), 'the local party');
    });

    it('keeps hyphens of compounds and ranges but mends a word split for the line', () => {
      assert.equal(joinLines('the Trotskyist-', 'Zinovievite band'), 'the Trotskyist-Zinovievite band');
      assert.equal(joinLines('ll. 136-', '137.'), 'll. 136-137.');
      assert.equal(joinLines('mutual back-', 'scratching'), 'mutual back-scratching');
      assert.equal(joinLines('I immediately unders-', 'tood that'), 'I immediately understood that');
    });

    it('runs a slash-joined compound on without a space', () => {
      assert.equal(joinLines('the Cheka/', 'OGPU tended'), 'the Cheka/OGPU tended');
    });
  });

  describe('title block casing', () => {
    it('restores sentence case, keeping the capitals the article itself uses mid-sentence', () => {
      const census = spellingCensus('Leaders in the Urals met. The party in the Urals and the NKVD agreed.');
      assert.equal(sentenceCase('THE PARTY? THE NKVD IN THE URALS', census), 'The party? The NKVD in the Urals');
    });

    it('capitalises every part of a name', () => {
      assert.equal(nameCase('JAMES HARRIS'), 'James Harris');
      assert.equal(nameCase('ANNE-MARIE O’NEILL'), 'Anne-Marie O’Neill');
    });
  });

  describe('inlineMarkdown', () => {
    const text = (t: string, italic = false) => ({ kind: 'text' as const, text: t, italic });

    it('writes italics with the spaces outside the asterisks', () => {
      assert.equal(inlineMarkdown([text('the '), text(' Obkom ', true), text('bureau')]), 'the *Obkom* bureau');
    });

    it('never leaves an italic broken mid-word', () => {
      assert.equal(inlineMarkdown([text('Inside Stalin’s secret polic', true), text('e (Stanford, 1985)')]), '*Inside Stalin’s secret police* (Stanford, 1985)');
    });

    it('puts references right after the text and escapes Markdown syntax in the text', () => {
      assert.equal(inlineMarkdown([text('a * b [^x] '), { kind: 'ref', n: 3 }]), 'a \\* b \\[^x][^3]');
    });

    it('keeps a paragraph that starts with a number from becoming a list', () => {
      assert.equal(escapeBlockStart('1936. was hard'), '1936\\. was hard');
      assert.equal(escapeBlockStart('1936 was hard'), '1936 was hard');
    });
  });
});
