// Text extractions built to be slow or to break `opis import`: each of `n` units (lines, notes, pages, characters),
// so that a doubling series shows how the importer's time grows. Generated, never committed as files.

const lines = (n: number, line: (i: number) => string, end = '\n'): string => Array.from({ length: n }, (_, i) => line(i)).join(end) + end;

/** A short paragraph of prose with a note's marker, and the note: the smallest text the importer reads as an article. */
const withNote = (body: string): string => `${body}\nA claim of the article.1\n\n1. GARF, f. 5446, op. 1, d. 12, l. 4.\n`;

export const importTexts: Record<string, (n: number) => string> = {
  /** One short line each, no empty line: one paragraph of `n` lines. */
  'lines of one letter': n => lines(n, () => 'a'),
  /** One line of `n` characters of words. */
  'one line of words': n => 'word '.repeat(n / 5) + '\n',
  /** `n` short paragraphs parted by empty lines. */
  'short paragraphs': n => lines(n, i => `Line ${i}.\n`),
  /** One line of `n` words with numbers a note's marker could be. */
  'one line of numbered words': n => Array.from({ length: n }, (_, i) => `claim${i + 1} text.`).join(' ') + '\n',
  /** Lines that are page numbers alone. */
  'page numbers alone': n => lines(n, i => String(i % 1000)),
  /** Nothing but form feeds: `n` empty pages. */
  'form feeds': n => '\f'.repeat(n),
  /** One word of `n` letters. */
  'one word': n => 'a'.repeat(n) + '\n',
  /** Lines numbered like notes, with no text referring to them. */
  'numbered lines': n => lines(n, i => `${i + 1}. GARF, f. ${i}, op. 1, d. 2, l. 3.`),
  /** A body of `n` sentences with markers and a note section of `n` notes. */
  'a note section': n => `${lines(n, i => `Claim ${i} of the article.${i + 1}`)}\nNotes\n\n${lines(n, i => `${i + 1}. GARF, f. ${i}, op. 1, d. 2, l. 3.`)}`,
  /** Pages of a running head, a line and a page number each. */
  'running heads': n => lines(n, i => `JOURNAL OF SOVIET HISTORY\n\nThe obkom met in ${i}.\n${i + 1}`, '\f'),
  /** Lines ending in a soft hyphen. */
  'soft hyphens': n => withNote(lines(n, () => 'the kol\u00adkhoz and the sov\u00ad')),
  /** Lines ending in a hyphen. */
  'lines ending in hyphens': n => withNote(lines(n, () => 'the kolkhoz and the sov-')),
  /** Lines of punctuation only. */
  'punctuation lines': n => withNote(lines(n, () => '.,;:!?—…')),
  /** Lines parted by a carriage return alone. */
  'carriage returns': n => withNote(lines(n, () => 'The raikom met and', '\r')),
  /** Cyrillic prose. */
  Cyrillic: n => withNote(lines(n, () => 'Обком партии собрался и')),
  /** A NUL byte in every line. */
  'NUL bytes': n => lines(n, () => 'a\u0000b'),
};
