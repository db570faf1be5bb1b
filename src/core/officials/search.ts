// Fuzzy search over officials in any romanization, in Cyrillic, with typos, or by role words. fuse.js scores;
// an n-gram index over names and their romanization skeletons first picks the few entries worth scoring, so a
// query costs about the same at ten thousand names as at fifty.
import Fuse, { type FuseResult } from 'fuse.js';
import { romanize } from '../translit/romanize';
import { skeleton } from '../translit/skeleton';
import { fullName, type Official } from './model';
import { fold, prepareQuery, wordsOf } from './query';
import { spellingsOf } from './variants';

export interface SearchResult {
  official: Official;
  /** 1 for an exact match of every query word, falling towards 0. */
  score: number;
  /** [start, end) ranges of `fullName(official)` that matched. */
  highlights: [number, number][];
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
  text: string;
  skel: string;
  /** officialIndex * 4 + kind. */
  owners: number[];
}

interface WordHit {
  score: number;
  entry: Entry;
  kind: Kind;
  indices: readonly [number, number][];
}

const CYRILLIC = /[\u0400-\u04FF]/;

export class OfficialsSearch {
  private readonly entries: Entry[] = [];
  private readonly byText = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number[]>();
  private readonly grams = new Map<string, number[]>();
  private counts = new Uint16Array(0);
  private readonly labels: string[];

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
    const perWord = words.map(word => this.matchWord(word)).filter(hits => hits.size > 0);
    if (perWord.length === 0) return { results: [], truncated };

    const touched = new Set<number>();
    perWord.forEach(hits => hits.forEach((_, official) => touched.add(official)));
    const scored = [...touched].map(official => {
      const hits = perWord.map(byOfficial => byOfficial.get(official));
      const mean = hits.reduce((sum, hit) => sum + (hit ? hit.score : 1), 0) / hits.length;
      return { official, mean, hits };
    });
    scored.sort((a, b) => a.mean - b.mean || this.labels[a.official].localeCompare(this.labels[b.official]));
    const results = scored
      .filter(candidate => candidate.mean <= MAX_SCORE)
      .slice(0, Math.max(0, limit))
      .map(({ official, mean, hits }) => ({
        official: this.officials[official],
        score: Math.round((1 - mean) * 1000) / 1000,
        highlights: this.highlightsOf(official, hits.filter((hit): hit is WordHit => hit !== undefined)),
      }));
    return { results, truncated };
  }

  private addOfficial(official: Official, index: number): void {
    const { surnames, given } = spellingsOf(official);
    surnames.forEach((surname, i) => this.addEntry(fold(surname), index, i === 0 ? Kind.Surname : Kind.Variant, true));
    given.forEach(word => this.addEntry(fold(word), index, Kind.Given, true));
    const roleText = [...official.roles.flatMap(role => [role.title, role.years ?? '', role.affiliation ?? '']), ...(official.affiliations ?? [])];
    for (const word of wordsOf(roleText.join(' '))) this.addEntry(fold(word), index, Kind.Role, false);
  }

  private addEntry(text: string, official: number, kind: Kind, isName: boolean): void {
    if (!text) return;
    let e = this.byText.get(text);
    if (e === undefined) {
      e = this.entries.push({ text, skel: '', owners: [] }) - 1;
      this.byText.set(text, e);
    }
    const entry = this.entries[e];
    if (isName && !entry.skel) entry.skel = skeleton(text);
    const existing = entry.owners.findIndex(owner => owner >> 2 === official);
    if (existing < 0) entry.owners.push(official * 4 + kind);
    else if (kind < (entry.owners[existing] & 3)) entry.owners[existing] = official * 4 + kind;
  }

  /** The best hit of one query word for each official it reaches. */
  private matchWord(word: string): Map<number, WordHit> {
    const latin = fold(CYRILLIC.test(word) ? romanize(word, 'lc') : word);
    const skel = skeleton(word);
    const candidates = this.candidatesFor(latin, skel);
    const scores = new Map<Entry, { score: number; indices: readonly [number, number][] }>();
    const note = (entry: Entry, score: number, indices: readonly [number, number][]) => {
      const lengthGap = Math.abs(entry.text.length - latin.length) / Math.max(entry.text.length, latin.length, 1);
      const total = score + 0.1 * lengthGap;
      const previous = scores.get(entry);
      if (!previous || total < previous.score) scores.set(entry, { score: total, indices: indices.length > 0 ? indices : previous?.indices ?? [] });
    };
    for (const result of fuzzy(candidates, 'text', latin)) note(result.item, result.score ?? 1, result.matches?.[0]?.indices ?? []);
    if (skel) {
      for (const result of fuzzy(candidates.filter(entry => entry.skel), 'skel', skel)) note(result.item, result.score ?? 1, []);
      for (const e of this.bySkeleton.get(skel) ?? []) note(this.entries[e], 0, []);
    }
    const best = new Map<number, WordHit>();
    for (const [entry, { score, indices }] of scores) {
      for (const owner of entry.owners) {
        const kind = (owner & 3) as Kind;
        const total = score + KIND_PENALTY[kind];
        const official = owner >> 2;
        const previous = best.get(official);
        if (!previous || total < previous.score) best.set(official, { score: total, entry, kind, indices });
      }
    }
    return best;
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

  /** Ranges of the label (full name) that the name words of the query matched. */
  private highlightsOf(official: number, hits: WordHit[]): [number, number][] {
    const label = this.labels[official];
    const ranges: [number, number][] = [];
    for (const hit of hits) {
      if (hit.kind === Kind.Role) continue;
      for (const word of label.matchAll(/[\p{L}’'\u02BC-]+/gu)) {
        const folded = fold(word[0]);
        const sameWord = folded === hit.entry.text;
        const isSurname = hit.kind === Kind.Variant && word.index + word[0].length === label.length;
        if (!sameWord && !isSurname) continue;
        if (sameWord && folded.length === word[0].length && hit.indices.length > 0) {
          hit.indices.forEach(([start, end]) => ranges.push([word.index + start, word.index + end + 1]));
        } else ranges.push([word.index, word.index + word[0].length]);
        break;
      }
    }
    return mergeRanges(ranges);
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
