// The register as CSL-JSON items: each printed work with what its full reference gives (author, title, place,
// publisher, year, volume; nothing filled in), a newspaper's or journal's issue or an article in one as an article
// (`article-newspaper` when the issue is a day's, else `article-journal`) with the periodical as `container-title`,
// any other dated work (a letter, a decree) as a `document`, each archival file as a `manuscript` with the archive and a GOST
// style `archive_location` (`RGASPI. F. 17. Op. 3. D. 677. L. 82–85`). Every item's `note` names its citing notes.
import { isNewspaper, isPeriodical, issueDate } from '../citations/periodical';
import { surnames } from '../citations/printed';
import type { CitingNote, SourceFile, SourceWork } from './types';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'manuscript' | 'book' | 'chapter' | 'article-newspaper' | 'article-journal' | 'document';
  title?: string;
  'container-title'?: string;
  issue?: string;
  author?: CslName[];
  editor?: CslName[];
  'container-author'?: CslName[];
  archive?: string;
  archive_location?: string;
  'publisher-place'?: string;
  publisher?: string;
  issued?: { 'date-parts'?: [number[]]; literal?: string };
  volume?: string;
  note: string;
}

const dash = (folios: string) => folios.replace(/-/g, '–');

export function gostLocation(f: SourceFile): string {
  const parts = [f.archiveCurrent ?? f.archive, `F. ${f.fond}`, f.opis && `Op. ${f.opis}`, `D. ${f.delo}`, f.tom && `T. ${f.tom}`, f.folios && `L. ${dash(f.folios)}`];
  return parts.filter(Boolean).join('. ');
}

/** `a.md n. 27, 28 (ll. 82-85); b.md n. 3`: the citing notes by article, with what each cites there. */
function citedIn(notes: readonly CitingNote[]): string {
  const byArticle = new Map<string, string[]>();
  for (const n of notes) {
    const where = n.folios ? ` (l. ${n.folios})` : n.pages ? ` (${n.volume ? `vol. ${n.volume}, ` : ''}p. ${n.pages})` : '';
    byArticle.set(n.article, [...(byArticle.get(n.article) ?? []), `${n.note}${where}`]);
  }
  return `Cited in ${[...byArticle].map(([article, list]) => `${article} n. ${list.join(', ')}`).join('; ')}`;
}

/** An initial: `A.`, `Ia.`, `О.`. */
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/**
 * `R. W. Davies and E. H. Carr` → family and given names, as is the Russian way with the initials after the surname
 * (`Хлевнюк О. В.`); a name of one word stays literal.
 */
function names(author: string): CslName[] {
  return author.split(/,? and |; |, (?=\p{Lu}\p{L}*\.? \p{Lu})/u).map(name => {
    const words = name.trim().split(' ');
    if (words.length < 2) return { literal: name.trim() };
    if (!INITIAL.test(words[0]) && words.slice(1).every(w => INITIAL.test(w))) return { family: words[0], given: words.slice(1).join(' ') };
    return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
  });
}

/** A role around the names of the people a book is by: `, eds.`, `ed. `, `edited by `, a romanized `, red.`. */
const EDITOR_ROLE = /^(?:eds?\.|edited by|comp\.|compiled by) |,? (?:eds?|comps?|red|sost)\.$/u;

/**
 * The editors (a role written) of a book, or the editors or authors (none) of a chapter's book. A Russian role governs the genitive
 * (`под ред. А. О. Чубарьяна`): the names are not in the form a bibliography lists, so none is given.
 */
function bookPeople(editor: string): Pick<CslItem, 'editor' | 'container-author'> {
  if (/\p{Script=Cyrillic}/u.test(editor) && /^(?:под|сост|отв)/u.test(editor)) return {};
  const people = names(editor.replace(EDITOR_ROLE, '').replace(/,? et al\.$/, ''));
  return EDITOR_ROLE.test(editor) ? { editor: people } : { 'container-author': people };
}

/** `Moscow: Nauka, 1990` → place, publisher, year; only what the imprint states. */
function imprint(published: string): Pick<CslItem, 'publisher-place' | 'publisher' | 'issued'> {
  const m = /^(.*?)[,\s]*\b(\d{4})\)?\.?$/.exec(published.trim());
  const [head, year] = m ? [m[1], m[2]] : [published, undefined];
  const [place, publisher] = head.split(/:\s*/, 2).map(s => s.trim());
  return {
    ...(place && { 'publisher-place': place }),
    ...(publisher && { publisher }),
    ...(year && { issued: { 'date-parts': [[Number(year)]] } }),
  };
}

/**
 * A date as year, month and day when it names them (`5 March 1937` → 1937, 3, 5), else its one year (`Summer 2009`:
 * BibTeX and RIS keep no date as written), else as written.
 */
function dated(date: string): NonNullable<CslItem['issued']> {
  const years = date.match(/\b\d{4}\b/g);
  const parts = issueDate(date)?.split('-').map(Number) ?? (years?.length === 1 ? [Number(years[0])] : undefined);
  return parts ? { 'date-parts': [parts] } : { literal: date };
}

const slug = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

export function fileItem(f: SourceFile): CslItem {
  const id = slug([f.archiveCurrent ?? f.archive, f.fond, f.opis, f.delo, f.tom].filter(Boolean).join(' '));
  return {
    id,
    type: 'manuscript',
    ...(f.titles[0] && { title: f.titles[0] }),
    archive: f.archiveCurrent ?? f.archive,
    archive_location: gostLocation(f),
    note: `${gostLocation(f)}. ${citedIn(f.notes)}`,
  };
}

export function workItem(w: SourceWork, index: number): CslItem {
  const year = w.published && /\d{4}/.exec(w.published)?.[0];
  const head = (w.author && surnames(w.author)[0]) || slug(w.title ?? 'work').split('-')[0];
  const volumes = [...new Set(w.notes.map(n => n.volume).filter(Boolean))];
  const periodical = isPeriodical(w);
  const chapter = !periodical && w.articleTitle !== undefined && w.title !== undefined;
  return {
    id: slug(`${head} ${year ?? ''} ${index}`),
    type: chapter ? 'chapter' : w.published ? 'book' : periodical ? (isNewspaper(w) ? 'article-newspaper' : 'article-journal') : 'document',
    // An article or a chapter has its own title in the periodical or book; an issue cited alone is an item with the
    // periodical's name.
    ...((periodical || chapter) && w.articleTitle ? { title: w.articleTitle, 'container-title': w.title } : w.title && { title: w.title }),
    ...(periodical && w.issue && { issue: w.issue }),
    ...(w.author && { author: names(w.author) }),
    ...(w.editor && bookPeople(w.editor)),
    ...(w.published && imprint(w.published)),
    ...(w.date && { issued: dated(w.date) }),
    ...(volumes.length === 1 && { volume: volumes[0] }),
    note: citedIn(w.notes),
  };
}

/** Printed works first, then archival files, each in register order. */
export function bibliographyItems(works: readonly SourceWork[], files: readonly SourceFile[]): CslItem[] {
  return [...works.map(workItem), ...files.map(fileItem)];
}
