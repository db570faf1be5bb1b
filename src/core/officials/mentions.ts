// Finds where a text names known officials: "I. D. Kabakov", "Sergo Ordzhonikidze", "Stalin’s", and the case
// forms of archival titles ("Delo Kabakova, Ivana Dmitrievicha", "Lichnoe delo Lazara Moiseevicha Kaganovicha").
import { matchingText } from '../text/matchingText';
import { LineIndex, type Range } from '../text/range';
import { givenNames, initialLetters, type Official } from './model';
import { caseForms, normalizeApostrophes, sameName, splitPossessive } from './names';

export interface Mention {
  officialId: string;
  /** UTF-16 offsets of the whole mention as written, initials or given names included, a possessive ’s excluded. */
  start: number;
  end: number;
  /**
   * Line and column of its start and end, as fields of the mention: a library holds hundreds of thousands of mentions,
   * and a range of two positions would be three objects more for each (see mentionRange).
   */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The mention as read: composed, invisible characters left out (see text/matchingText). */
  text: string;
  /** What besides the surname the text gives. */
  form: 'surname' | 'initials' | 'full';
  possessive: boolean;
  /** The surname is in an oblique case (Kabakova, Kaganovicha). */
  inflected: boolean;
}

/** Line and column of a mention's start and end, from a range. */
export const placeOf = ({ start, end }: Range): Pick<Mention, 'line' | 'character' | 'endLine' | 'endCharacter'> => ({ line: start.line, character: start.character, endLine: end.line, endCharacter: end.character });

/** The mention's range. */
export const mentionRange = (m: Pick<Mention, 'line' | 'character' | 'endLine' | 'endCharacter'>): Range => ({ start: { line: m.line, character: m.character }, end: { line: m.endLine, character: m.endCharacter } });

interface FormEntry {
  official: Official;
  inflected: boolean;
  /** The words of a surname before the one it is looked up by, with their separator (`La `, `von `, `Bonet-`). */
  prefix: string;
}

/** A surname of several words (`La Guardia`, `von Ribbentrop`, `Bonet-Maury`): its last word, which a mention is
 * looked up by and which takes the case endings, and the words before it. */
function surnameParts(surname: string): { last: string; prefix: string } {
  const parts = /^(.*[\s\u00a0-])([^\s\u00a0-]+)$/u.exec(normalizeApostrophes(surname));
  return parts ? { last: parts[2], prefix: parts[1] } : { last: normalizeApostrophes(surname), prefix: '' };
}

/** Where a mention starts whose last word is at `at`: before the surname's other words where the text gives them; a
 * particle may be left out (`Ribbentrop`), the first part of a double surname may not (`Dashkov` is not
 * Vorontsov-Dashkov). */
function startWithPrefix(text: string, at: number, prefix: string): number | undefined {
  if (!prefix) return at;
  const written = text.slice(Math.max(0, at - prefix.length), at);
  if (normalizeApostrophes(written).toLowerCase() === prefix.toLowerCase()) return at - prefix.length;
  return prefix.endsWith('-') ? undefined : at;
}

const WORD = /\p{L}[\p{L}’'\u02BC]*/gu;
const UPPER = /^\p{Lu}/u;
const INITIALS_BEFORE = /(?<![\p{L}.])((?:\p{Lu}\p{Ll}?\.[\s\u00a0\uFFFD]*){1,3})$/u;
const INITIALS_AFTER = /^,[\s\u00a0]+((?:\p{Lu}\p{Ll}?\.[\s\u00a0]?){1,3})/u;
const NAMES_BEFORE = /(?:(\p{Lu}[\p{L}’']*)[\s\u00a0]+)?(\p{Lu}[\p{L}’']*)[\s\u00a0]+$/du;
const NAMES_AFTER = /^,[\s\u00a0]+(\p{Lu}[\p{L}’']*)(?:[\s\u00a0]+(\p{Lu}[\p{L}’']*))?/du;

interface Extent {
  start: number;
  end: number;
  form: Mention['form'];
}

export class MentionFinder {
  private readonly forms = new Map<string, FormEntry[]>();
  private readonly byId = new Map<string, Official>();

  constructor(officials: readonly Official[]) {
    for (const official of officials) {
      this.byId.set(official.id, official);
      const { last, prefix } = surnameParts(official.surname);
      for (const form of caseForms(last)) {
        const entries = this.forms.get(form) ?? [];
        entries.push({ official, inflected: form !== last, prefix });
        this.forms.set(form, entries);
      }
    }
  }

  /** The official a mention names. */
  official(id: string): Official | undefined {
    return this.byId.get(id);
  }

  find(written: string): Mention[] {
    const { text, map } = matchingText(written);
    const lines = new LineIndex(written);
    const mentions: Mention[] = [];
    let consumed = 0;
    for (const match of text.matchAll(WORD)) {
      const at = match.index;
      if (at < consumed || !UPPER.test(match[0])) continue;
      const hit = this.lookup(match[0]);
      if (!hit) continue;
      const nameEnd = at + hit.length;
      const after = at + match[0].length;
      const resolved = hit.entries
        .map(entry => {
          const start = startWithPrefix(text, at, entry.prefix);
          return { entry, joined: start !== undefined && start < at, extent: start === undefined ? undefined : extentOf(text, start, nameEnd, after, entry.official) };
        })
        .filter((candidate): candidate is { entry: FormEntry; joined: boolean; extent: Extent } => candidate.extent !== undefined);
      // The surname's other words before it (`Vorontsov-Dashkov`, not Dashkov), then initials or given names that fit
      // some of the namesakes, decide between them.
      const joined = resolved.filter(candidate => candidate.joined);
      const pool = joined.length > 0 ? joined : resolved;
      const specific = pool.filter(candidate => candidate.extent.form !== 'surname');
      for (const { entry, extent } of specific.length > 0 ? specific : pool) {
        const { end } = extent;
        const { start: writtenStart, end: writtenEnd } = map.spanToOriginal(extent);
        mentions.push({
          officialId: entry.official.id,
          start: writtenStart,
          end: writtenEnd,
          ...placeOf(lines.rangeOf(writtenStart, writtenEnd)),
          text: text.slice(extent.start, end),
          form: extent.form,
          possessive: hit.possessive,
          inflected: entry.inflected,
        });
        consumed = Math.max(consumed, end);
      }
    }
    return mentions;
  }

  /** The form entries a word names, and how many of its characters are the name. */
  private lookup(word: string): { entries: FormEntry[]; length: number; possessive: boolean } | undefined {
    const { base, possessive } = splitPossessive(word);
    const tries = [base, base.replace(/[’'\u02BC]+$/, ''), possessive ? `${base}’` : undefined];
    for (const attempt of tries) {
      if (!attempt) continue;
      const entries = this.forms.get(normalizeApostrophes(attempt));
      if (entries) return { entries, length: Math.min(attempt.length, base.length), possessive };
    }
    return undefined;
  }
}

export function findMentions(text: string, officials: readonly Official[]): Mention[] {
  return new MentionFinder(officials).find(text);
}

/** Widens the surname at [start, nameEnd) over the initials or given names around it; undefined when they belong
 * to someone else (initials that do not fit). `after` is where the text following the name (and any ’s) starts. */
function extentOf(text: string, start: number, nameEnd: number, after: number, official: Official): Extent | undefined {
  const beforeFrom = Math.max(0, start - 60);
  const before = text.slice(beforeFrom, start);
  const following = text.slice(after, after + 80);
  const given = givenNames(official);

  const initials = INITIALS_BEFORE.exec(before);
  if (initials) return initialsFit(initials[1], official) ? { start: start - initials[1].length, end: nameEnd, form: 'initials' } : undefined;

  const names = given.length > 0 ? NAMES_BEFORE.exec(before) : null;
  if (names?.indices) {
    const far = names[1];
    const taken = givenWordsMatched(far ? [far, names[2]] : [names[2]], given, 'before');
    if (taken > 0) {
      const [from] = (taken === 2 ? names.indices[1] : names.indices[2]) ?? [before.length];
      return { start: beforeFrom + from, end: nameEnd, form: 'full' };
    }
  }
  const trailing = given.length > 0 ? NAMES_AFTER.exec(following) : null;
  if (trailing?.indices) {
    const words = trailing[2] ? [trailing[1], trailing[2]] : [trailing[1]];
    const taken = givenWordsMatched(words, given, 'after');
    const span = taken > 0 ? trailing.indices[taken] : undefined;
    if (span) return { start, end: after + span[1], form: 'full' };
  }
  const trailingInitials = INITIALS_AFTER.exec(following);
  if (trailingInitials && initialsFit(trailingInitials[1], official)) {
    return { start, end: after + trailingInitials[0].trimEnd().length, form: 'initials' };
  }
  return { start, end: nameEnd, form: 'surname' };
}

/** How many of `words` (read towards the surname) are the person's given names: 2 for "Ivana Dmitrievicha",
 * 1 for "Sergei", 0 for anything else. */
function givenWordsMatched(words: string[], given: string[], side: 'before' | 'after'): number {
  if (side === 'after') {
    if (!sameName(words[0], given[0])) return 0;
    return words.length > 1 && given.length > 1 && sameName(words[1], given[1]) ? 2 : 1;
  }
  const [far, near] = words.length === 2 ? words : [undefined, words[0]];
  if (far && given.length > 1 && sameName(far, given[0]) && sameName(near, given[1])) return 2;
  return sameName(near, given[0]) ? 1 : 0;
}

function initialsFit(written: string, official: Official): boolean {
  const known = initialLetters(official).map(letter => letter.toLowerCase());
  if (known.length === 0) return true;
  const seen = [...written.matchAll(/\p{Lu}\p{Ll}?/gu)].map(m => m[0].toLowerCase());
  return seen.length <= known.length && seen.every((letter, i) => known[i] === letter || known[i][0] === letter);
}
