// Spacing a typesetter adds that is no word space, as text extractions write it (pdf.js and pdftotext read a thin
// space as a space): the thin space TeX sets between two quotation marks so that they make no ligature (LC's hard
// sign `’’` in romanized Russian, `s’ ’ezd`; a quotation closing inside another, `‘Joyful Light,’ ”`), and the spaced
// dots of an ellipsis (`\dots`: `rezoliutsiiakh. . . ,`).

/** Two closing quotation marks set apart inside a word: `s’ ’ezd`, `ob’ ’edinennyi`. */
const SPLIT_HARD_SIGN = /(?<=\p{L}’) (?=’\p{L})/gu;
/** A single and a double quotation mark set apart where one quotation closes or opens inside another. */
const NESTED_CLOSE = /(?<=[\p{L}\p{N}.,;:!?…][’”]) (?=[’”](?![\p{L}\p{N}]))/gu;
const NESTED_OPEN = /(?<=(?:^|[\s([])[‘“]) (?=[‘“][\p{L}\p{N}])/gu;
/** Three spaced dots, not a fourth before or after them, and the space an ellipsis leaves before punctuation. */
const SPACED_ELLIPSIS = /(?<!\. ?)\. \. \.(?! ?\.)(?: (?=[,;:)\]]))?/g;

export function closeTypesetSpacing(text: string): string {
  return text.replace(SPLIT_HARD_SIGN, '').replace(NESTED_CLOSE, '').replace(NESTED_OPEN, '').replace(SPACED_ELLIPSIS, '…');
}
