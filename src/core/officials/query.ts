// What a typed query becomes before search: folded words, with limits so a pasted page cannot stall the UI.

/** Words beyond these are ignored; a name with role words never needs more. */
export const MAX_QUERY_WORDS = 8;
/** Longer words are cut: fuse.js scores patterns up to 32 characters in one pass. */
export const MAX_WORD_LENGTH = 32;

export interface PreparedQuery {
  words: string[];
  /** The query had more words, or longer ones, than are searched. */
  truncated: boolean;
}

const STOPWORDS = new Set(['of', 'the', 'and', 'in', 'at', 'to', 'for', 'on', 'a', 'an', 'from', 'by']);

/** Lower case without diacritics or apostrophes, so "Chubar’", "chubar" and "Čubar" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f’'\u02BC]/g, '').toLowerCase();
}

/** The searchable words of a query or a role text, as written: letters and digits, stopwords and single
 * letters (initials) dropped. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}’'\u02BC]+/gu) ?? []).filter(word => {
    const folded = fold(word);
    return folded.length > 1 && !STOPWORDS.has(folded);
  });
}

export function prepareQuery(query: string): PreparedQuery {
  const all = wordsOf(query);
  const words = all.slice(0, MAX_QUERY_WORDS).map(word => word.slice(0, MAX_WORD_LENGTH));
  return { words, truncated: all.length > MAX_QUERY_WORDS || all.some(word => word.length > MAX_WORD_LENGTH) };
}
