// The best few people for the scores a query's words gave to name and role entries, found best first. A common
// surname's entry is owned by a large share of a roster, so ranking everyone it reaches costs O(matches) per
// keystroke. Here each entry's owners are listed once, at build, in the order of the ranking (full name, then roster
// order), one list per kind of ownership; a query visits combinations of one score level per word in order of their
// mean, reads each as the intersection of its lists (a leapfrog join), and stops as soon as the limit is filled.
// Ties are broken exactly as a plain scan of every matched person in query order would break them.
import { plainCollator } from '../text/collators';

export interface RankedOfficial {
  /** Index of the person in the roster. */
  official: number;
  /** Mean over the query words of the person's best score for each (a word that reached none counts 1). */
  mean: number;
  /** Per query word, the entry that gave the person's score and how the person owns it; undefined when the word reached none of theirs. */
  matched: ({ entry: number; kind: number } | undefined)[];
}

/** Above any real score: a word that reaches no entry of a person. */
const UNMATCHED = 2;
const END = 0x7fffffff;
/** Kinds of ownership per entry (the caller's codes are entry * KINDS + kind). */
const KINDS = 4;

/** One score level of one word: the lists of people whose best score for the word is at most `value`. */
interface Level {
  value: number;
  lists: Int32Array[];
  size: number;
}

/** What one query word scored: per entry its score (−1 when unscored) and the order in which it was scored. */
interface Word {
  score: Float64Array;
  order: Int32Array;
  /** Score levels below 1, best first, then the level of everyone else (value 1, no lists). */
  levels: Level[];
  levelOf: Map<number, number>;
}

interface Combination {
  /** A level index per word. */
  at: Int32Array;
  /** The word whose level was last raised to reach this combination: only that one and later ones are raised further. */
  raised: number;
  bound: number;
}

export class RankingIndex {
  /** Position in the ranking order of each person, and the person at each position. */
  private readonly position: Int32Array;
  private readonly byPosition: Int32Array;
  /** Per position, the rank of the full name (equal names share one). */
  private readonly labelRank: Int32Array;
  /** Owners' positions, ascending, by entry * KINDS + kind. */
  private readonly groups: (Int32Array | undefined)[];
  private readonly stride: number;
  /** The last query's words prepared: typing a query asks again with all its words but the last unchanged. */
  private prepared = new Map<ReadonlyMap<number, number>, Word>();
  /** Score and order tables of words no longer asked, unset again, for the next words prepared. */
  private readonly spareTables: Pick<Word, 'score' | 'order'>[] = [];
  /** Scratch list of one person's scored entry codes (scoredCodes). */
  private codes = new Int32Array(16);

  /**
   * `sets` are shared lists of entry * 4 + kind codes (a set of name words, a set of role words); `setsOf` gives each
   * person's sets, the same number per person. A person owning an entry through several sets owns it by the lowest kind.
   */
  constructor(
    labels: readonly string[],
    private readonly sets: readonly Int32Array[],
    private readonly setsOf: Int32Array,
    private readonly entryCount: number,
    private readonly penalties: readonly number[],
  ) {
    const n = labels.length;
    this.stride = n === 0 ? 0 : setsOf.length / n;
    // Rosters repeat names: the distinct ones are sorted, then each person takes the rank of theirs.
    const ids = new Map<string, number>();
    const idOf = new Int32Array(n);
    for (let o = 0; o < n; o++) {
      let id = ids.get(labels[o]);
      if (id === undefined) ids.set(labels[o], (id = ids.size));
      idOf[o] = id;
    }
    const unique = [...ids.keys()];
    const rankOfId = new Int32Array(unique.length);
    let rank = -1;
    let previous: string | undefined;
    const collator = plainCollator();
    for (const id of unique.map((_, id) => id).sort((a, b) => collator.compare(unique[a], unique[b]))) {
      if (previous === undefined || collator.compare(previous, unique[id]) !== 0) rank++;
      rankOfId[id] = rank;
      previous = unique[id];
    }
    const ranks = idOf.map(id => rankOfId[id]);
    // A counting sort by rank keeps roster order among equal names.
    const starts = new Int32Array(rank + 2);
    for (let o = 0; o < n; o++) starts[ranks[o] + 1]++;
    for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
    this.position = new Int32Array(n);
    this.byPosition = new Int32Array(n);
    this.labelRank = new Int32Array(n);
    for (let o = 0; o < n; o++) {
      const p = starts[ranks[o]]++;
      this.position[o] = p;
      this.byPosition[p] = o;
      this.labelRank[p] = ranks[o];
    }
    this.groups = this.ownerLists();
  }

  /**
   * The best `limit` people with a mean of at most `maxMean`, best first; `words` are entry scores in the order scored,
   * each map left unchanged once asked (it is prepared once while asked in consecutive calls).
   */
  top(scores: readonly ReadonlyMap<number, number>[], limit: number, maxMean: number): RankedOfficial[] {
    const previous = this.prepared;
    for (const [map, word] of previous) if (!scores.includes(map)) this.release(map, word);
    this.prepared = new Map();
    const words = scores.map(map => {
      const word = this.prepared.get(map) ?? previous.get(map) ?? this.prepare(map);
      this.prepared.set(map, word);
      return word;
    });
    const found: number[] = [];
    const pending: Combination[] = [];
    const first: Combination = { at: new Int32Array(words.length), raised: 0, bound: 0 };
    first.bound = this.boundOf(words, first.at);
    pending.push(first);
    while (found.length < limit && pending.length > 0 && heapTop(pending).bound <= maxMean) {
      // One level: every combination with the same mean, whose people are then ordered by name.
      const bound = heapTop(pending).bound;
      const streams: Stream[] = [];
      while (pending.length > 0 && heapTop(pending).bound === bound) {
        const combination = heapPop(pending);
        for (let w = combination.raised; w < words.length; w++) {
          if (combination.at[w] + 1 >= words[w].levels.length) continue;
          const at = combination.at.slice();
          at[w]++;
          heapPush(pending, { at, raised: w, bound: this.boundOf(words, at) });
        }
        const stream = this.streamOf(words, combination.at);
        if (stream) streams.push(stream);
      }
      this.takeLevel(words, streams, limit - found.length, found);
    }
    return found.map(p => this.describe(words, this.byPosition[p]));
  }

  /** Sum of the levels' values over the words, divided by their number: the mean of every person in the combination. */
  private boundOf(words: Word[], at: Int32Array): number {
    let sum = 0;
    for (let w = 0; w < words.length; w++) sum += words[w].levels[at[w]].value;
    return sum / words.length;
  }

  /**
   * Adds to `found` the first `needed` people of one level in ranking order. People with equal names are ordered as
   * a scan would meet them: by the first query word that reaches them, the first entry it scored, then roster order.
   */
  private takeLevel(words: Word[], streams: Stream[], needed: number, found: number[]): void {
    const taken: number[] = [];
    for (;;) {
      let next: Stream | undefined;
      for (const stream of streams) if (stream.head !== END && (!next || stream.head < next.head)) next = stream;
      if (!next) break;
      if (taken.length >= needed && this.labelRank[next.head] !== this.labelRank[taken[taken.length - 1]]) break;
      taken.push(next.head);
      next.advance();
    }
    // The scan order is needed, and worked out, only for people whose names are equal.
    const keys = new Map<number, number>();
    const keyOf = (p: number) => {
      let key = keys.get(p);
      if (key === undefined) keys.set(p, (key = this.scanOrder(words, this.byPosition[p])));
      return key;
    };
    taken.sort((a, b) => this.labelRank[a] - this.labelRank[b] || keyOf(a) - keyOf(b) || this.byPosition[a] - this.byPosition[b]);
    found.push(...taken.slice(0, needed));
  }

  /** The people whose best score for each word lies exactly at the combination's levels, or none when no word is matched. */
  private streamOf(words: Word[], at: Int32Array): Stream | undefined {
    const cursors: UnionCursor[] = [];
    for (let w = 0; w < words.length; w++) {
      const level = words[w].levels[at[w]];
      if (level.lists.length > 0) cursors.push(new UnionCursor(level.lists, level.size));
    }
    if (cursors.length === 0) return undefined;
    cursors.sort((a, b) => a.size - b.size);
    return new Stream(cursors, p => this.belongs(words, at, this.byPosition[p]));
  }

  private belongs(words: Word[], at: Int32Array, official: number): boolean {
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const best = this.bestOf(word, official);
      const level = best < 1 ? word.levelOf.get(best) : word.levels.length - 1;
      if (level !== at[w]) return false;
    }
    return true;
  }

  /** The person's best score for the word, as the float32 a per-person score table would hold, or UNMATCHED. */
  private bestOf(word: Word, official: number): number {
    let best = UNMATCHED;
    for (let s = official * this.stride, end = s + this.stride; s < end; s++) {
      const set = this.sets[this.setsOf[s]];
      for (let i = 0; i < set.length; i++) {
        const score = word.score[set[i] >> 2];
        if (score < 0) continue;
        const value = Math.fround(score + this.penalties[set[i] & 3]);
        if (value < best) best = value;
      }
    }
    return best;
  }

  /** When a scan in query order meets the person: the first word that reaches them, then the first entry it scored. */
  private scanOrder(words: Word[], official: number): number {
    for (let w = 0; w < words.length; w++) {
      const { score, order } = words[w];
      let first = END;
      for (let s = official * this.stride, end = s + this.stride; s < end; s++) {
        const set = this.sets[this.setsOf[s]];
        for (let i = 0; i < set.length; i++) if (score[set[i] >> 2] >= 0 && order[set[i] >> 2] < first) first = order[set[i] >> 2];
      }
      if (first !== END) return w * (this.entryCount + 1) + first;
    }
    return words.length * (this.entryCount + 1);
  }

  /**
   * The codes (entry * KINDS + kind) of the person's scored entries for one word, into codes[0, count), by the order
   * the entries were scored and then by kind; returns the count.
   */
  private scoredCodes(word: Word, official: number): number {
    let count = 0;
    for (let s = official * this.stride, end = s + this.stride; s < end; s++) {
      const set = this.sets[this.setsOf[s]];
      for (let i = 0; i < set.length; i++) {
        const code = set[i];
        if (word.score[code >> 2] < 0) continue;
        if (count === this.codes.length) this.codes = grown(this.codes);
        // An insertion sort: a person owns a few entries.
        let at = count++;
        for (; at > 0 && precedes(word, code, this.codes[at - 1]); at--) this.codes[at] = this.codes[at - 1];
        this.codes[at] = code;
      }
    }
    return count;
  }

  /** The person's mean and, per word, the entry a scan in scoring order settles on (the first strictly best). */
  private describe(words: Word[], official: number): RankedOfficial {
    let sum = 0;
    const matched = words.map(word => {
      let best = UNMATCHED;
      let chosen: { entry: number; kind: number } | undefined;
      for (let c = 0, count = this.scoredCodes(word, official); c < count; c++) {
        const entry = this.codes[c] >> 2;
        const kind = this.codes[c] & 3;
        const total = word.score[entry] + this.penalties[kind];
        if (total < best) {
          best = Math.fround(total);
          chosen = { entry, kind };
        }
      }
      sum += Math.min(1, best);
      return chosen;
    });
    return { official, mean: sum / words.length, matched };
  }

  private prepare(scores: ReadonlyMap<number, number>): Word {
    const { score, order } = this.spareTables.pop() ?? { score: new Float64Array(this.entryCount).fill(-1), order: new Int32Array(this.entryCount) };
    const byValue = new Map<number, Int32Array[]>();
    let i = 0;
    for (const [entry, value] of scores) {
      score[entry] = value;
      order[entry] = i++;
      for (let kind = 0; kind < KINDS; kind++) {
        const list = this.groups[entry * KINDS + kind];
        const total = Math.fround(value + this.penalties[kind]);
        if (!list || total >= 1) continue;
        const lists = byValue.get(total);
        if (lists) lists.push(list);
        else byValue.set(total, [list]);
      }
    }
    const levels: Level[] = [...byValue]
      .sort((a, b) => a[0] - b[0])
      .map(([value, lists]) => ({ value, lists, size: lists.reduce((sum, list) => sum + list.length, 0) }));
    const levelOf = new Map(levels.map((level, l) => [level.value, l]));
    levels.push({ value: 1, lists: [], size: 0 });
    return { score, order, levels, levelOf };
  }

  /** Unsets a word's scores (its orders are read only where a score is set) and keeps its tables for another word. */
  private release(scores: ReadonlyMap<number, number>, word: Word): void {
    for (const entry of scores.keys()) word.score[entry] = -1;
    this.spareTables.push({ score: word.score, order: word.order });
  }

  /** Each entry's owners by kind, in ranking order; a person owning an entry twice is listed under the lower kind. */
  private ownerLists(): (Int32Array | undefined)[] {
    const sizes = new Int32Array(this.entryCount * KINDS);
    this.eachOwnership(sizes, undefined);
    const groups = Array.from(sizes, size => (size > 0 ? new Int32Array(size) : undefined));
    this.eachOwnership(new Int32Array(sizes.length), groups);
    return groups;
  }

  /** Counts each person's ownerships by group into `filled`, and with `groups`, also lists them there by position. */
  private eachOwnership(filled: Int32Array, groups: (Int32Array | undefined)[] | undefined): void {
    const { sets, setsOf, stride } = this;
    // Per entry, the lowest kind seen for the person stamped: stamps spare clearing the table per person.
    const stamp = new Int32Array(this.entryCount);
    const kindOf = new Int8Array(this.entryCount);
    for (let p = 0; p < this.byPosition.length; p++) {
      const official = this.byPosition[p];
      const mark = p + 1;
      for (let s = official * stride; s < (official + 1) * stride; s++) {
        const set = sets[setsOf[s]];
        for (let i = 0; i < set.length; i++) {
          const entry = set[i] >> 2;
          const kind = set[i] & 3;
          if (stamp[entry] !== mark || kind < kindOf[entry]) {
            stamp[entry] = mark;
            kindOf[entry] = kind;
          }
        }
      }
      for (let s = official * stride; s < (official + 1) * stride; s++) {
        const set = sets[setsOf[s]];
        for (let i = 0; i < set.length; i++) {
          const entry = set[i] >> 2;
          if (stamp[entry] !== mark) continue;
          const group = entry * KINDS + kindOf[entry];
          if (groups) groups[group]![filled[group]] = p;
          filled[group]++;
          stamp[entry] = 0;
        }
      }
    }
  }
}

/** The positions in any of several ascending lists, read in order and skipped ahead by galloping. */
class UnionCursor {
  private readonly at: Int32Array;

  constructor(
    private readonly lists: readonly Int32Array[],
    readonly size: number,
  ) {
    this.at = new Int32Array(lists.length);
  }

  /** The least position ≥ target in any list, or END. */
  seek(target: number): number {
    let least = END;
    for (let l = 0; l < this.lists.length; l++) {
      const list = this.lists[l];
      let i = this.at[l];
      if (i < list.length && list[i] < target) {
        let step = 1;
        let hi = i + 1;
        while (hi < list.length && list[hi] < target) {
          i = hi;
          step <<= 1;
          hi = i + step;
        }
        let lo = i + 1;
        hi = Math.min(hi, list.length);
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid] < target) lo = mid + 1;
          else hi = mid;
        }
        this.at[l] = i = lo;
      }
      if (i < list.length && list[i] < least) least = list[i];
    }
    return least;
  }
}

/** The positions every cursor holds (a leapfrog join), smallest first, that pass `accept`. */
class Stream {
  head = -1;

  constructor(
    private readonly cursors: UnionCursor[],
    private readonly accept: (position: number) => boolean,
  ) {
    this.advance();
  }

  advance(): void {
    let p = this.join(this.head + 1);
    while (p !== END && !this.accept(p)) p = this.join(p + 1);
    this.head = p;
  }

  private join(from: number): number {
    const cursors = this.cursors;
    let p = cursors[0].seek(from);
    let agreed = 1;
    for (let i = 1 % cursors.length; p !== END && agreed < cursors.length; i = (i + 1) % cursors.length) {
      const q = cursors[i].seek(p);
      if (q === p) agreed++;
      else {
        p = q;
        agreed = 1;
      }
    }
    return p;
  }
}

/** Whether the entry code a comes before b in a scan in scoring order: by the order scored, then by kind. */
function precedes(word: Word, a: number, b: number): boolean {
  const byOrder = word.order[a >> 2] - word.order[b >> 2];
  return byOrder < 0 || (byOrder === 0 && (a & 3) < (b & 3));
}

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

function heapTop(heap: Combination[]): Combination {
  return heap[0];
}

function heapPush(heap: Combination[], item: Combination): void {
  heap.push(item);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (heap[parent].bound <= item.bound) break;
    heap[i] = heap[parent];
    heap[(i = parent)] = item;
  }
}

function heapPop(heap: Combination[]): Combination {
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    let leastBound = last.bound;
    if (left < heap.length && heap[left].bound < leastBound) {
      least = left;
      leastBound = heap[left].bound;
    }
    if (right < heap.length && heap[right].bound < leastBound) least = right;
    if (least === i) break;
    heap[i] = heap[least];
    i = least;
  }
  heap[i] = last;
  return top;
}
