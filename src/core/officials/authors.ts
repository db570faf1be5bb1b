// The historians a corpus cites, searchable as authors beside the people of its story: the officials file's
// `authors`, or without one the surnames that open references in its notes (see citedAuthors). An author is
// searched as a person is (any romanization, Cyrillic, typos) but is never one of the people.
import { citedAuthors } from './citedAuthors';
import type { Author, Official } from './model';
import { fold } from './query';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
export const AUTHOR_ROLE = 'cited author';

/** The surnames that open references in the notes of the texts, as authors. */
export function authorsFromNotes(texts: readonly string[]): Author[] {
  return [...citedAuthors(texts)].sort((a, b) => a.localeCompare(b)).map(name => ({ id: fold(name), name }));
}

/** Authors in the shape the search reads: the surname, and the given names or initials before (or, in Russian
 * style, after) it. */
export function authorsAsPeople(authors: readonly Author[]): Official[] {
  return authors.map(author => {
    const words = author.name.trim().split(/\s+/);
    const initialsAfter = words.length > 1 && words.slice(1).every(word => INITIAL.test(word));
    const surname = initialsAfter ? words[0] : words[words.length - 1];
    const first = (initialsAfter ? words.slice(1) : words.slice(0, -1)).join(' ');
    const name = first ? (first.split(' ').every(word => INITIAL.test(word)) ? { initials: first } : { given: first }) : {};
    return { id: author.id, surname, ...name, cyrillic: CYRILLIC.test(author.name) ? author.name : '', roles: [], note: AUTHOR_ROLE };
  });
}
