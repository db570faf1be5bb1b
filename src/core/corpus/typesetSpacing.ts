// Spacing a typesetter adds that is no word space, as text extractions write it (pdf.js and pdftotext read a thin
// space as a space): the thin space TeX sets between two quotation marks so that they make no ligature (LC's hard
// sign `’’` in romanized Russian, `s’ ’ezd`), and the spaced dots of an ellipsis (`\dots`: `rezoliutsiiakh. . . ,`).

/** Two closing quotation marks set apart inside a word: `s’ ’ezd`, `ob’ ’edinennyi`. */
const SPLIT_HARD_SIGN = /(?<=\p{L}’) (?=’\p{L})/gu;
/** Three spaced dots, not a fourth before or after them, and the space an ellipsis leaves before punctuation. */
const SPACED_ELLIPSIS = /(?<!\. ?)\. \. \.(?! ?\.)(?: (?=[,;:)\]]))?/g;

export function closeTypesetSpacing(text: string): string {
  return text.replace(SPLIT_HARD_SIGN, '').replace(SPACED_ELLIPSIS, '…');
}
