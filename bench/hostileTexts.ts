// Articles built to be slow: every reference in one paragraph, a note of nothing but spaces, one word of 200,000
// letters, thousands of distinct notes. The benchmarks time the core on them; the extension-host test indexes them.

const NOTE = '[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n';

/** `n` references to one note, `perParagraph` to a paragraph. */
export const refs = (n: number, perParagraph: number): string =>
  Array.from({ length: n / perParagraph }, (_, p) => Array.from({ length: perParagraph }, (_, i) => `word${p}x${i}[^1]`).join(' ')).join('\n\n') + `\n\n${NOTE}`;

/** A note of `n` characters, all spaces but one letter in every `run`. */
export const spacedNote = (n: number, run: number): string => `Text.[^1]\n\n[^1]: ${Array.from({ length: n / run }, () => ' '.repeat(run - 1) + 'a').join('')}\n`;

/** `n` letters in words of `length` (one word when they are equal). */
export const words = (n: number, length: number): string => `# Title\n\n${Array.from({ length: n / length }, () => 'a'.repeat(length - 1)).join(' ')}.\n`;

/** `n` claims, each with a note of its own citing a different fond, numbered from `from`. */
export const notes = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `Claim ${from + i} of the article.[^${from + i + 1}]`).join('\n\n') + '\n\n' +
  Array.from({ length: n }, (_, i) => `[^${from + i + 1}]: GARF, f. ${from + i}, op. 2, d. 3, l. 4.`).join('\n') + '\n';

/** A paragraph of nothing but the marks of `run` after its first words, in lines of `width` when given. */
export const marks = (run: string, width?: number): string =>
  `Text.[^1] ${width ? run.replace(new RegExp(`(.{${width}})(?=.)`, 'gs'), '$1\n') : run}\n\n${NOTE}`;

/** `n` brackets opened, then as many closed: a paragraph of marks with no word to cut at. */
export const brackets = (n: number, width?: number): string => marks('['.repeat(n) + ']'.repeat(n), width);

/** A claim under `n` quote markers on one line. */
export const deepQuote = (n: number): string => `${'>'.repeat(n)} A claim.[^1]\n\n${NOTE}`;

/** A list nested `n` deep by indentation (its size grows with the square of `n`). */
export const deepList = (n: number): string => `${Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n')}\n\nA claim.[^1]\n\n${NOTE}`;

/** A table of `n` rows, as a data appendix prints a register of files: one block the parser reads cell by cell. */
export const table = (n: number): string =>
  `A register.[^1]\n\n| No. | Archive | File |\n| --: | --- | --- |\n${Array.from({ length: n }, (_, i) => `| ${i} | GARF, f. ${i} | *Obkom* report${i % 10 ? '' : '[^1]'} |`).join('\n')}\n\n${NOTE}`;
