// The text as every matcher reads it (officials' names, glossary terms, romanized words, citations): composed to
// NFC, so that й typed as и + U+0306 or ä as a + U+0308 is one letter, and without the invisible characters that
// editors and PDFs leave inside words (zero-width space, non-joiner, joiner, word joiner, a stray byte order mark,
// soft hyphen), so that ob\u200Bkom is one word. What is found maps back to where it is written (see ./offsetMap).
import { OffsetMap, rewriteText, type RewrittenText } from './offsetMap';

const INVISIBLE = '\\u200B-\\u200D\\u2060\\uFEFF\\u00AD';
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE}]`);
/** A letter with the marks after it (invisible characters in between), or a run of invisible characters: the only
 * places NFC changes in practice. */
const CHANGEABLE = new RegExp(`[^${INVISIBLE}\\p{M}]?(?:[${INVISIBLE}]*\\p{M})+|[${INVISIBLE}]+`, 'gu');
/** Every character with its marks (and Hangul vowels and finals): for the rare text whose other characters NFC changes. */
const EVERY_CHARACTER = new RegExp(`[^${INVISIBLE}\\p{M}](?:[${INVISIBLE}]*[\\p{M}\\u1160-\\u11FF])*|(?:[${INVISIBLE}]*\\p{M})+|[${INVISIBLE}]+`, 'gu');

const rewrite = (piece: string): string => piece.replace(INVISIBLES, '').normalize('NFC');

export function matchingText(text: string): RewrittenText {
  if (!HAS_INVISIBLE.test(text) && text.normalize('NFC') === text) return { text, map: OffsetMap.identity };
  const quick = rewriteText(text, CHANGEABLE, rewrite);
  if (quick.text.normalize('NFC') === quick.text) return quick;
  // A compatibility character that NFC replaces alone (Ω for the ohm sign), or Hangul jamo.
  return rewriteText(text, EVERY_CHARACTER, rewrite);
}
