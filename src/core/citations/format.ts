// Citations in words: a one-line reference (`RGASPI, f. 17, op. 3, d. 677 …, ll. 82-85`) and labelled facts
// for cards and the CLI.
import { folioWords } from './folios';
import { EDITED } from './printed';
import type { Citation, WorkCandidate } from './types';

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

export function formatReference(c: Citation, titleLength = 40): string {
  if (c.kind === 'archival') {
    const parts = [
      c.archive,
      c.fond && `f. ${c.fond}`,
      c.opis && `op. ${c.opis}`,
      c.delo && (c.deloTitle ? `d. ${c.delo} ${shorten(c.deloTitle, titleLength)}` : `d. ${c.delo}`),
      c.tom && `t. ${c.tom}`,
      c.chast && `ch. ${c.chast}`,
      c.folios && (/^\d+\p{L}?(?:ob\.|об\.)?$/u.test(c.folios) ? `l. ${c.folios}` : `ll. ${c.folios}`),
    ];
    return parts.filter(Boolean).join(', ');
  }
  if (c.kind === 'printed') {
    const article = c.articleTitle && `“${shorten(c.articleTitle, titleLength * 2)}”`;
    const title = c.title && shorten(c.title, titleLength * 2);
    const edited = title && c.editor ? bookWithEditor(title, c.editor) : title;
    const book = isChapter(c) && edited ? `in ${edited}` : edited;
    const head = [c.author, article, book, c.volume && `vol. ${c.volume}`].filter(Boolean).join(', ');
    const imprint = c.published ?? [c.issue && `no. ${c.issue}`, c.date].filter(Boolean).join(', ');
    return `${head}${imprint ? ` (${imprint})` : ''}${c.pages ? `: ${c.pages}` : ''}`;
  }
  return c.raw;
}

/** A work an ambiguous back-reference may stand for, as a reference: `Conquest, Harvest of Sorrow (London, 1986)`. */
export function formatCandidate(w: WorkCandidate): string {
  return formatReference({ kind: 'printed', raw: '', ...w });
}

/** A chapter in a book, not an article in a periodical: a titled part with no issue's date or number. */
function isChapter(c: Pick<Citation, 'articleTitle' | 'date' | 'issue'>): boolean {
  return c.articleTitle !== undefined && c.date === undefined && c.issue === undefined;
}

/** `Paul R. Gregory, ed., Behind the Facade`, `Reforming Justice in Russia, ed. Peter H. Solomon`: as the note orders them. */
function bookWithEditor(title: string, editor: string): string {
  return /^(?:eds?\.|edited|comp|под|сост|отв)/u.test(editor) ? `${title}, ${editor}` : `${editor}, ${title}`;
}

export interface CitationFact {
  label: string;
  value: string;
}

/** A book's editors or compilers by their role, the role's word left off: `Paul R. Gregory, ed.` → Editor, Paul R. Gregory. */
function editorFact(editor: string): { label: string; value: string } {
  const role = EDITED.exec(editor);
  if (!role) return { label: 'Editor', value: editor };
  return { label: /comp|sost/.test(role[0]) ? 'Compiler' : 'Editor', value: editor.slice(0, role.index) };
}

/**
 * A work's titles in words: a chapter or article and the book or periodical it is in (with the book's editors), or
 * the title alone, a book's editors apart from it: an editor is no author.
 */
export function titleFacts(w: Pick<Citation, 'articleTitle' | 'editor' | 'title' | 'date' | 'issue'>): { label: string; value: string | undefined }[] {
  if (!w.articleTitle && w.editor) return [editorFact(w.editor), { label: 'Title', value: w.title }];
  return [
    { label: isChapter(w) ? 'Chapter' : 'Article', value: w.articleTitle },
    { label: w.articleTitle ? 'In' : 'Title', value: w.title && (w.editor ? bookWithEditor(w.title, w.editor) : w.title) },
  ];
}

const named = (value: string, name?: string) => (name ? `${value} — ${name}` : value);

/** Each stated part of a citation with its name in words, broadest first. */
export function citationFacts(c: Citation): CitationFact[] {
  const facts: CitationFact[] = [];
  const add = (label: string, value?: string) => {
    if (value) facts.push({ label, value });
  };
  // the glossary's name of the archive: a former name's successor (TsGAOR: GARF), or the same archive spelt otherwise
  // (ГАРФ: GARF), so not always a "now"
  add('Archive', c.archive && named(c.archiveCurrent ? `${c.archive} (${c.archiveCurrent})` : c.archive, c.archiveName));
  add('Fond (collection)', c.fond && named(c.fond, c.fondName));
  add('Opis’ (inventory)', c.opis && named([c.opis, c.opisYear && `(${c.opisYear})`].filter(Boolean).join(' '), c.opisName));
  add('Delo (file)', c.delo && named(c.delo, c.deloTitle));
  add('Tom (volume)', c.tom);
  add('Chast’ (part)', c.chast);
  add('Folios', c.folios && folioWords(c.folios));
  add('Not read', c.unparsed);
  add('Inferred', c.inferredReading);
  add('Author', c.author);
  for (const { label, value } of titleFacts(c)) add(label, value);
  add('Volume', c.volume);
  add('Published', c.published);
  add('Issue', c.issue);
  add('Date', c.date);
  add('Pages', c.pages);
  return facts;
}
