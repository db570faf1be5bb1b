// Back-references: `Ibid.`/`Там же` takes the preceding citation (in the same note, else the previous note, even
// when that note cites nothing readable) and replaces what its own locator restates; `op. cit.`/`Указ. соч.` and
// a short title (`Davies, The Socialist Offensive, p. 198`) take the latest earlier reference to the same work in
// any note, as does an Ibid. after a name that note does not cite (`Cliff, Ibid`, written for op. cit.). What a resolution takes over is listed in `inferred`; an imprint given for another volume is not taken.
// A bare `d. 109 …` inside a note continues the citation before it.
import type { MarkupSpan } from '../document/types';
import { ARCHIVAL_LEVELS, type ArchivalOptions } from './archival';
import { BY_PLACE, citedWithMarks } from './compact';
import { formatFolios, readFolios } from './folios';
import { parseNote, tidyCitation } from './parseNote';
import { notePointer } from './notePointers';
import { readPages, repeatsAuthor } from './printed';
import { definedShortName, repeatedUnder, type ShortName } from './shortNames';
import type { Citation, NoteCitations, ResolvedCitation, WorkCandidate } from './types';
import { sameAuthor, sameWork, volumeOfCitation, WorkIndex, type Cited } from './works';
import { Pacer } from '../text/eventLoop';

type Field = keyof Citation;

const CANDIDATE_FIELDS = ['author', 'articleTitle', 'editor', 'title', 'volume', 'published', 'date'] as const;
// A periodical's issue stands where a book's volume does (`Ibid., 6 March 1937, p. 3` keeps the title, not the
// page); a leaf (`l. 12`) after the Ibid. of a book is its locator as a page is.
const PRINTED_LEVELS: Field[][] = [['author', 'articleTitle', 'editor', 'title', 'published'], ['volume', 'issue', 'date'], ['pages', 'folios']];

/** A page restated for an archival file (`ibid., p. 101`) is its folio: a file has leaves, not pages. */
function pagesAsFolios(partial: Citation): Citation {
  if (partial.pages === undefined || partial.folios !== undefined) return partial;
  const { items, length } = readFolios(partial.pages);
  return { ...partial, pages: undefined, folios: length === partial.pages.length ? formatFolios(items) : partial.pages };
}

/** The base citation with the partial one's locator: a locator replaces its own level and everything below it. */
export function inherit(base: Citation, restated: Citation): ResolvedCitation {
  const partial = base.kind === 'archival' ? pagesAsFolios(restated) : restated;
  const levels = base.kind === 'printed' ? PRINTED_LEVELS : ARCHIVAL_LEVELS;
  const found = levels.findIndex(level => level.some(f => partial[f] !== undefined));
  const top = found === -1 ? levels.length : found;
  const out: Record<string, unknown> = { kind: base.kind, raw: partial.raw };
  const inferred: Field[] = [];
  levels.forEach((level, i) => {
    const source = i < top ? base : partial;
    for (const f of level) {
      out[f] = source[f];
      if (source === base && base[f] !== undefined) inferred.push(f);
    }
  });
  const known = new Set<string>(levels.flat());
  for (const [f, value] of Object.entries(partial)) if (!known.has(f) && !(f in out) && f !== 'kind') out[f] = value;
  return tidyCitation({ ...(out as unknown as Citation), inferred });
}

export interface NoteSource {
  label: string;
  text: string;
  emphasis?: readonly MarkupSpan[];
}

/** A work found again: its author and title with the reference's own volume and pages, no imprint of another volume. */
function resolveWork(reference: Citation, target: Cited): ResolvedCitation {
  const locator: Citation = { kind: reference.kind, raw: reference.raw, volume: reference.volume, pages: reference.pages, unparsed: reference.unparsed };
  const base = { ...target.citation, inferred: undefined, from: undefined };
  // A short title without a page of its own (`Хлевнюк О. В. Хозяин…`) cites the work, not the page cited before.
  if (reference.kind === 'printed') base.pages = undefined;
  const otherVolume = reference.volume !== undefined && volumeOfCitation(base) !== reference.volume;
  if (otherVolume) {
    base.published = undefined;
    base.date = undefined;
  }
  // A short reference found again names the note of the full reference it resolved to, also through an Ibid.
  const from = target.origin ?? target.label;
  if (base.kind !== 'printed') return tidyCitation({ ...reference, from, inferred: [] });
  return { ...inherit(base, locator), from };
}

/**
 * A back-reference that fits several earlier works: it keeps what it says, takes none of them, and lists them. A
 * short title stays a back-reference (`op-cit`), an Ibid. an Ibid., so neither is itself taken for a work later on.
 */
function ambiguous(reference: Citation, candidates: readonly Cited[]): ResolvedCitation {
  const list = candidates.map(({ label, citation: c }) => {
    const candidate: WorkCandidate = { from: c.from ?? label };
    for (const f of CANDIDATE_FIELDS) if (c[f] !== undefined) candidate[f] = c[f];
    return candidate;
  });
  return { ...reference, kind: reference.kind === 'ibid' ? 'ibid' : 'op-cit', inferred: [], candidates: list };
}

/**
 * The citation an Ibid. repeats: the latest of the same note, else of the previous note. `Rossi, ibid.` takes the
 * latest that names Rossi; a publication's `in ibid.` the latest that is not an archival file.
 */
function ibidTarget(ibid: Citation, publication: boolean, sameNote: readonly Cited[], previous: readonly Cited[]): Cited | undefined {
  const latest = (list: readonly Cited[], test: (c: ResolvedCitation) => boolean) => {
    for (let i = list.length - 1; i >= 0; i--) if (test(list[i].citation)) return list[i];
    return undefined;
  };
  // A fragment the parser could not read (`Список также не выявлен.`) is no source to repeat.
  const named = (c: ResolvedCitation) => (ibid.title ? sameWork(ibid, c) : !ibid.author || sameAuthor(ibid.author, c));
  // An Ibid. naming an issue (`Там же, 27 октября 1955 г., № 300`) repeats a periodical, never an archival file.
  const noFile = publication || ibid.date !== undefined || ibid.issue !== undefined;
  // A note the parser could not read still counts when the Ibid. names its author (`Morakov, ibid.`).
  const wanted = (c: ResolvedCitation) => (c.kind !== 'other' || ibid.author !== undefined) && named(c) && (!noFile || c.kind !== 'archival');
  const last = sameNote[sameNote.length - 1] ?? previous[previous.length - 1];
  const found = latest(sameNote, wanted) ?? latest(previous, wanted);
  // `Cliff, Ibid` after a note that does not cite Cliff repeats no citation of that note: it is found as an op. cit.
  if (found || ibid.author) return found;
  return noFile || last?.citation.kind === 'other' ? undefined : last;
}

/** An `op. cit.`, a short title or a named Ibid. found among the works cited before: the work, its candidates, or none. */
function foundAgain(reference: Citation, works: WorkIndex, mustFind: boolean): ResolvedCitation {
  const found = works.find(reference);
  if (found && 'work' in found) return resolveWork(reference, found.work);
  if (found) return ambiguous(reference, found.candidates);
  return mustFind ? { ...reference, unresolved: true } : reference;
}

/**
 * `Там же. Т. 13. С. 7` after a book: the volume and page of the book, which the marks read as a file's tom with its
 * page unread.
 */
function ownLocator(ibid: Citation, target: Citation): Citation {
  if (target.kind !== 'printed' || ibid.tom === undefined || ibid.fond || ibid.opis || ibid.delo || ibid.folios || ibid.pages) return ibid;
  const pages = ibid.unparsed === undefined ? undefined : readPages(` ${ibid.unparsed}`);
  const { tom, ...rest } = ibid;
  return { ...rest, volume: tom, ...(pages !== undefined && { pages, unparsed: undefined }) };
}

/** The work an Ibid. names another volume of, without the imprint given for the volume cited before. */
function withoutOtherImprint(base: ResolvedCitation, own: Citation): ResolvedCitation {
  if (base.kind !== 'printed' || own.volume === undefined || volumeOfCitation(base) === own.volume) return base;
  return { ...base, published: undefined, date: undefined };
}

/**
 * A `d. 109 …` after an archival citation or an `Ibid., d. 5` keeps what it does not restate; it stays archival. An
 * issue after a periodical's (`…; 1936. 4 янв. С. 2`) takes the periodical's name.
 */
function continueFrom(previous: Citation | undefined, partial: Citation): ResolvedCitation {
  const periodical = previous?.kind === 'printed' && partial.kind === 'printed' && previous.title !== undefined;
  return previous?.kind === 'archival' || previous?.kind === 'ibid' || periodical ? { ...inherit(previous, partial), kind: partial.kind } : partial;
}

/** Parses and resolves every note, in reading order. */
export function resolveNotes(notes: readonly NoteSource[], options: ArchivalOptions = {}): NoteCitations[] {
  return [...resolvingNotes(notes, options)];
}

/** The same, giving the host a turn every few milliseconds (thousands of notes take a good part of a second). */
export async function resolveNotesInTurns(notes: readonly NoteSource[], options: ArchivalOptions = {}): Promise<NoteCitations[]> {
  const resolved: NoteCitations[] = [];
  const pacer = new Pacer();
  for (const note of resolvingNotes(notes, options)) {
    resolved.push(note);
    await pacer.pace();
  }
  return resolved;
}

/** Each note parsed and resolved in turn: a back-reference resolves against the notes before it. */
function* resolvingNotes(notes: readonly NoteSource[], options: ArchivalOptions): Generator<NoteCitations> {
  const works = new WorkIndex();
  const confirmed = archivesCitedWithMarks(notes);
  const shortNames: ShortName[] = [];
  const byLabel = new Map<string, Cited[]>();
  let previous: { label: string; text: string; cited: Cited[] } | undefined;
  for (const note of notes) {
    const parsed = parseNote(note.text, note.emphasis, options).map(p => (confirmed(p.citation) ? { ...p, citation: readByMarks(p.citation) } : p));
    const citations: Citation[] = [];
    const resolved: ResolvedCitation[] = [];
    const cited: Cited[] = [];
    let resolvesTo: string | null = null;
    parsed.forEach(({ citation, continuation, publication, listed }, i) => {
      let origin: string | undefined;
      citations.push(continuation ? tidyCitation(stripInferred(continueFrom(citations[i - 1], citation))) : citation);
      // `same author, Hope Abandoned`, `Idem, The Socialist Offensive`: the author of the reference before, found
      // again with it; a work listed after another of the note with no author of its own (`…; The Prophet Unarmed
      // (Oxford, 1959)`), the author named once before it in the note.
      const own = repeatsAuthor(citation) || listed ? withAuthorBefore(citation, cited, listed ? [] : previous?.cited ?? []) : citation;
      let result: ResolvedCitation = own;
      let from: string | undefined;
      const target = citation.kind === 'ibid' ? ibidTarget(citation, publication === true, cited, previous?.cited ?? []) : undefined;
      // An Ibid. naming only an author whom only the previous note's unread text names (`Morakov, ibid.` after a
      // conversation with Morakov) still repeats that note.
      const namedBefore = () => i === 0 && previous !== undefined && citation.title === undefined && sameAuthor(citation.author ?? '', { kind: 'other', raw: previous.text });
      const several = target && citation.author && !citation.title ? worksOfAuthor(citation.author, cited.includes(target) ? cited : previous?.cited ?? []) : [];
      const pointer = citation.kind === 'archival' || citation.kind === 'ibid' || citation.published ? undefined : notePointer(citation.raw);
      const pointed = pointer && byLabel.get(pointer.label);
      if (pointer && pointed) {
        // `Fitzpatrick, supra n. 12, at 50`: the work of the note it names, with its own page; several, none taken.
        // A note that cites nothing readable is still the one named, with nothing taken from it.
        const works = pointed.filter(c => c.citation.kind !== 'other' || pointed.length === 1);
        const kind = works.length === 1 && works[0].citation.kind === 'printed' ? 'printed' : citation.kind;
        const reference: Citation = { ...citation, kind, pages: pointer.pages ?? citation.pages };
        if (works.length === 0) result = { ...citation, from: pointer.label, inferred: [] };
        else result = works.length === 1 ? resolveWork(reference, works[0]) : ambiguous(reference, works);
        from = result.from;
        origin = result.from;
      } else if (several.length > 1) {
        // `Deutscher, Ibid` after a note citing three of Deutscher's books: each of them, none taken.
        result = ambiguous(citation, several);
      } else if (citation.kind === 'ibid' && (target || !citation.author || namedBefore())) {
        // An Ibid. naming an issue after a note that cites files points at no file of it: it is left unresolved.
        const issueAfterFiles = (citation.date !== undefined || citation.issue !== undefined) && previous?.cited.some(c => c.citation.kind === 'archival');
        from = target?.label ?? ((i === 0 || publication) && !issueAfterFiles ? previous?.label : undefined);
        if (!target) result = from ? { ...citation, from, inferred: [] } : { ...citation, unresolved: true };
        else if (target.citation.unresolved) result = { ...citation, from, unresolved: true };
        else {
          const own = ownLocator({ ...citation, author: undefined, title: undefined }, target.citation);
          result = { ...inherit(withoutOtherImprint(target.citation, own), own), from };
        }
        origin = target ? target.origin ?? target.label : undefined;
      } else if (citation.kind === 'ibid' || citation.kind === 'op-cit' || (citation.kind === 'printed' && !continuation && !citation.published && !citation.date)) {
        result = foundAgain(own, works, citation.kind !== 'printed');
        if (!result.candidates) origin = result.from;
        from = result.from;
      } else if (continuation) {
        result = continueFrom(resolved[i - 1], citation);
      } else if (citation.kind === 'other' && i === 0) {
        // `Nicolaevsky’s collection, box 392, folder 4.` after `… (hereafter Nicolaevsky’s collection), box 392, folder 4`.
        from = repeatedUnder(note.text, shortNames);
        if (from !== undefined) result = { ...citation, from, inferred: [] };
      }
      if (from !== undefined && resolvesTo === null) resolvesTo = from;
      resolved.push(tidyCitation(result));
      cited.push(origin === undefined ? { label: note.label, citation: resolved[i] } : { label: note.label, citation: resolved[i], origin });
      works.add(cited[i]);
    });
    byLabel.set(note.label, cited);
    const defined = definedShortName(note.text, note.label);
    if (defined) shortNames.push(defined);
    previous = { label: note.label, text: note.text, cited };
    yield { label: note.label, text: note.text, citations, resolved, resolvesTo };
  }
}

/** The works of one note that an author's name fits, the latest citation of each, newest first. */
function worksOfAuthor(author: string, note: readonly Cited[]): Cited[] {
  const works: Cited[] = [];
  for (let i = note.length - 1; i >= 0; i--) {
    const c = note[i].citation;
    if (c.kind !== 'printed' || !c.title || !sameAuthor(author, c)) continue;
    if (!works.some(w => w.citation.title === c.title && w.citation.volume === c.volume)) works.push(note[i]);
  }
  return works;
}

/**
 * `same author, Hope Abandoned`: the author of the printed reference right before it (in this note, else the one
 * before), as inferred; none when that reference names no author the parser could read.
 */
function withAuthorBefore(c: ResolvedCitation, sameNote: readonly Cited[], previous: readonly Cited[]): ResolvedCitation {
  const author = [...previous, ...sameNote].reverse().find(x => x.citation.kind === 'printed')?.citation.author;
  return author === undefined ? c : { ...c, author, inferred: [...(c.inferred ?? []), 'author'] };
}

/**
 * Whether a file read by the place of its numbers names an archive the notes also cite with `f.` elsewhere
 * (`GASPI, f. 17, op. 2` in another note): then the reading is no longer only inferred. Searched once per siglum. A
 * folio read by its place stays inferred whatever the notes say of the archive.
 */
function archivesCitedWithMarks(notes: readonly NoteSource[]): (c: Citation) => boolean {
  const known = new Map<string, boolean>();
  return c => {
    if (c.inferredReading !== BY_PLACE || !c.archive) return false;
    let cited = known.get(c.archive);
    if (cited === undefined) known.set(c.archive, (cited = notes.some(n => citedWithMarks(n.text, c.archive ?? ''))));
    return cited;
  };
}

function readByMarks(c: Citation): Citation {
  const copy = { ...c };
  delete copy.inferredReading;
  return copy;
}

function stripInferred(c: ResolvedCitation): Citation {
  const copy = { ...c };
  delete copy.inferred;
  return copy;
}
