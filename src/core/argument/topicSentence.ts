// The sentences of a paragraph, and its topic sentence: its first. Sentence boundaries come from Intl.Segmenter; its
// one weakness for scholarship is breaking after initials ("A. I. Rykov") and abbreviations ("Mass.", "cf."),
// so such fragments are joined to what follows.
// made at first use: loading the sentence rules takes the host's thread 15-25 ms, which a start need not spend
let segmenter: Intl.Segmenter | undefined;

const ABBREVIATIONS = new Set([
  'c', 'ca', 'cf', 'ch', 'chs', 'd', 'dr', 'ed', 'eds', 'e.g', 'etc', 'f', 'i.e', 'jr', 'l', 'll', 'mass', 'mr', 'mrs', 'no', 'nos',
  'op', 'p', 'pp', 'st', 't', 'vol', 'vols', 'vs', 'гл', 'см',
]);

/** Opening brackets and quotes a word may start with, not part of it. */
const OPENING = '("“‘[';
/** The longest abbreviation, in UTF-16 units (an initial is one letter, at most two units). */
const LONGEST = Math.max(...[...ABBREVIATIONS].map(a => a.length));

/** A segment that is only the number of what follows (`2.1.`, `IV.`): no sentence of its own. */
const NUMBER_LABEL = /^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6})\.$/;

/** Whether a segment ends not with a sentence but with an initial, an abbreviation or is a number's label. */
function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  if (NUMBER_LABEL.test(trimmed)) return true;
  // The last word, found backwards (a pattern anchored only at the end would rescan a long word from each letter),
  // and only as far as an abbreviation reaches: a word already longer once its opening brackets are left off is none.
  let start = trimmed.length - 1;
  while (start > 0 && !/\s/.test(trimmed[start - 1])) {
    start--;
    if (!OPENING.includes(trimmed[start]) && trimmed.length - 1 - start > LONGEST) return false;
  }
  const last = trimmed.slice(start, -1);
  if (!last) return false;
  const word = last.replace(/^[("“‘[]+/, '');
  // An initial, an initialism (`U.S. Navy`, `U.S.S.R.`) or an abbreviation.
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Characters of a window read at a time, and how near its end a boundary is left for the next window. */
const WINDOW = 1024;
const MARGIN = 64;
/** A letter or a sentence's end: ends the look-ahead that decides whether a sentence ends before it ("etc. 4 vols."). */
const DECIDES = /[\p{Lu}\p{Ll}\p{Lo}.!?\n\r\u2029]/u;

/**
 * The sentences Intl.Segmenter finds in `text`, read a window at a time: the segmenter costs time in the length of
 * the whole text for every sentence it gives (thousands of sentences in one paragraph took seconds). A window's
 * boundaries are kept up to the last one that a letter or a sentence's end follows inside the window, well before
 * its end (what follows decides no earlier boundary); the next window starts there. A window without such a
 * boundary is read again twice as long. `window` is for tests.
 */
function* sentenceSegments(text: string, window = WINDOW): Generator<{ segment: string; index: number }> {
  for (let from = 0, size = window; from < text.length; ) {
    // A line break inside a paragraph is a space (Markdown's soft break; a PDF's text is wrapped at every line), not
    // the end of a sentence the segmenter takes it for.
    const piece = text.slice(from, from + size).replace(/[\n\r]/g, ' ');
    const whole = from + piece.length === text.length;
    let decided = piece.length - MARGIN - 1;
    while (decided >= 0 && !DECIDES.test(piece[decided])) decided--;
    let next = from;
    for (const { segment, index } of (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(piece)) {
      const end = index + segment.length;
      if (!whole && (end > decided || end > piece.length - MARGIN)) break;
      yield { segment, index: from + index };
      next = from + end;
    }
    size = next === from ? size * 2 : window;
    from = next;
  }
}

/** A question or exclamation mark with a letter or digit right after it is inside a word, an address's query
 * (`…/Article?id_article=516`), which the segmenter takes for a sentence's end. */
function insideWord(text: string, segment: string, index: number): boolean {
  return /[?!]$/.test(segment) && /[\p{L}\d]/u.test(text[index + segment.length] ?? '');
}

/** The sentences of `text` as [start, end) offsets (UTF-16 units), trailing spaces excluded. `window` is for tests. */
export function sentenceSpans(text: string, window?: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const { segment, index } of sentenceSegments(text, window)) {
    if (endsWithAbbreviation(segment) || insideWord(text, segment, index)) continue;
    const end = text.slice(0, index + segment.length).trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = index + segment.length;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push([start, end]);
  return spans;
}

/** Length (UTF-16 units) of the first sentence of `text`, trailing spaces excluded. `window` is for tests. */
export function topicSentenceLength(text: string, window?: number): number {
  for (const { segment, index } of sentenceSegments(text, window)) {
    if (!endsWithAbbreviation(segment) && !insideWord(text, segment, index)) return text.slice(0, index + segment.length).trimEnd().length;
  }
  return text.trimEnd().length;
}

export function topicSentence(text: string): string {
  return text.slice(0, topicSentenceLength(text));
}
