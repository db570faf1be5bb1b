// Fuzzy search over officials in any romanization, in Cyrillic, with typos, or by role words. fuse.js scores the
// distinct name and role words (entries); an n-gram index over them and their romanization skeletons first picks
// the few entries worth scoring, and a ranking index over their owners (ranking.ts) finds the best people for those
// scores without visiting everyone a common surname reaches, so a keystroke costs about the same at a million
// names as at fifty.
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { editDistance } from '../anchoring/similarity';
import { romanize, skeleton } from '../translit';
import { fullName, type Official } from './model';
import { unambiguousNominative } from './cyrillicNames';
import { fold, prepareQuery, wordsOf } from './query';
import { RankingIndex, type RankedOfficial } from './ranking';
import { plainCollator } from '../text/collators';
import { spellingsOf } from './variants';

export interface SearchResult {
  official: Official;
  /** 1 for an exact match of every query word, falling towards 0. */
  score: number;
  /** [start, end) ranges of `fullName(official)` that matched. */
  highlights: [number, number][];
  /** The other spelling of the surname the query matched (Yezhov for Ezhov), when it was not the article's. */
  spelling?: string;
  /** A weak match of a name spelled otherwise (`Stalin` gave Stanton): shown as a nearest name, not as found. */
  near?: true;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** The query had more or longer words than are searched. */
  truncated: boolean;
}

/** Which part of a person an entry spells; a match on a variant or a role counts for a little less. */
const enum Kind {
  Surname = 0,
  Variant = 1,
  Given = 2,
  Role = 3,
}
const KIND_PENALTY = [0, 0.02, 0.15, 0.3];
const CANDIDATES_PER_WORD = 64;
const FUSE_THRESHOLD = 0.4;
/** Results whose mean per-word score is worse than this are dropped. */
const MAX_SCORE = 0.7;
/** A result scoring below this is only near the query, unless each name word it matched is a typo of the typed word:
 * at most one edit in three letters (`Stailn`: Stalin, `Bria`: Beria; not `Stalin`: Stanton, `Kirov`: Bagirov). */
const FOUND_SCORE = 0.8;

interface Entry {
  index: number;
  text: string;
  skel: string;
}

/** What one query word scored: entries by index in the order scored, and their matched characters. */
interface WordMatch {
  /** The word as compared: folded, in Latin letters. */
  latin: string;
  scores: Map<number, number>;
  indices: Map<number, readonly [number, number][]>;
}

/** A word of a person's label (full name) at its offset, and folded. */
interface LabelWord {
  index: number;
  text: string;
  folded: string;
}

const CYRILLIC = /[\u0400-\u04FF]/;
/** Labels whose words are kept; rosters repeat names, and a picker shows 50 people at a time. */
const LABELS_KEPT = 4096;
/** The order of `localeCompare`, at a fraction of its cost per comparison. */

export class OfficialsSearch {
  private readonly entries: Entry[] = [];
  private readonly byText = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number[]>();
  private readonly grams = new Map<string, number[]>();
  private counts = new Uint16Array(0);
  private readonly labels: string[];
  /** Sets of entry * 4 + kind codes by name or role text: rosters repeat both, and deriving spellings is most of a build. */
  private readonly setByKey = new Map<string, number>();
  private readonly sets: Int32Array[] = [];
  /** Per official, the set of its name words and the set of its role words. */
  private readonly setsOf: Int32Array;
  private readonly ranking: RankingIndex;
  /** fuse.js by name text and by skeleton, with its records of every entry, made once rather than per keystroke. */
  private readonly fuzzyByKey: Record<'text' | 'skel', Fuzzy>;
  /** The words of the last query and what they scored: typing a query repeats all its words but the last. */
  private lastWords = new Map<string, WordMatch>();
  /** The words of the labels shown lately: while a query is typed the picker shows the same people again. */
  private readonly labelWords = new Map<string, LabelWord[]>();
  /** Per set of name words (made once per distinct name), the surname spellings other than the article's, each with its folded form; none when there are none. */
  private readonly otherSurnames = new Map<number, [string, string][]>();

  constructor(readonly officials: readonly Official[]) {
    this.setsOf = new Int32Array(officials.length * 2);
    officials.forEach((official, i) => this.addOfficial(official, i));
    this.entries.forEach((entry, e) => {
      for (const gram of new Set([...gramsOf(entry.text), ...gramsOf(entry.skel)])) push(this.grams, gram, e);
      if (entry.skel) push(this.bySkeleton, entry.skel, e);
    });
    this.counts = new Uint16Array(this.entries.length);
    this.labels = officials.map(fullName);
    this.ranking = new RankingIndex(this.labels, this.sets, this.setsOf, this.entries.length, KIND_PENALTY);
    this.fuzzyByKey = { text: fuzzyOver(this.entries, 'text'), skel: fuzzyOver(this.entries, 'skel') };
  }

  search(query: string, limit = 10): SearchOutcome {
    const { words, truncated } = prepareQuery(query);
    const known = this.lastWords;
    this.lastWords = new Map(words.map(word => [word, known.get(word) ?? this.matchWord(word)]));
    const matches = words.map(word => this.lastWords.get(word)!).filter(match => match.scores.size > 0);
    if (matches.length === 0 || limit <= 0) return { results: [], truncated };
    const typed = new Set(words.map(fold));
    const results = this.ranking.top(matches.map(match => match.scores), limit, MAX_SCORE).map(ranked => {
      const score = Math.round((1 - ranked.mean) * 1000) / 1000;
      return {
        official: this.officials[ranked.official],
        score,
        highlights: this.highlightsOf(ranked, matches),
        ...this.spellingOf(ranked.official, typed),
        ...(score < FOUND_SCORE && !this.typos(ranked, matches) ? { near: true as const } : {}),
      };
    });
    return { results, truncated };
  }

  /** Whether each name word the person matched is the typed word or a typo of it. */
  private typos(ranked: RankedOfficial, matches: WordMatch[]): boolean {
    return matches.every((match, w) => {
      const hit = ranked.matched[w];
      if (!hit || hit.kind === Kind.Role) return true;
      const text = this.entries[hit.entry].text;
      return (swapsTwoLetters(match.latin, text) ? 1 : editDistance(match.latin, text)) <= Math.max(1, Math.floor(Math.max(match.latin.length, text.length) / 3));
    });
  }

  /** The first `limit` people by surname, then full name: what a picker shows before anything is typed. */
  browse(limit: number): Official[] {
    const collator = plainCollator();
    const byName = (a: number, b: number) => collator.compare(this.officials[a].surname, this.officials[b].surname) || collator.compare(this.labels[a], this.labels[b]);
    const first = new TopK<number>(limit, byName);
    for (let i = 0; i < this.officials.length; i++) first.offer(i);
    return first.sorted().map(i => this.officials[i]);
  }

  private addOfficial(official: Official, index: number): void {
    const nameKey = [official.surname, official.given ?? '', official.cyrillic, ...(official.englishForms ?? [])].join('\u0000');
    let others: [string, string][] | undefined;
    const names = this.wordSet(nameKey, true, () => {
      const { surnames, given, readings } = spellingsOf(official);
      const folded = surnames.map(fold);
      // kept for the first keystrokes that show these people: deriving spellings again then cost more than the search
      others = surnames.slice(1).map((surname, i) => [surname, folded[i + 1]]);
      return [
        ...folded.map((surname, i): [string, Kind] => [surname, i === 0 ? Kind.Surname : Kind.Variant]),
        ...given.map((word): [string, Kind] => [fold(word), Kind.Given]),
        ...readings.map((reading): [string, Kind] => [reading, Kind.Variant]),
      ];
    });
    if (others?.length) this.otherSurnames.set(names, others);
    this.setsOf[2 * index] = names;
    const roleText = [...official.roles.flatMap(role => [role.title, role.years ?? '', role.affiliation ?? '']), ...(official.affiliations ?? [])].join(' ');
    this.setsOf[2 * index + 1] = this.wordSet(`\u0001${roleText}`, false, () => wordsOf(roleText).map((word): [string, Kind] => [fold(word), Kind.Role]));
  }

  /** The set of entries the words of `key` spell, each with its lowest kind, made once per distinct key. */
  private wordSet(key: string, isName: boolean, derive: () => [string, Kind][]): number {
    let id = this.setByKey.get(key);
    if (id === undefined) {
      const kinds = new Map<number, Kind>();
      for (const [text, kind] of derive()) {
        if (!text) continue;
        const e = this.entryFor(text, isName);
        kinds.set(e, Math.min(kinds.get(e) ?? kind, kind));
      }
      id = this.sets.push(Int32Array.from(kinds, ([e, kind]) => e * 4 + kind)) - 1;
      this.setByKey.set(key, id);
    }
    return id;
  }

  private entryFor(text: string, isName: boolean): number {
    let e = this.byText.get(text);
    if (e === undefined) {
      e = this.entries.length;
      this.entries.push({ index: e, text, skel: '' });
      this.byText.set(text, e);
    }
    const entry = this.entries[e];
    if (isName && !entry.skel) entry.skel = skeleton(text);
    return e;
  }

  /**
   * The score of one query word for each entry worth scoring. A Cyrillic surname in a case only a man's takes
   * (`Прохановым`, `Маленкову`, `Вознесенского`) is scored as written and as its nominative, the better of the two:
   * written alone it came nearer a woman's name of the same stem (`Проханова`) than the man's.
   */
  private matchWord(word: string): WordMatch {
    const match = this.matchSpelling(word);
    const nominative = CYRILLIC.test(word) ? unambiguousNominative(word) : word;
    if (nominative === word) return match;
    const other = this.matchSpelling(nominative);
    match.latin = other.latin;
    for (const [e, score] of other.scores) {
      if (score < (match.scores.get(e) ?? Infinity)) match.scores.set(e, score);
      if (!match.indices.has(e) && other.indices.has(e)) match.indices.set(e, other.indices.get(e)!);
    }
    return match;
  }

  private matchSpelling(word: string): WordMatch {
    const latin = fold(CYRILLIC.test(word) ? romanize(word, 'lc') : word);
    const skel = skeleton(word);
    const candidates = this.candidatesFor(latin, skel);
    const scores = new Map<number, number>();
    const indices = new Map<number, readonly [number, number][]>();
    const note = (e: number, score: number, matched: readonly [number, number][]) => {
      const text = this.entries[e].text;
      const lengthGap = Math.abs(text.length - latin.length) / Math.max(text.length, latin.length, 1);
      const total = score + 0.1 * lengthGap;
      if (total < (scores.get(e) ?? Infinity)) scores.set(e, total);
      if (matched.length > 0 && !indices.has(e)) indices.set(e, matched);
    };
    for (const result of this.fuzzy(candidates, 'text', latin)) note(result.item.index, result.score ?? 1, result.matches?.[0]?.indices ?? []);
    if (skel) {
      for (const result of this.fuzzy(candidates.filter(entry => entry.skel), 'skel', skel)) note(result.item.index, result.score ?? 1, []);
      for (const e of this.bySkeleton.get(skel) ?? []) note(e, 0, []);
    }
    return { latin, scores, indices };
  }

  /** Entries sharing the most n-grams with the word or its skeleton, plus those with the same skeleton. */
  private candidatesFor(latin: string, skel: string): Entry[] {
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of new Set([...gramsOf(latin), ...gramsOf(skel)])) {
      for (const e of this.grams.get(gram) ?? []) {
        if (counts[e]++ === 0) touched.push(e);
      }
    }
    const exact = this.bySkeleton.get(skel) ?? [];
    touched.sort((a, b) => counts[b] - counts[a]);
    const chosen = new Set([...exact, ...touched.slice(0, CANDIDATES_PER_WORD)]);
    for (const e of touched) counts[e] = 0;
    return [...chosen].map(e => this.entries[e]);
  }

  /** fuse.js over some entries, with their records taken from those made at build. */
  private fuzzy(entries: Entry[], key: 'text' | 'skel', pattern: string): FuseResult<Entry>[] {
    if (entries.length === 0 || !pattern) return [];
    const { fuse, keys, records } = this.fuzzyByKey[key];
    fuse.setCollection(entries, Fuse.parseIndex<Entry>({ keys, records: entries.map((entry, i) => ({ i, $: records[entry.index].$ })) }));
    return fuse.search(pattern);
  }

  /** A spelling of the surname other than the article's that a query word (folded in `typed`) spells (Yezhov for Ezhov). */
  private spellingOf(official: number, typed: ReadonlySet<string>): { spelling?: string } {
    const spelling = this.otherSurnames.get(this.setsOf[2 * official])?.find(([, folded]) => typed.has(folded))?.[0];
    return spelling ? { spelling } : {};
  }

  /** The words of a label with their folded forms, kept for the labels shown lately. */
  private wordsOfLabel(label: string): LabelWord[] {
    let words = this.labelWords.get(label);
    if (!words) {
      if (this.labelWords.size >= LABELS_KEPT) this.labelWords.clear();
      words = Array.from(label.matchAll(/[\p{L}’'\u02BC-]+/gu), word => ({ index: word.index, text: word[0], folded: fold(word[0]) }));
      this.labelWords.set(label, words);
    }
    return words;
  }

  /** Ranges of the label (full name) that the name words of the query matched. */
  private highlightsOf(ranked: RankedOfficial, matches: WordMatch[]): [number, number][] {
    const label = this.labels[ranked.official];
    const ranges: [number, number][] = [];
    for (let w = 0; w < matches.length; w++) {
      const match = matches[w];
      const hit = ranked.matched[w];
      if (!hit || hit.kind === Kind.Role) continue;
      const kind = hit.kind as Kind;
      const text = this.entries[hit.entry].text;
      const matched = match.indices.get(hit.entry) ?? [];
      for (const word of this.wordsOfLabel(label)) {
        const sameWord = word.folded === text;
        const isSurname = kind === Kind.Variant && word.index + word.text.length === label.length;
        if (!sameWord && !isSurname) continue;
        if (sameWord && word.folded.length === word.text.length && matched.length > 0) {
          matched.forEach(([start, end]) => ranges.push([word.index + start, word.index + end + 1]));
        } else ranges.push([word.index, word.index + word.text.length]);
        break;
      }
    }
    return mergeRanges(ranges);
  }
}

/** The `size` best items offered, kept sorted; cheaper than sorting every candidate of a large roster. */
class TopK<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly size: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const items = this.items;
    if (items.length === this.size && this.compare(item, items[items.length - 1]) >= 0) return;
    let i = items.length;
    while (i > 0 && this.compare(item, items[i - 1]) < 0) i--;
    items.splice(i, 0, item);
    if (items.length > this.size) items.pop();
  }

  sorted(): T[] {
    return this.items;
  }
}

/** fuse.js for one key, and its index of that key over every entry (the records' places are the entries' indices). */
type Fuzzy = { fuse: Fuse<Entry> } & ReturnType<FuseIndex<Entry>['toJSON']>;

function fuzzyOver(entries: Entry[], key: 'text' | 'skel'): Fuzzy {
  // Only the name text's matched characters are shown; the skeleton's are not asked for.
  const fuse = new Fuse<Entry>([], { keys: [key], includeScore: true, includeMatches: key === 'text', ignoreLocation: true, threshold: FUSE_THRESHOLD });
  return { fuse, ...Fuse.createIndex([key], entries).toJSON() };
}

/** Whether two words differ only by two neighbouring letters swapped (`Otain`, `Otian`): one typo, two edits. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Trigrams of the word padded at both ends, so short words and word edges count. */
function gramsOf(word: string): string[] {
  if (!word) return [];
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sorts and merges ranges the caller made for this, in place: they are not copied. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
