// Looks glossary entries up by name and finds them in running text (body or notes, as written in Markdown).
import { matchingText } from '../text/matchingText';
import { runSteps, runStepsInTurns, type Steps } from '../text/steps';
import { romanize } from '../translit/romanize';
import { stemIndex } from './stemIndex';
import { isSubstantive, qualifiesNoun, wordAfter } from './substantive';
import type { GlossaryEntry, GlossaryKind, GlossaryMatch } from './types';

/** Apostrophes, primes and quotes used for the soft and hard signs are one character to the glossary. */
const APOSTROPHES = /['’ʼ′]/g;

/** A siglum: two capitals or more and no small letter (СМ, LL). */
const SIGLUM = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

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

/** The pattern of a form as normalizeForm keys it. */
function formPattern(key: string): string {
  let inParentheses = false;
  return key
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
 * take an English possessive. A form ending in a full stop is not followed by a hyphen and a letter.
 */
function endsCleanly(text: string, form: string, end: number): boolean {
  const next = text[end] ?? '';
  if (/[\p{L}\p{N})]$/u.test(form)) return !/[\p{L}\p{N}'’ʼ′]/u.test(next) || possessiveAt(text, end, false);
  if (/['’ʼ′]$/u.test(form)) return !/[\p{L}\p{N}]/u.test(next) || possessiveAt(text, end, true);
  // An abbreviation a hyphen joins to another word's is part of a compound one (с.-х., sel’skokhoziaistvennyi; ж.-д.).
  if (form.endsWith('.')) return !/^-\p{L}/u.test(text.slice(end, end + 2));
  return true;
}

/** What a form may not follow: it starts no word inside another, nor the tail of an abbreviation (the `g.` of `e.g.`). */
const WORD_INSIDE = String.raw`[\p{L}\p{N}'’.]`;

/** A form's start read as one pattern of all forms looked behind it, with the pattern's flags (under `i` a mark that
 * folds to a letter counts as one). */
class WordStart {
  private readonly inside: RegExp;
  private readonly run: RegExp;

  constructor(flags: string) {
    this.inside = new RegExp(WORD_INSIDE, flags.replace('g', ''));
    this.run = new RegExp(`${WORD_INSIDE}*`, `${flags.replace('g', '')}y`);
  }

  /** Whether a form may start at `at`: the character before it (a whole code point) is none of WORD_INSIDE, nor a
   * hyphen after a full stop (the д. of ж.-д.). */
  at(text: string, at: number): boolean {
    if (at === 0) return true;
    if (text[at - 1] === '-' && text[at - 2] === '.') return false;
    const low = text.charCodeAt(at - 1);
    const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
    return !this.inside.test(pair ? text.slice(at - 2, at) : text[at - 1]);
  }

  /** Where the run of WORD_INSIDE characters from `at` ends: no form starts cleanly inside it. */
  afterWord(text: string, at: number): number {
    this.run.lastIndex = at;
    this.run.exec(text);
    return this.run.lastIndex;
  }
}

/** Forms in one pattern: V8 compiles a pattern when it first runs (again for text with letters beyond Latin-1,
 * again when it turns hot), and one pattern of all the forms took 50 to 150 ms each time. */
const FORMS_PER_PATTERN = 48;

interface Matcher {
  /** The forms longest first, in patterns of a few dozen. */
  patterns: RegExp[];
  start: WordStart;
  entries: Map<string, GlossaryEntry>;
  fold: (s: string) => string;
}

/** A form as written, its key (normalizeForm) and its entry. */
type KeyedForm = [form: string, key: string, entry: GlossaryEntry];

/** A matcher's patterns made a few dozen forms at a step (the whole glossary's took 20-40 ms of the host's start). */
function* matcherSteps(forms: KeyedForm[], flags: string, fold: (s: string) => string): Steps<Matcher | undefined> {
  if (forms.length === 0) return undefined;
  // Longest first, so `op. cit.` wins over `op.` and `ll.` over `l.`.
  const sorted = [...forms].sort((a, b) => b[0].length - a[0].length);
  const entries = new Map<string, GlossaryEntry>();
  for (const [, key, entry] of sorted) if (!entries.has(fold(key))) entries.set(fold(key), entry);
  const patterns: RegExp[] = [];
  for (let i = 0; i < sorted.length; i += FORMS_PER_PATTERN) {
    yield;
    patterns.push(new RegExp(sorted.slice(i, i + FORMS_PER_PATTERN).map(([, key]) => formPattern(key)).join('|'), flags));
  }
  return { patterns, start: new WordStart(flags), entries, fold };
}

/** Texts of one-byte and two-byte characters, the second run twice: V8 compiles a pattern for each kind of text
 * at its first run there, and again, to machine code, at its second. */
const COMPILING_TEXTS = ['a', 'a’', 'a’'];

function compile(pattern: RegExp): void {
  for (const text of COMPILING_TEXTS) {
    pattern.lastIndex = 0;
    pattern.exec(text);
  }
  pattern.lastIndex = 0;
}

/**
 * The hits of a matcher's patterns in a text as one pattern of all its forms in order would give them: the leftmost
 * from where the search resumes, the earlier pattern's where two start together (its forms come first). A pattern's
 * hit stays good while the search resumes before it.
 */
class Hits {
  private readonly next: (RegExpExecArray | null | undefined)[];

  constructor(
    private readonly patterns: readonly RegExp[],
    private readonly text: string,
  ) {
    this.next = patterns.map(() => undefined);
  }

  from(at: number): RegExpExecArray | null {
    let first: RegExpExecArray | null = null;
    this.patterns.forEach((pattern, i) => {
      let hit = this.next[i];
      if (hit === undefined || (hit !== null && hit.index < at)) {
        pattern.lastIndex = at;
        hit = this.next[i] = pattern.exec(this.text);
      }
      if (hit && (!first || hit.index < first.index)) first = hit;
    });
    return first;
  }
}

/** How far around an offset findAt searches a long text: many times the longest form. */
const FIND_AT_REACH = 2000;

export class Glossary {
  private readonly byForm = new Map<string, GlossaryEntry>();
  private readonly byFoldedForm = new Map<string, GlossaryEntry>();
  private readonly bySignlessForm = new Map<string, GlossaryEntry>();
  private readonly exact: KeyedForm[] = [];
  private readonly folded: KeyedForm[] = [];
  private built: Matcher[] | undefined;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    // each form normalised once: it keys three maps and both matchers
    for (const entry of entries) {
      for (const form of [entry.term, ...(entry.aliases ?? [])]) {
        const key = normalizeForm(form);
        if (!this.byForm.has(key)) this.byForm.set(key, entry);
        if (!this.byFoldedForm.has(key.toLowerCase())) this.byFoldedForm.set(key.toLowerCase(), entry);
        if (!this.bySignlessForm.has(signless(key))) this.bySignlessForm.set(signless(key), entry);
        (caseSensitive(entry, form) ? this.exact : this.folded).push([form, key, entry]);
      }
    }
  }

  /** Makes the patterns now, in turns of the event loop (the host's start); else they are made at the first match. */
  async prepareInTurns(): Promise<void> {
    const built = this.built ? undefined : await runStepsInTurns(this.matcherSteps());
    this.built ??= built;
  }

  /**
   * Compiles the patterns now, a step each, in turns of the event loop (the host's start), rather than inside the
   * first text they run on (30-40 ms in all). The command line leaves them to the texts that need them.
   */
  async compileInTurns(): Promise<void> {
    await this.prepareInTurns();
    const patterns = this.matchers.flatMap(m => m.patterns);
    await runStepsInTurns(
      (function* () {
        for (const pattern of patterns) {
          yield;
          compile(pattern);
        }
      })(),
    );
  }

  private *matcherSteps(): Steps<Matcher[]> {
    const exact = yield* matcherSteps(this.exact, 'gu', foldSuffix);
    const folded = yield* matcherSteps(this.folded, 'giu', s => s.toLowerCase());
    return [exact, folded].filter((m): m is Matcher => m !== undefined);
  }

  private get matchers(): Matcher[] {
    return (this.built ??= runSteps(this.matcherSteps()));
  }

  /**
   * The entry for a name as a user types it: exact form first, then any case, then with the abbreviation dot
   * the user left off (`ll` → `ll.`; in capitals only as written: СМ, the Council of Ministers, is no см.), then with the soft and hard signs written otherwise or not at all
   * (`oblast` → `oblast’`, `s"ezd` → `s’’ezd`).
   */
  lookup(name: string): GlossaryEntry | undefined {
    const key = normalizeForm(name);
    // A word in small letters is first the abbreviation whose dot was left off, then a siglum in any case (см is see,
    // not СМ, the Council of Ministers).
    const lower = key === key.toLowerCase() && !key.endsWith('.');
    return (
      this.byForm.get(key) ??
      (lower ? this.byForm.get(`${key}.`) : undefined) ??
      this.byFoldedForm.get(key.toLowerCase()) ??
      (key.endsWith('.') ? undefined : this.byForm.get(`${key}.`) ?? (SIGLUM.test(key) ? undefined : this.byFoldedForm.get(`${key}.`.toLowerCase()))) ??
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
      // exec on the compiled patterns: matchAll would copy (and recompile) them on every call.
      const hits = new Hits(m.patterns, text);
      // The word-end check runs here rather than as a lookahead per form: hundreds of Unicode lookaheads make
      // the patterns take a good part of a second to compile.
      for (let hit = hits.from(0); hit; ) {
        // A form found inside a word is passed over, and the rest of the word with it, as one pattern that looked
        // behind would pass them (looking behind at every character made the patterns slow); after a form that
        // does not end cleanly the search resumes at the next character.
        const end = hit.index + hit[0].length;
        if (!m.start.at(text, hit.index)) {
          hit = hits.from(Math.max(m.start.afterWord(text, hit.index), hit.index + 1));
          continue;
        }
        const entry = m.entries.get(m.fold(normalizeForm(hit[0])));
        const clean = entry && endsCleanly(text, hit[0], end);
        if (entry && clean) found.push({ entry, text: hit[0], start: hit.index, end });
        hit = hits.from(clean ? end : hit.index + 1);
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: GlossaryMatch[] = [];
    for (const match of found) {
      const last = kept[kept.length - 1];
      if (last && match.start < last.end) continue;
      // An abbreviation joined to a number by a hyphen names a model or a numbered thing (СУ-76, a gun, is no СУ).
      if (match.entry.kind === 'abbreviation' && NUMBERED.test(text.slice(match.end, match.end + 2))) continue;
      // An adjective used as a noun before a noun it qualifies is an adjective (krasnye partizany are no Reds).
      if (isSubstantive(match.entry) && qualifiesNoun(match.text, wordAfter(text, match.end), word => this.knows(word))) continue;
      kept.push(match);
    }
    return map.isIdentity ? kept : kept.map(match => map.spanToOriginal(match));
  }

  /** Whether a word is an entry's form, as written or in a case form of a term. */
  knows(word: string): boolean {
    return this.lookup(word) !== undefined || stemIndex(this).entryOf(/\p{Script=Cyrillic}/u.test(word) ? romanize(word, 'lc') : word) !== undefined;
  }

  /**
   * The entry written at an offset of the text (a line, typically), if any. A long line is searched only around the
   * offset, so that a hover costs the same on a line of 200,000 letters as on a sentence. Every form is far shorter
   * than the reach, so a match at the offset lies inside the window, clear of its edges, where a cut word could
   * otherwise seem to start or end.
   */
  findAt(text: string, offset: number): GlossaryMatch | undefined {
    const from = Math.max(0, offset - FIND_AT_REACH);
    const window = text.slice(from, offset + FIND_AT_REACH);
    const found = this.findAll(window).find(m => m.start + from <= offset && offset <= m.end + from);
    return found && { ...found, start: found.start + from, end: found.end + from };
  }
}

const NUMBERED = /^[-‑–]\d/u;

/** Later lists extend earlier ones; an entry with the same term replaces the earlier entry. */
export function mergeGlossaryEntries(...lists: readonly GlossaryEntry[][]): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const list of lists) for (const entry of list) byTerm.set(normalizeForm(entry.term), entry);
  return [...byTerm.values()];
}
