// Looks glossary entries up by name and finds them in running text (body or notes, as written in Markdown).
import { matchingText } from '../text/matchingText';
import type { GlossaryEntry, GlossaryKind, GlossaryMatch } from './types';

/** Apostrophes, primes and quotes used for the soft and hard signs are one character to the glossary. */
const APOSTROPHES = /['’ʼ′]/g;

/** A party's letter in parentheses after its siglum, which texts also print spaced: ВКП (б), РКП (б). */
const SPACED_SUFFIX = /(?<=\p{L})\s+(?=\(\p{L}{1,2}\))/gu;

/** The form a term is keyed by: as matching reads it (see text/matchingText), one apostrophe, one space. */
export function normalizeForm(form: string): string {
  return matchingText(form).text.replace(APOSTROPHES, '’').replace(SPACED_SUFFIX, '').replace(/\s+/g, ' ').trim();
}

/** Soft and hard signs in any of the ways they are written (oblast’, s"ezd, sʺezd, s’’ezd), and none. */
const SIGNS = /[’"ʹʺ″]/g;

/** A form with its case and its soft and hard signs left out: English prose writes oblast, artels, s"ezd. */
const signless = (key: string) => key.toLowerCase().replace(SIGNS, '');

/** The letters inside a parenthesised suffix are one letter in either case: ВКП(Б) is ВКП(б). */
const foldSuffix = (key: string) => key.replace(/\([^)]*\)/g, group => group.toLowerCase());

/** Acronyms (an inner capital: TsDOO SO, KPK) and abbreviations (ll. vs L.) only match as written. */
function caseSensitive(entry: GlossaryEntry, form: string): boolean {
  return entry.kind === 'abbreviation' || /\p{Lu}/u.test(form.slice(1));
}

function formPattern(form: string): string {
  let inParentheses = false;
  return normalizeForm(form)
    .split('')
    .map((ch, i, chars) => {
      if (ch === '’') return "['’ʼ′]";
      if (ch === ' ') return '\\s+';
      if (ch === '(' && /\p{L}/u.test(chars[i - 1] ?? '')) {
        inParentheses = true;
        return '\\s?\\(';
      }
      if (ch === ')') inParentheses = false;
      if (inParentheses && ch.toLowerCase() !== ch.toUpperCase()) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
      // A hyphen is no syntax outside a class, and escaping it is an error in a Unicode pattern (izd-vo).
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
}

/** An English possessive `’s` (or `'s`) ends the word it follows: the NKVD’s chief, glasnost’s end. */
const POSSESSIVE = /['’ʼ]?s(?![\p{L}\p{N}'’ʼ′])/uy;

function possessiveAt(text: string, at: number, apostrophe: boolean): boolean {
  POSSESSIVE.lastIndex = at;
  const hit = POSSESSIVE.exec(text);
  return hit !== null && (apostrophe ? hit[0] === 's' : hit[0].length === 2);
}

/**
 * A form ending in a letter, digit or `)` must not run on into a word (`Ibid` is not in `Ibidem`), nor one ending
 * in a soft sign's apostrophe (`artel’` is not in `artel’shchik`, `vreditel’` not in `vreditel’stvo`); either may
 * take an English possessive.
 */
function endsCleanly(text: string, form: string, end: number): boolean {
  const next = text[end] ?? '';
  if (/[\p{L}\p{N})]$/u.test(form)) return !/[\p{L}\p{N}'’ʼ′]/u.test(next) || possessiveAt(text, end, false);
  if (/['’ʼ′]$/u.test(form)) return !/[\p{L}\p{N}]/u.test(next) || possessiveAt(text, end, true);
  return true;
}

/** Not inside a word, and not the tail of another abbreviation (the `g.` of `e.g.`). */
const WORD_START = "(?<![\\p{L}\\p{N}'’.])";

interface Matcher {
  regex: RegExp;
  entries: Map<string, GlossaryEntry>;
  fold: (s: string) => string;
}

function matcher(pairs: [string, GlossaryEntry][], flags: string, fold: (s: string) => string): Matcher | undefined {
  if (pairs.length === 0) return undefined;
  // Longest first, so `op. cit.` wins over `op.` and `ll.` over `l.`.
  const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length);
  const entries = new Map<string, GlossaryEntry>();
  for (const [form, entry] of sorted) if (!entries.has(fold(normalizeForm(form)))) entries.set(fold(normalizeForm(form)), entry);
  const regex = new RegExp(`${WORD_START}(?:${sorted.map(([form]) => formPattern(form)).join('|')})`, flags);
  return { regex, entries, fold };
}

export class Glossary {
  private readonly byForm = new Map<string, GlossaryEntry>();
  private readonly byFoldedForm = new Map<string, GlossaryEntry>();
  private readonly bySignlessForm = new Map<string, GlossaryEntry>();
  private readonly matchers: Matcher[];

  constructor(readonly entries: readonly GlossaryEntry[]) {
    const exact: [string, GlossaryEntry][] = [];
    const folded: [string, GlossaryEntry][] = [];
    for (const entry of entries) {
      for (const form of [entry.term, ...(entry.aliases ?? [])]) {
        const key = normalizeForm(form);
        if (!this.byForm.has(key)) this.byForm.set(key, entry);
        if (!this.byFoldedForm.has(key.toLowerCase())) this.byFoldedForm.set(key.toLowerCase(), entry);
        if (!this.bySignlessForm.has(signless(key))) this.bySignlessForm.set(signless(key), entry);
        (caseSensitive(entry, form) ? exact : folded).push([form, entry]);
      }
    }
    this.matchers = [matcher(exact, 'gu', foldSuffix), matcher(folded, 'giu', s => s.toLowerCase())].filter(
      (m): m is Matcher => m !== undefined,
    );
  }

  /**
   * The entry for a name as a user types it: exact form first, then any case, then with the abbreviation dot
   * the user left off (`ll` → `ll.`), then with the soft and hard signs written otherwise or not at all
   * (`oblast` → `oblast’`, `s"ezd` → `s’’ezd`).
   */
  lookup(name: string): GlossaryEntry | undefined {
    const key = normalizeForm(name);
    return (
      this.byForm.get(key) ??
      this.byFoldedForm.get(key.toLowerCase()) ??
      (key.endsWith('.') ? undefined : this.byForm.get(`${key}.`) ?? this.byFoldedForm.get(`${key}.`.toLowerCase())) ??
      this.bySignlessForm.get(signless(key))
    );
  }

  /** The archive a siglum names, in any of its forms. */
  archive(siglum: string): GlossaryEntry | undefined {
    const entry = this.byForm.get(normalizeForm(siglum));
    return entry?.kind === 'archive' ? entry : undefined;
  }

  ofKind(kind: GlossaryKind): GlossaryEntry[] {
    return this.entries.filter(e => e.kind === kind);
  }

  /**
   * Every entry found in the text, left to right; where two overlap the longer wins. Offsets are where a match is
   * written; its text is as matching reads it (see text/matchingText).
   */
  findAll(written: string): GlossaryMatch[] {
    const { text, map } = matchingText(written);
    const found: GlossaryMatch[] = [];
    for (const m of this.matchers) {
      // exec on the one compiled RegExp: matchAll would copy (and recompile) the large pattern on every call.
      m.regex.lastIndex = 0;
      // The word-end check runs here rather than as a lookahead per form: hundreds of Unicode lookaheads make
      // the pattern take a good part of a second to compile.
      for (let hit = m.regex.exec(text); hit; hit = m.regex.exec(text)) {
        const end = hit.index + hit[0].length;
        const entry = m.entries.get(m.fold(normalizeForm(hit[0])));
        if (entry && endsCleanly(text, hit[0], end)) found.push({ entry, text: hit[0], start: hit.index, end });
        else m.regex.lastIndex = hit.index + 1;
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: GlossaryMatch[] = [];
    for (const match of found) {
      const last = kept[kept.length - 1];
      if (last && match.start < last.end) continue;
      kept.push(match);
    }
    return map.isIdentity ? kept : kept.map(match => map.spanToOriginal(match));
  }

  /** The entry written at an offset of the text (a line, typically), if any. */
  findAt(text: string, offset: number): GlossaryMatch | undefined {
    return this.findAll(text).find(m => m.start <= offset && offset <= m.end);
  }
}

/** Later lists extend earlier ones; an entry with the same term replaces the earlier entry. */
export function mergeGlossaryEntries(...lists: readonly GlossaryEntry[][]): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const list of lists) for (const entry of list) byTerm.set(normalizeForm(entry.term), entry);
  return [...byTerm.values()];
}
