// The English word list (≈275,000 lower-case words from an-array-of-english-words), loaded on first use and kept
// as a Set. The core reads no file: each host names the loader once at start (src/node/englishWordList.ts for the
// extension, the CLI and the tests), since only some features ever classify a word.

import { Pacer } from './eventLoop';

let load: (() => readonly string[]) | undefined;
let words: WordSet | undefined;

/**
 * The words in many small sets by their first letters: one Set of 275,000 words copies all of them each time it grows
 * past its capacity (tens of milliseconds of the host's start at the last growths, which cannot be cut in turns).
 */
class WordSet {
  private readonly shards = Array.from({ length: 64 }, () => new Set<string>());

  add(word: string): void {
    this.shardOf(word).add(word);
  }

  has(word: string): boolean {
    return this.shardOf(word).has(word);
  }

  private shardOf(word: string): Set<string> {
    return this.shards[(word.charCodeAt(0) * 31 + (word.charCodeAt(1) || 0)) & 63];
  }
}

/** Names where the list comes from; it is read at the first question. */
export function setEnglishWordList(loader: () => readonly string[]): void {
  load = loader;
  words = undefined;
}

/**
 * Builds the list's Set ahead of the first question, a slice at a time with turns given to the host between them
 * (one `new Set` of 275,000 words would hold the host's thread for a good part of a second). A question asked
 * before it is done loads the list at once, as without it.
 */
export async function prepareEnglishWordList(list: Promise<readonly string[]>): Promise<void> {
  const all = await list;
  const building = new WordSet();
  const pacer = new Pacer();
  for (let i = 0; i < all.length && !words; i += SLICE) {
    await pacer.pace();
    for (const word of all.slice(i, i + SLICE)) building.add(word);
  }
  words ??= building;
}

const SLICE = 10_000;

/** Characters of the list's JSON parsed at a step (one JSON.parse of the 3 MB list takes about 100 ms, a step about 1 ms). */
const JSON_SLICE = 32 * 1024;

/**
 * A JSON array of strings (the word list's file), parsed a slice at a time with turns given to the host between
 * them: the same array as JSON.parse. Slices end after a string's closing quote and its comma; a text that does not
 * split so (spaces after the commas, a quote escaped before a comma) is parsed whole.
 */
export async function parseStringArrayInSlices(json: string): Promise<string[]> {
  const whole = () => JSON.parse(json) as string[];
  const open = json.indexOf('[');
  const close = json.lastIndexOf(']');
  if (open < 0 || close < open || json.slice(0, open).trim() || json.slice(close + 1).trim()) return whole();
  const words: string[] = [];
  const pacer = new Pacer();
  for (let from = open + 1; from < close; ) {
    await pacer.pace();
    const cut = from + JSON_SLICE < close ? json.indexOf('",', from + JSON_SLICE) : -1;
    const to = cut < 0 ? close : cut + 1;
    let slice: unknown;
    try {
      slice = JSON.parse(`[${json.slice(from, to)}]`);
    } catch {
      return whole();
    }
    if (!Array.isArray(slice) || slice.some(word => typeof word !== 'string')) return whole();
    for (const word of slice as string[]) words.push(word);
    from = to + 1;
  }
  return words;
}

function dictionary(): WordSet {
  if (!words) {
    if (!load) throw new Error('no English word list: the host must call setEnglishWordList first');
    words = new WordSet();
    for (const word of load()) words.add(word);
  }
  return words;
}

/** Whether the word (any case) is in the English word list as it is spelled. */
export function inEnglishDictionary(word: string): boolean {
  return dictionary().has(word.toLowerCase());
}

/** Inflections the list does not always spell out (look-alikes, outflanked): the stem decides. */
const INFLECTION = /(?:s|es|ed|ing|ers|ness)$/;

/** Whether the lower-case word is an English dictionary word or a regular inflection of one. */
export function isEnglishWord(lower: string): boolean {
  if (inEnglishDictionary(lower)) return true;
  const ending = INFLECTION.exec(lower);
  if (!ending || lower.length - ending[0].length < 3) return false;
  const stem = lower.slice(0, ending.index);
  return inEnglishDictionary(stem) || inEnglishDictionary(stem + 'e');
}
