// Hostile inputs against benign inputs of the same size (ratio ≤ 2.5), doubling series of the core paths
// (ratio ≤ 2.5 per doubling, where a quadratic path gives 4), and one file of 60,000 notes against a bare
// remark + GFM parse of the same notes as 60 files of 1,000 (≤ 3).
import { defineBenches, type Bench } from './bench';
import { buildOutline } from '../src/core/argument';
import { lintMarkdown } from '../src/core/corpus/lint';
import { buildDocumentIndex } from '../src/core/document';
import { parseMarkdown } from '../src/core/document/markdownParser';
import { detectRomanized } from '../src/core/translit';
import { brackets, deepList, deepQuote, marks, notes, refs, spacedNote, table, words } from './hostileTexts';

const outline = (text: string) => buildOutline(buildDocumentIndex(text), undefined);

/** A hostile input and a benign one of the same size, run through the same path. */
function pair(name: string, path: (text: string) => unknown, hostile: string, benign: string): Bench[] {
  return [
    { name: `hostile: ${name} (benign)`, run: () => path(benign), iterations: 5 },
    { name: `hostile: ${name}`, run: () => path(hostile), iterations: 5, ratioTo: `hostile: ${name} (benign)`, maxRatio: 2.5 },
  ];
}

/** The same path on n and 2n units of one input. */
function doubling(name: string, path: (text: string) => unknown, input: (n: number) => string, n: number): Bench<string>[] {
  return [
    { name: `doubling: ${name} ×1`, setup: () => input(n), run: (text: string) => path(text), iterations: 5 },
    { name: `doubling: ${name} ×2`, setup: () => input(2 * n), run: (text: string) => path(text), iterations: 5, ratioTo: `doubling: ${name} ×1`, maxRatio: 2.5 },
  ];
}

const N = 20_000;
export const benches = defineBenches(
  ...pair(`notes of one paragraph of ${N} references`, buildDocumentIndex, refs(N, N), refs(N, 10)),
  ...pair(`lint of one paragraph of ${N} references`, lintMarkdown, refs(N, N), refs(N, 10)),
  ...pair('outline of a 200,000-letter word', outline, words(200_000, 200_000), words(200_000, 8)),
  ...pair('a note of 200,000 spaces', buildDocumentIndex, spacedNote(200_000, 200_000), spacedNote(200_000, 4)),
  ...pair('index of 100,000 brackets opened and closed', buildDocumentIndex, brackets(100_000), words(200_000, 8)),
  ...pair('index of 100,000 brackets opened and closed in lines of 79', buildDocumentIndex, brackets(100_000, 79), words(200_000, 8)),
  ...pair('index of a paragraph of 7,999 closing brackets', buildDocumentIndex, marks(']'.repeat(7_999)), words(8_000, 8)),
  ...pair('index of 100,000 emphasis marks, *_*_…', buildDocumentIndex, marks('*_'.repeat(50_000)), words(100_000, 8)),
  ...pair('index of 100,000 quote markers on a line', buildDocumentIndex, deepQuote(100_000), words(100_000, 8)),
  ...pair('index of a list nested 700 deep', buildDocumentIndex, deepList(700), words(deepList(700).length, 8)),
  ...pair('detect in a 200,000-letter word', detectRomanized, 'a'.repeat(200_000), 'obkom '.repeat(33_334)),
  ...doubling('index of one paragraph of references', buildDocumentIndex, n => refs(n, n), 10_000),
  ...doubling('index of distinct notes', buildDocumentIndex, n => notes(0, n), 5_000),
  ...doubling('lint of distinct notes', lintMarkdown, n => notes(0, n), 5_000),
  ...doubling('index of brackets opened and closed', buildDocumentIndex, brackets, 50_000),
  // dense markup that is no fault (an emphasis every four characters) and a run of escapes cost the parser several
  // times prose per character: what must hold is linear time, in pieces that each hold the thread briefly
  ...doubling('index of a paragraph of emphases, *a*a*a…', buildDocumentIndex, n => marks('*a'.repeat(n / 2)), 8_000),
  ...doubling('index of a run of backslashes', buildDocumentIndex, n => marks('\\'.repeat(n)), 100_000),
  ...doubling('index of a list nested by indentation (n² characters)', buildDocumentIndex, n => deepList(Math.round(Math.sqrt(n))), 250_000),
  ...doubling('outline of one long word', outline, n => words(n, n), 200_000),
  ...doubling('index of a table of rows', buildDocumentIndex, table, 2_000),
  ...doubling('detect in prose', detectRomanized, n => 'The obkom secretary met the raikom. '.repeat(n / 36), 200_000),
  {
    name: 'notes: 60 files of 1,000 notes, bare remark + GFM parse',
    setup: () => Array.from({ length: 60 }, (_, k) => notes(k * 1000, 1000)),
    run: (files: string[]) => files.map(parseMarkdown).length,
    iterations: 3,
  },
  {
    name: 'notes: one file of 60,000 notes, document index',
    setup: () => notes(0, 60_000),
    run: (text: string) => buildDocumentIndex(text),
    iterations: 3,
    ratioTo: 'notes: 60 files of 1,000 notes, bare remark + GFM parse',
    maxRatio: 3,
  },
);
