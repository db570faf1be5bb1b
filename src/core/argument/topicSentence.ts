// The sentences of a paragraph, and its topic sentence: its first. Sentence boundaries come from Intl.Segmenter; its
// one weakness for scholarship is breaking after initials ("A. I. Rykov") and abbreviations ("Mass.", "cf."),
// so such fragments are joined to what follows.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const ABBREVIATIONS = new Set([
  'cf', 'ch', 'chs', 'd', 'dr', 'ed', 'eds', 'e.g', 'etc', 'f', 'i.e', 'jr', 'l', 'll', 'mass', 'mr', 'mrs', 'no', 'nos',
  'op', 'p', 'pp', 'st', 't', 'vol', 'vols', 'vs',
]);

/** Opening brackets and quotes a word may start with, not part of it. */
const OPENING = '("“‘[';
/** The longest abbreviation, in UTF-16 units (an initial is one letter, at most two units). */
const LONGEST = Math.max(...[...ABBREVIATIONS].map(a => a.length));

/** Whether a segment ends not with a sentence but with an initial or an abbreviation. */
function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
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
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of `text` as [start, end) offsets (UTF-16 units), trailing spaces excluded. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (endsWithAbbreviation(segment)) continue;
    const end = text.slice(0, index + segment.length).trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = index + segment.length;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push([start, end]);
  return spans;
}

/** Length (UTF-16 units) of the first sentence of `text`, trailing spaces excluded. */
export function topicSentenceLength(text: string): number {
  for (const { segment, index } of segmenter.segment(text)) {
    if (!endsWithAbbreviation(segment)) return text.slice(0, index + segment.length).trimEnd().length;
  }
  return text.trimEnd().length;
}

export function topicSentence(text: string): string {
  return text.slice(0, topicSentenceLength(text));
}
