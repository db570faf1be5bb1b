// Inconsistent romanization of one word or name within a corpus (Yezhov here, Ezhov there): romanized words
// are grouped by their skeleton key, and every spelling that is not the document's dominant one is reported
// with that dominant spelling as the fix.
import { detectRomanized, type DetectOptions, type RomanizedWord } from './detect';
import { isUpper } from './latinWord';
import { skeleton } from './skeleton';
import { forEachSpelling, spellingsFromRecord, type SpellingsRecord } from './spellingsRecord';

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

/** Counts of each spelling (lower case) of each word, keyed by the word's skeleton. */
export type Spellings = Map<string, Map<string, number>>;

/** The romanized spellings of one text: what a file adds to the corpus counts. */
export function spellingsOf(text: string, options: DetectOptions = {}): Spellings {
  const spellings: Spellings = new Map();
  for (const [key, occurrences] of group(detectRomanized(text, options))) spellings.set(key, countForms(occurrences));
  return spellings;
}

/**
 * The spellings of a whole corpus, kept by file so that an edit replaces one file's counts instead of counting
 * every file again.
 */
export class CorpusSpellings {
  private readonly byFile = new Map<string, SpellingsRecord>();
  private readonly totals: Spellings = new Map();
  /** The counts of the last file asked to be left out (the open document's, asked for word after word). */
  private own: { file: string; record: SpellingsRecord; spellings: Spellings } | undefined;

  set(file: string, record: SpellingsRecord): void {
    this.delete(file);
    this.byFile.set(file, record);
    this.add(record, 1);
  }

  delete(file: string): void {
    const old = this.byFile.get(file);
    if (old === undefined) return;
    this.byFile.delete(file);
    this.add(old, -1);
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  /** The counts of a word's spellings in every file but `except`. */
  others(key: string, except?: string): Map<string, number> | undefined {
    const all = this.totals.get(key);
    const own = except === undefined ? undefined : this.spellingsOf(except)?.get(key);
    if (!all || !own) return all;
    const rest = new Map<string, number>();
    for (const [form, count] of all) if (count - (own.get(form) ?? 0) > 0) rest.set(form, count - (own.get(form) ?? 0));
    return rest;
  }

  private spellingsOf(file: string): Spellings | undefined {
    const record = this.byFile.get(file);
    if (record === undefined) return undefined;
    if (this.own?.file !== file || this.own.record !== record) this.own = { file, record, spellings: spellingsFromRecord(record) };
    return this.own.spellings;
  }

  private add(record: SpellingsRecord, sign: 1 | -1): void {
    forEachSpelling(record, (key, form, count) => {
      let total = this.totals.get(key);
      if (!total) this.totals.set(key, (total = new Map<string, number>()));
      const next = (total.get(form) ?? 0) + sign * count;
      if (next > 0) total.set(form, next);
      else total.delete(form);
      if (!total.size) this.totals.delete(key);
    });
  }
}

/**
 * The minority spellings of the text's words. `corpus` gives, for a word's skeleton, the counts of its spellings in
 * the rest of the corpus (not in this text).
 */
export function findInconsistencies(
  text: string,
  corpus: (key: string) => ReadonlyMap<string, number> | undefined = () => undefined,
  options: DetectOptions = {},
): Inconsistency[] {
  return inconsistenciesAmong(detectRomanized(text, options), corpus);
}

/** The same, among the romanized words found in a text already (as the editor's piecewise analysis finds them). */
export function inconsistenciesAmong(
  words: readonly RomanizedWord[],
  corpus: (key: string) => ReadonlyMap<string, number> | undefined = () => undefined,
): Inconsistency[] {
  const here = group(words);
  const out: Inconsistency[] = [];
  for (const [key, occurrences] of here) {
    const local = countForms(occurrences);
    const all = new Map(corpus(key) ?? []);
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
