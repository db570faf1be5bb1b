// The historians a text cites: the surnames that open a reference in its notes (`Conquest, *The Great Terror*`,
// `Getty and Naumov, *The Road*`, `Khlevniuk et al., *Stalin i Kaganovich*`, `Хлевнюк О. В. Политбюро`). They are
// authors, not people of the story, unless the prose names them as such.

/** A surname, with a prefix that keeps its capital (`McCagg`, `MacDonald`). */
const NAME = "(?:Ma?c(?=\\p{Lu}))?\\p{Lu}[\\p{Ll}’'\\p{M}-]+";
/** A reference opens a note, follows `;`, `.` or `(`, "see (also)", "cf." and "cited/quoted in", or the page of
 * another reference and a comma (`Weiner, Making Sense of War, 209–16, Johan Dietsch, …`). */
const OPENING = "(?:\\b(?:[Ss]ee(?: also)?|[Cc]f\\.|(?:[Cc]ited|[Qq]uoted|[Tt]ranslated|[Rr]eprinted) in)\\s+|^\\s*|[;.]\\s+|\\(|\\d,\\s+)";
const OPENINGS = new RegExp(OPENING, 'gu');
/** Initials or a given name before a surname (`T. H. Rigby`, `George Leggett`, `Robert C. Tucker`). */
const GIVEN = `(?:(?:\\p{Lu}\\.\\s?)+\\s*|${NAME}\\s+(?:${NAME}\\s+)?(?:\\p{Lu}\\.\\s?)*)?`;
/** A generation after a surname (`William O. McCagg Jr, Stalin Embattled`), which is no surname itself. */
const GENERATION = '(?:,?\\s+(?:Jr|Sr)\\b\\.?)';
const FIRST_AUTHOR = new RegExp(`${GIVEN}(?!(?:Jr|Sr)\\b)(${NAME})${GENERATION}?`, 'uy');
/** The given name or initials of a first author written surname first (`Murphy, David E.,`, `Stickle, D. M.,`). */
const INVERTED = new RegExp(`,\\s+(?:${NAME}\\s+)?(?:\\p{Lu}\\.\\s?)+(?=,)|,\\s+${NAME}(?=,\\s+(?:and\\s+)?${GIVEN}${NAME},)`, 'uy');
const CO_AUTHOR = new RegExp(`(?:,\\s+(?:and\\s+)?|\\s+(?:and|&)\\s+)${GIVEN}(${NAME})`, 'uy');
const ET_AL = /\s+et\s+al\.|,\s+(?:eds?|comp|trans)\./uy;
/** A word of a title that is not set apart: capitalised, or a short word of English or romanized Russian titles. */
const TITLE_WORD = "(?:\\p{Lu}[\\p{L}’'-]*|of|the|and|in|on|for|to|a|an|i|v|na|o|ob|po|za|iz|s|k)";
/** What follows a reference's authors: a title set apart (italic or quoted); a page alone (`Sgovio, p. 153`); a
 * short title of title words, or in sentence case, and a page that is no year (`Richardson, Long Shadow, 215`,
 * `Motyka, Ukraińska partyzantka, 481`); a title and its imprint in parentheses with a year (`The Hawk and the Dove
 * (New York: Holt, 2009)`); or a title in sentence case before a volume and page (`Tragediia sovetskoi derevni, 3:45`). */
const TITLE = new RegExp(
  `,\\s*(?:[*_“"‘']|pp?\\.\\s*\\d|(?:${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,9}|\\p{Lu}[\\p{L}’'-]*(?:\\s+[\\p{Ll}’'-]+){1,5}):?,\\s+(?:pp?\\.\\s*)?(?!(?:1[89]|20)\\d\\d\\b)\\d+[\\d–-]*(?:\\s+and\\s+\\d+[\\d–-]*)?(?=[.;,)]|\\s*$)|\\p{Lu}[^;()]*?\\s\\([^()]*\\d{4}\\)|\\p{Lu}[\\p{L}’'-]*(?:\\s+[\\p{L}’'.-]+){0,9},\\s+\\d+:\\d)`,
  'uy',
);

/** A comma before a title set apart, and an author named with a given name or initials right before it, wherever
 * the note names them (`follows Lynne Viola, “The Peasant Nightmare,”`). */
const BEFORE_TITLE = /,\s*[*_“"]/gu;
const NAMED_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:(?:\\p{Lu}\\.\\s?)+\\s*|${NAME}\\s+(?:\\p{Lu}\\.\\s?)*)(${NAME})$`, 'u');

interface Reference {
  /** Surnames of its authors, as written. */
  names: string[];
  /** Where its authors' names end in the note. */
  end: number;
}

/** The authors of the reference that starts at `at`, when a title follows them. */
function referenceAt(note: string, at: number): Reference | undefined {
  const read = (pattern: RegExp, from: number) => {
    pattern.lastIndex = from;
    return pattern.exec(note);
  };
  const first = read(FIRST_AUTHOR, at);
  if (!first) return undefined;
  const names = [first[1]];
  let end = at + first[0].length;
  end += read(INVERTED, end)?.[0].length ?? 0;
  let found: Reference | undefined;
  let listOpen = false;
  // the longest list of authors that a title follows (`Kokurin and Petrov, *Lubyanka*`), where authors joined by
  // commas alone end with one joined by `and` (`Klehr, Haynes, and Firsov`): not a title's words (`Vilensky, Deti
  // Gulaga, p. 248`)
  for (;;) {
    const after = end + (read(ET_AL, end)?.[0].length ?? 0);
    if (!listOpen && read(TITLE, after)) found = { names: [...names], end };
    const next = read(CO_AUTHOR, end);
    if (!next) return found;
    listOpen = !/\b(?:and|&)\s/.test(next[0]);
    names.push(next[1]);
    end += next[0].length;
  }
}

/** The references of a note that name their authors, each with where the names start. */
function referencesIn(note: string): (Reference & { start: number })[] {
  const opened = [...note.matchAll(OPENINGS)].flatMap(m => {
    const start = m.index + m[0].length;
    const reference = referenceAt(note, start);
    return reference ? [{ ...reference, start }] : [];
  });
  const named = [...note.matchAll(BEFORE_TITLE)].flatMap(m => {
    const from = Math.max(0, m.index - 80);
    const name = NAMED_BEFORE.exec(note.slice(from, m.index));
    return name ? [{ names: [name[1]], start: from + name.index, end: m.index }] : [];
  });
  return [...opened, ...named];
}

/**
 * Russian style: surname, then the author's initials (`Судоплатов П. А.`); not a given name and initial before a
 * Latin surname and its comma (`John J. Dziak, *Chekisty*`, `James R. Harris and …`).
 */
const INITIALS_AFTER = new RegExp(`${OPENING}(${NAME})\\s+(?:\\p{Lu}\\.\\s?){1,2}(?!\\s*(?=\\p{Script=Latin})${NAME}${GENERATION}?(?:,|\\s+(?:and|&)\\s))`, 'gu');
/** A note definition line, `[^12]: …`. */
const NOTE = /^\[\^[^\]]+\]:(.*)$/gmu;

/** The notes of a Markdown text, each as its text after the label. */
function notesOf(text: string): string[] {
  return [...text.matchAll(NOTE)].map(m => m[1]);
}

/** The text with the authors' names of its notes' references blanked (offsets kept): the prose, and what the notes
 * say besides whom they cite. */
export function withoutReferences(text: string): string {
  return text.replace(NOTE, (line, note: string) => {
    const offset = line.length - note.length;
    let kept = line;
    for (const { start, end } of referencesIn(note)) kept = kept.slice(0, offset + start) + ' '.repeat(end - start) + kept.slice(offset + end);
    return kept;
  });
}

/** Surnames of the authors the notes cite, as written. */
export function citedAuthors(texts: readonly string[]): Set<string> {
  const authors = new Set<string>();
  for (const note of texts.flatMap(notesOf)) {
    for (const { names } of referencesIn(note)) names.forEach(name => authors.add(name));
    for (const m of note.matchAll(INITIALS_AFTER)) authors.add(m[1]);
  }
  return authors;
}
