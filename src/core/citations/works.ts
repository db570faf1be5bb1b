// The works the notes have cited so far, found again by an `op. cit.` or a short title: author surnames and title
// words matched against every earlier citation, through an index by word so a long run of notes stays linear.
import { surnames, volumeOf } from './printed';
import type { Citation, ResolvedCitation } from './types';

export interface Cited {
  label: string;
  citation: ResolvedCitation;
  /** The note of the full reference an Ibid. or a short reference stands for, when it is not this one. */
  origin?: string;
}

/**
 * A romanized word as the transliteration systems agree on it: `y` and `j` for `i`, a doubled `i` once (`Khlevnyuk`,
 * `Khlevniuk` → `khlevniuk`; `Maisky`, `Maiskii` → `maiski`), so one name or title found in another system is found
 * again. Cyrillic is left as it is.
 */
const romanFolded = (word: string) => word.replace(/[yj]/g, 'i').replace(/i{2,}/g, 'i');

function words(text: string): string {
  return ` ${romanFolded(
    text
      .toLowerCase()
      .replace(/\.\.\.|…/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  )} `;
}

/** Who a work is by: its author, else the editors of a book (a chapter's editors are its book's, not its own). */
const peopleOf = (c: Citation) => c.author ?? (c.articleTitle === undefined ? c.editor : undefined);

/** The author's surnames all stand in the candidate's author (or a book's editors), or in its text when it names none. */
export function sameAuthor(author: string, candidate: Citation): boolean {
  const want = surnames(author).map(romanFolded);
  if (!want.length) return false;
  const people = peopleOf(candidate);
  if (people) {
    const have = surnames(people).map(romanFolded);
    return want.every(s => have.includes(s));
  }
  const text = words(candidate.raw);
  return want.every(s => text.includes(` ${s} `));
}

/** What a work is known by: an article's own title, else its title, else its text. */
const titleOf = (c: Citation) => c.articleTitle ?? c.title ?? c.raw;

/**
 * The title's words stand, in order, in the candidate's title (or text), and the candidate says more than it does: a
 * longer title, an imprint, or the periodical an article is in.
 */
function fullerTitle(title: string, candidate: Citation, minWords: number): boolean {
  const key = words(title);
  if (key.trim().split(' ').length < minWords) return false;
  const have = words(titleOf(candidate));
  return have.includes(key) && (have.length > key.length || candidate.published !== undefined || candidate.articleTitle !== undefined);
}

/** `Brovkin, Russian Review 42, Ibid`: the journal and volume an article of that author is in. */
function journalVolume(title: string, candidate: Citation): boolean {
  return candidate.articleTitle !== undefined && candidate.volume !== undefined && words(title) === words(`${candidate.title ?? ''} ${candidate.volume}`);
}

/** Two spellings of one long word: equal, or one letter changed, dropped or added, or two swapped (`Hrushevksy`). */
function nearly(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const restA = a.length - head - tail;
  const restB = b.length - head - tail;
  return (restA <= 1 && restB <= 1) || (restA === 2 && restB === 2 && a[head] === b[head + 1] && a[head + 1] === b[head]);
}

/** A short title with a slip of the pen: each of its words, in order, nearly a word of the candidate's title. */
function nearTitle(title: string, candidate: Citation): boolean {
  const want = words(title).trim().split(' ');
  const have = words(titleOf(candidate)).trim().split(' ');
  let at = 0;
  for (const word of want) {
    while (at < have.length && !nearly(word, have[at])) at++;
    if (at++ >= have.length) return false;
  }
  return have.length > want.length || candidate.published !== undefined;
}

/** Whether a back-reference (`op. cit.` or a short title) names the work of an earlier citation. */
export function sameWork(reference: Citation, candidate: ResolvedCitation): boolean {
  if (candidate.kind === 'archival' || candidate.kind === 'ibid' || candidate.kind === 'op-cit' || candidate.unresolved) return false;
  // An unread note is a fuller reference only if it gives a year; `Quoted in Abarinov, ‘V kuluarakh.’` is as short.
  if (candidate.kind === 'other' && !givesYear(candidate)) return false;
  if (reference.author && !sameAuthor(reference.author, candidate)) return false;
  if (reference.title) {
    // A misspelt title is recognised only beside its author's name.
    const byAuthor = reference.author !== undefined && (nearTitle(reference.title, candidate) || journalVolume(reference.title, candidate));
    return fullerTitle(reference.title, candidate, reference.author ? 1 : 2) || byAuthor;
  }
  // An author alone finds a full reference: one with an imprint, or, for an explicit `Brovkin, Ibid` or `Conquest, op.
  // cit.`, one giving a year where the imprint was not read apart (`…, Russian Review Volume 42, Issue 1, 1983`). A
  // name and a year alone (`Il’inskii, 2002, 404–11`) cite by author and date, not back.
  const explicit = reference.kind === 'ibid' || reference.kind === 'op-cit';
  return reference.author !== undefined && (candidate.published !== undefined || (explicit && givesYear(candidate)));
}

const givesYear = (c: Citation) => /\b(?:1[5-9]|20)\d\d\b/.test(c.raw);

export function volumeOfCitation(c: Citation): string | undefined {
  return c.volume ?? (c.kind === 'printed' ? undefined : volumeOf(c.raw));
}

/** The words an earlier citation can be found by: its authors' (or editors') surnames and its title's words, else its text's. */
function keysOf(c: Citation): Set<string> {
  const people = peopleOf(c);
  const text = people || c.title ? `${people ? surnames(people).join(' ') : ''} ${c.articleTitle ?? ''} ${c.title ?? ''}` : c.raw;
  return new Set(words(text).trim().split(' ').filter(Boolean));
}

/** The word a back-reference is looked up by, as the index holds words: its first surname, else its title's first word. */
function keyOf(reference: Citation): string | undefined {
  const surname = reference.author ? surnames(reference.author)[0] : undefined;
  return words(surname ?? reference.title ?? '').trim().split(' ')[0];
}

/** Two citations of one work: the words of one's title (or text) open the other's (a subtitle may be left off). */
function oneWork(a: Citation, b: Citation): boolean {
  const [x, y] = [words(titleOf(a)), words(titleOf(b))];
  return x.startsWith(y) || y.startsWith(x);
}

/** What a back-reference finds: the work it names, or, when it fits several works, each of them. */
export type FoundWork = { work: Cited } | { candidates: Cited[] };

export class WorkIndex {
  private readonly byWord = new Map<string, Cited[]>();

  add(cited: Cited): void {
    if (cited.citation.kind === 'archival') return;
    for (const key of keysOf(cited.citation)) {
      const list = this.byWord.get(key) ?? [];
      list.push(cited);
      this.byWord.set(key, list);
    }
  }

  /**
   * The latest earlier citation of the same work (one of the same volume first). When the reference fits several
   * works (`Conquest, op. cit.` after two of Conquest's books) and its volume tells them not apart, the latest
   * citation of each, newest first.
   */
  find(reference: Citation): FoundWork | undefined {
    const key = keyOf(reference);
    const list = key ? this.byWord.get(key) ?? [] : [];
    const works: { latest: Cited; ofVolume?: Cited }[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const cited = list[i];
      if (!sameWork(reference, cited.citation)) continue;
      let work = works.find(w => oneWork(w.latest.citation, cited.citation));
      if (!work) works.push((work = { latest: cited }));
      if (reference.volume && volumeOfCitation(cited.citation) === reference.volume) work.ofVolume ??= cited;
    }
    const ofVolume = works.filter(w => w.ofVolume);
    const found = ofVolume.length ? ofVolume.map(w => w.ofVolume as Cited) : works.map(w => w.latest);
    if (found.length === 0) return undefined;
    return found.length === 1 ? { work: found[0] } : { candidates: found };
  }
}
