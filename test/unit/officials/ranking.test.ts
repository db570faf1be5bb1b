import assert from 'node:assert/strict';
import { RankingIndex, type RankedOfficial } from '../../../src/core/officials/ranking';

const PENALTIES = [0, 0.02, 0.15, 0.3];
const MAX_MEAN = 0.7;
const collator = new Intl.Collator();

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

interface Case {
  labels: string[];
  sets: Int32Array[];
  setsOf: Int32Array;
  entryCount: number;
  words: Map<number, number>[];
  limit: number;
}

// Few names, so that many people share one; two of them equal only to the collator (composed and decomposed ё).
const NAMES = ['Ivan Ivanov', 'Petr Ivanov', 'Ivan Petrov', 'Anna Smirnova', 'Fëdor Popov', 'Fe\u0308dor Popov', 'Iakov Zaitsev', 'Ivan Ivanovich Ivanov'];
// Scores that tie after a kind's penalty (0.13 + 0.02 = 0.15 + 0) as well as plainly.
const SCORES = [0, 0.02, 0.05, 0.1, 0.13, 0.15, 0.25, 0.4, 0.55, 0.7, 0.85, 0.98, 1.1];

function randomCase(seed: number): Case {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const n = 1 + Math.floor(next() * 300);
  const entryCount = 1 + Math.floor(next() * 20);
  const sets = Array.from({ length: 1 + Math.floor(next() * 12) }, () => {
    const kinds = new Map<number, number>();
    for (let i = Math.floor(next() * 6); i > 0; i--) kinds.set(Math.floor(next() * entryCount), Math.floor(next() * 4));
    return Int32Array.from(kinds, ([entry, kind]) => entry * 4 + kind);
  });
  const setsOf = Int32Array.from({ length: 2 * n }, () => Math.floor(next() * sets.length));
  const owned = [...new Set(Array.from(setsOf, s => [...sets[s]].map(code => code >> 2)).flat())];
  const words = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
    const scores = new Map<number, number>();
    for (const entry of owned) if (next() < 0.5) scores.set(entry, pick(SCORES));
    if (scores.size === 0 && owned.length > 0) scores.set(owned[0], pick(SCORES));
    return scores;
  });
  return { labels: Array.from({ length: n }, () => pick(NAMES)), sets, setsOf, entryCount, words: words.filter(word => word.size > 0), limit: 1 + Math.floor(next() * 60) };
}

/**
 * The ranking as a plain scan computes it: every owner of every scored entry gets the word's best score (kept in a
 * float32 table), people are offered in the order the scan first meets them, and a stable sort by mean then name
 * keeps the first `limit`.
 */
function scan({ labels, sets, setsOf, words, limit }: Case): RankedOfficial[] {
  const owners = new Map<number, number[]>();
  labels.forEach((_, official) => {
    for (const set of [sets[setsOf[2 * official]], sets[setsOf[2 * official + 1]]]) {
      for (const code of set) {
        const list = owners.get(code >> 2) ?? [];
        owners.set(code >> 2, list);
        const last = list[list.length - 1];
        if (last === undefined || last >> 2 !== official) list.push(official * 4 + (code & 3));
        else if ((code & 3) < (last & 3)) list[list.length - 1] = official * 4 + (code & 3);
      }
    }
  });
  const matches = words.map(scores => {
    const score = new Float32Array(labels.length).fill(2);
    const matched: RankedOfficial['matched'] = [];
    const touched: number[] = [];
    for (const [entry, value] of scores) {
      for (const owner of owners.get(entry) ?? []) {
        const official = owner >> 2;
        const total = value + PENALTIES[owner & 3];
        if (score[official] === 2) touched.push(official);
        if (total < score[official]) {
          score[official] = total;
          matched[official] = { entry, kind: owner & 3 };
        }
      }
    }
    return { score, matched, touched };
  });
  const offered: { official: number; mean: number }[] = [];
  const seen = new Set<number>();
  for (const match of matches) {
    for (const official of match.touched) {
      if (seen.has(official)) continue;
      seen.add(official);
      const mean = matches.reduce((sum, other) => sum + Math.min(1, other.score[official]), 0) / matches.length;
      if (mean <= MAX_MEAN) offered.push({ official, mean });
    }
  }
  offered.sort((a, b) => a.mean - b.mean || collator.compare(labels[a.official], labels[b.official]));
  return offered.slice(0, limit).map(({ official, mean }) => ({ official, mean, matched: matches.map(match => match.matched[official]) }));
}

describe('officials ranking index', () => {
  it('gives the same people, in the same order and with the same matched entries, as a scan of everyone (300 seeded rosters)', () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const c = randomCase(seed);
      if (c.words.length === 0) continue;
      const index = new RankingIndex(c.labels, c.sets, c.setsOf, c.entryCount, PENALTIES);
      const expected = scan(c);
      if (expected.length > 0) nonEmpty++;
      assert.deepEqual(index.top(c.words, c.limit, MAX_MEAN), expected, `seed ${seed}`);
    }
    assert.ok(nonEmpty > 200, `only ${nonEmpty} rosters had results`);
  });

  it('orders namesakes with equal scores as the scan meets them, and cuts the limit inside them', () => {
    // Entry 0 is everyone's surname; entry 1 a role word of people 1 and 2, which the first query word scores first,
    // so a scan meets them before person 0 although all three end with the same score through the surname.
    const labels = ['Ivan Ivanov', 'Ivan Ivanov', 'Ivan Ivanov', 'Anna Ivanova'];
    const sets = [Int32Array.of(0 * 4 + 0), Int32Array.of(), Int32Array.of(1 * 4 + 3)];
    const setsOf = Int32Array.of(0, 1, 0, 2, 0, 2, 0, 1);
    const words = [new Map([[1, 0.2], [0, 0.4]]), new Map([[0, 0.1]])];
    const index = new RankingIndex(labels, sets, setsOf, 2, PENALTIES);
    const mean = (Math.fround(0.4) + Math.fround(0.1)) / 2;
    assert.deepEqual(index.top(words, 4, MAX_MEAN).map(r => [r.official, r.mean, r.matched[0]?.entry]), [[3, mean, 0], [1, mean, 0], [2, mean, 0], [0, mean, 0]]);
    assert.deepEqual(index.top(words, 2, MAX_MEAN).map(r => r.official), [3, 1]);
    assert.deepEqual(index.top(words, 2, MAX_MEAN), scan({ labels, sets, setsOf, entryCount: 2, words, limit: 2 }));
  });

  it('finds nobody for scores that are all too weak, and stops at the limit', () => {
    const index = new RankingIndex(['A B', 'C D'], [Int32Array.of(0), Int32Array.of(4)], Int32Array.of(0, 1, 1, 0), 2, PENALTIES);
    assert.deepEqual(index.top([new Map([[0, 0.95]]), new Map([[1, 0.9]])], 10, MAX_MEAN), []);
    assert.deepEqual(index.top([new Map([[0, 0]])], 1, MAX_MEAN).map(r => r.official), [0]);
  });
});
