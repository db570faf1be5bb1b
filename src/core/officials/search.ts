// Fuzzy search over officials in any romanization, in Cyrillic, with typos, or by role words. fuse.js scores;
// an n-gram index over names and their romanization skeletons first picks the few entries worth scoring, so a
// query costs about the same at ten thousand names as at fifty.
import Fuse, { type FuseResult } from 'fuse.js';
import { romanize, skeleton } from '../translit';
import { fullName, type Official } from './model';
import { fold, prepareQuery, wordsOf } from './query';
import { spellingsOf } from './variants';

export interface SearchResult {
  official: Official;
  /** 1 for an exact match of every query word, falling towards 0. */
  score: number;
  /** [start, end) ranges of `fullName(official)` that matched. */
  highlights: [number, number][];
  /** The other spelling of the surname the query matched (Yezhov for Ezhov), when it was not the article's. */
  spelling?: string;
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

interface Entry {
  index: number;
  text: string;
  skel: string;
  /** officialIndex * 4 + kind. */
  owners: number[];
}

/** Per official: the best score of one query word (UNMATCHED when none) and the entry that gave it. */
interface WordMatch {
  score: Float32Array;
  entry: Int32Array;
  touched: number[];
  /** Matched characters of entries, by entry index. */
  indices: Map<number, readonly [number, number][]>;
}

/** Above any real score, so a word that reaches no entry of a person counts as a full miss (1). */
const UNMATCHED = 2;

const CYRILLIC = /[\u0400-\u04FF]/;
/** The order of `localeCompare`, at a fraction of its cost per comparison. */
const COLLATOR = new Intl.Collator();

export class OfficialsSearch {
  private readonly entries: Entry[] = [];
  private readonly byText = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number[]>();
  private readonly grams = new Map<string, number[]>();
  private counts = new Uint16Array(0);
  private readonly labels: string[];
  /** Folded words by name or role text: rosters repeat both, and deriving spellings is most of a build. */
  private readonly wordsByKey = new Map<string, [string, Kind][]>();

  constructor(readonly officials: readonly Official[]) {
    officials.forEach((official, i) => this.addOfficial(official, i));
    this.entries.forEach((entry, e) => {
      for (const gram of new Set([...gramsOf(entry.text), ...gramsOf(entry.skel)])) push(this.grams, gram, e);
      if (entry.skel) push(this.bySkeleton, entry.skel, e);
    });
    this.counts = new Uint16Array(this.entries.length);
    this.labels = officials.map(fullName);
  }

  search(query: string, limit = 10): SearchOutcome {
    const { words, truncated } = prepareQuery(query);
    const matches = words.map(word => this.matchWord(word)).filter(match => match.touched.length > 0);
    if (matches.length === 0 || limit <= 0) return { results: [], truncated };

    const seen = new Uint8Array(this.officials.length);
    const best = new TopK<{ official: number; mean: number }>(limit, (a, b) => a.mean - b.mean || COLLATOR.compare(this.labels[a.official], this.labels[b.official]));
    for (const match of matches) {
      for (const official of match.touched) {
        if (seen[official]) continue;
        seen[official] = 1;
        let sum = 0;
        for (const other of matches) sum += Math.min(1, other.score[official]);
        const mean = sum / matches.length;
        if (mean <= MAX_SCORE) best.offer({ official, mean });
      }
    }
    const results = best.sorted().map(({ official, mean }) => ({
      official: this.officials[official],
      score: Math.round((1 - mean) * 1000) / 1000,
      highlights: this.highlightsOf(official, matches),
      ...this.spellingOf(official, words),
    }));
    return { results, truncated };
  }

  /** The first `limit` people by surname, then full name: what a picker shows before anything is typed. */
  browse(limit: number): Official[] {
    const byName = (a: number, b: number) => COLLATOR.compare(this.officials[a].surname, this.officials[b].surname) || COLLATOR.compare(this.labels[a], this.labels[b]);
    const first = new TopK<number>(limit, byName);
    for (let i = 0; i < this.officials.length; i++) first.offer(i);
    return first.sorted().map(i => this.officials[i]);
  }

  private addOfficial(official: Official, index: number): void {
    const nameKey = [official.surname, official.given ?? '', official.cyrillic, ...(official.englishForms ?? [])].join('\u0000');
    for (const [text, kind] of this.memo(nameKey, () => {
      const { surnames, given } = spellingsOf(official);
      return [
        ...surnames.map((surname, i): [string, Kind] => [fold(surname), i === 0 ? Kind.Surname : Kind.Variant]),
        ...given.map((word): [string, Kind] => [fold(word), Kind.Given]),
      ];
    })) this.addEntry(text, index, kind, true);
    const roleText = [...official.roles.flatMap(role => [role.title, role.years ?? '', role.affiliation ?? '']), ...(official.affiliations ?? [])].join(' ');
    for (const [text] of this.memo(`\u0001${roleText}`, () => wordsOf(roleText).map((word): [string, Kind] => [fold(word), Kind.Role]))) {
      this.addEntry(text, index, Kind.Role, false);
    }
  }

  private memo(key: string, derive: () => [string, Kind][]): [string, Kind][] {
    let words = this.wordsByKey.get(key);
    if (!words) this.wordsByKey.set(key, (words = derive()));
    return words;
  }

  private addEntry(text: string, official: number, kind: Kind, isName: boolean): void {
    if (!text) return;
    let e = this.byText.get(text);
    if (e === undefined) {
      e = this.entries.length;
      this.entries.push({ index: e, text, skel: '', owners: [] });
      this.byText.set(text, e);
    }
    const entry = this.entries[e];
    if (isName && !entry.skel) entry.skel = skeleton(text);
    // People are added one at a time, so an earlier record of this person can only be the last one.
    const last = entry.owners.length - 1;
    if (last < 0 || entry.owners[last] >> 2 !== official) entry.owners.push(official * 4 + kind);
    else if (kind < (entry.owners[last] & 3)) entry.owners[last] = official * 4 + kind;
  }

  /** The best hit of one query word for each official it reaches. */
  private matchWord(word: string): WordMatch {
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
    for (const result of fuzzy(candidates, 'text', latin)) note(result.item.index, result.score ?? 1, result.matches?.[0]?.indices ?? []);
    if (skel) {
      for (const result of fuzzy(candidates.filter(entry => entry.skel), 'skel', skel)) note(result.item.index, result.score ?? 1, []);
      for (const e of this.bySkeleton.get(skel) ?? []) note(e, 0, []);
    }
    const match: WordMatch = { score: new Float32Array(this.officials.length).fill(UNMATCHED), entry: new Int32Array(this.officials.length), touched: [], indices };
    for (const [e, score] of scores) {
      for (const owner of this.entries[e].owners) {
        const official = owner >> 2;
        const total = score + KIND_PENALTY[owner & 3];
        if (match.score[official] === UNMATCHED) match.touched.push(official);
        if (total < match.score[official]) {
          match.score[official] = total;
          match.entry[official] = e;
        }
      }
    }
    return match;
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

  /** A spelling of the surname other than the article's that a query word spells (Yezhov for Ezhov). */
  private spellingOf(official: number, words: readonly string[]): { spelling?: string } {
    const [, ...others] = spellingsOf(this.officials[official]).surnames;
    const typed = new Set(words.map(fold));
    const spelling = others.find(s => typed.has(fold(s)));
    return spelling ? { spelling } : {};
  }

  /** Ranges of the label (full name) that the name words of the query matched. */
  private highlightsOf(official: number, matches: WordMatch[]): [number, number][] {
    const label = this.labels[official];
    const ranges: [number, number][] = [];
    for (const match of matches) {
      if (match.score[official] === UNMATCHED) continue;
      const e = match.entry[official];
      const owner = this.entries[e].owners.find(o => o >> 2 === official) ?? 0;
      const kind = (owner & 3) as Kind;
      if (kind === Kind.Role) continue;
      const text = this.entries[e].text;
      const matched = match.indices.get(e) ?? [];
      for (const word of label.matchAll(/[\p{L}’'\u02BC-]+/gu)) {
        const folded = fold(word[0]);
        const sameWord = folded === text;
        const isSurname = kind === Kind.Variant && word.index + word[0].length === label.length;
        if (!sameWord && !isSurname) continue;
        if (sameWord && folded.length === word[0].length && matched.length > 0) {
          matched.forEach(([start, end]) => ranges.push([word.index + start, word.index + end + 1]));
        } else ranges.push([word.index, word.index + word[0].length]);
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

function fuzzy(entries: Entry[], key: 'text' | 'skel', pattern: string): FuseResult<Entry>[] {
  if (entries.length === 0 || !pattern) return [];
  const fuse = new Fuse(entries, { keys: [key], includeScore: true, includeMatches: true, ignoreLocation: true, threshold: FUSE_THRESHOLD });
  return fuse.search(pattern);
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

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
