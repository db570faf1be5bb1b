// Inconsistent romanization of one word or name within a corpus (Yezhov here, Ezhov there): romanized words
// are grouped by their skeleton key, and every spelling that is not the document's dominant one is reported
// with that dominant spelling as the fix.
import { detectRomanized, type DetectOptions } from './detect';
import { isUpper } from './latinWord';
import { skeleton } from './skeleton';

export interface Inconsistency {
  start: number;
  end: number;
  text: string;
  /** The spelling to use: the document's most frequent (ties go to the corpus's), in this word's case. */
  replacement: string;
  /** Every spelling of the word in the document and the rest of the corpus, most frequent first. */
  forms: { form: string; count: number }[];
}

interface Occurrence {
  start: number;
  end: number;
  text: string;
}

/** Words shorter than this are left out: short keys (i, s, po) collide across different words. */
const MIN_LENGTH = 4;

export function findInconsistencies(text: string, otherTexts: readonly string[], options: DetectOptions = {}): Inconsistency[] {
  const here = group(detectRomanized(text, options));
  if (here.size === 0) return [];
  const corpus = new Map<string, Map<string, number>>();
  for (const other of otherTexts) {
    for (const [key, occurrences] of group(detectRomanized(other, options))) {
      if (!here.has(key)) continue;
      const counts = corpus.get(key) ?? new Map<string, number>();
      for (const o of occurrences) counts.set(o.text.toLowerCase(), (counts.get(o.text.toLowerCase()) ?? 0) + 1);
      corpus.set(key, counts);
    }
  }
  const out: Inconsistency[] = [];
  for (const [key, occurrences] of here) {
    const local = countForms(occurrences);
    const all = new Map(corpus.get(key) ?? []);
    for (const [form, count] of local) all.set(form, (all.get(form) ?? 0) + count);
    if (all.size < 2) continue;
    const byUse = (a: [string, number], b: [string, number]) => b[1] - a[1] || (all.get(b[0]) ?? 0) - (all.get(a[0]) ?? 0);
    const dominant = [...local].sort(byUse)[0][0];
    const written = occurrences.find(o => o.text.toLowerCase() === dominant)!.text;
    const forms = [...all].sort((a, b) => b[1] - a[1]).map(([form, count]) => ({ form, count }));
    for (const o of occurrences) {
      if (o.text.toLowerCase() !== dominant) out.push({ ...o, replacement: matchCase(written, o.text), forms });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function group(words: readonly Occurrence[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (const word of words) {
    if (word.text.length < MIN_LENGTH) continue;
    const key = skeleton(word.text);
    const list = groups.get(key) ?? [];
    list.push(word);
    groups.set(key, list);
  }
  return groups;
}

function countForms(occurrences: readonly Occurrence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.text.toLowerCase(), (counts.get(o.text.toLowerCase()) ?? 0) + 1);
  return counts;
}

/** The replacement with the capitalisation of the word it replaces (sentence-initial or not). */
function matchCase(replacement: string, original: string): string {
  if (isUpper(original[0]) === isUpper(replacement[0])) return replacement;
  return (isUpper(original[0]) ? replacement[0].toUpperCase() : replacement[0].toLowerCase()) + replacement.slice(1);
}
