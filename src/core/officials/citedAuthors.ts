// The historians a text cites: the surnames that open a reference in its notes (`Conquest, *The Great Terror*`,
// `Getty and Naumov, *The Road*`, `Khlevniuk et al., *Stalin i Kaganovich*`, `Хлевнюк О. В. Политбюро`). They are
// authors, not people of the story, unless the prose names them as such.

const NAME = "\\p{Lu}[\\p{Ll}’'\\p{M}-]+";
/** A reference opens a note, or follows `;`, `.` or "see (also)". */
const OPENING = "(?:^|[;.]\\s+|\\b(?:[Ss]ee(?: also)?|[Cc]f\\.)\\s+)";
/** Initials or a given name before a surname (`T. H. Rigby`, `George Leggett`, `Robert C. Tucker`). */
const GIVEN = `(?:(?:\\p{Lu}\\.\\s?)+\\s*|${NAME}\\s+(?:\\p{Lu}\\.\\s?)*)?`;
/** Surname(s), then a comma and a title (italic or quoted) or a page. */
const LATIN_REFERENCE = new RegExp(`${OPENING}${GIVEN}(${NAME})(?:\\s+(?:and|&)\\s+${GIVEN}(${NAME}))?(?:\\s+et\\s+al\\.)?,\\s*[*_“"‘']`, 'gu');
/**
 * Russian style: surname, then the author's initials (`Судоплатов П. А.`); not a given name and initial before a
 * Latin surname and its comma (`John J. Dziak, *Chekisty*`, `James R. Harris and …`).
 */
const INITIALS_AFTER = new RegExp(`${OPENING}(${NAME})\\s+(?:\\p{Lu}\\.\\s?){1,2}(?!\\s*(?=\\p{Script=Latin})${NAME}(?:,|\\s+(?:and|&)\\s))`, 'gu');
/** A note definition line, `[^12]: …`. */
const NOTE = /^\[\^[^\]]+\]:(.*)$/gmu;

/** The notes of a Markdown text, each as its text after the label. */
export function notesOf(text: string): string[] {
  return [...text.matchAll(NOTE)].map(m => m[1].trim());
}

/** The text with its notes' definition lines blanked (offsets kept): the prose alone. */
export function withoutNotes(text: string): string {
  return text.replace(NOTE, line => ' '.repeat(line.length));
}

/** Surnames of the authors the notes cite, as written. */
export function citedAuthors(texts: readonly string[]): Set<string> {
  const authors = new Set<string>();
  for (const note of texts.flatMap(notesOf)) {
    for (const m of note.matchAll(LATIN_REFERENCE)) [m[1], m[2]].forEach(name => name && authors.add(name));
    for (const m of note.matchAll(INITIALS_AFTER)) authors.add(m[1]);
  }
  return authors;
}
