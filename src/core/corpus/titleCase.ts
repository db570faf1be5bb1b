// The title block is printed in capitals. The title is restored in sentence case, keeping capitals only
// where the article's own text writes the word capitalised mid-sentence (proper nouns like `Urals`,
// acronyms like `NKVD`); the author's name gets a capital per name part.

/** How each lower-cased word is spelled mid-sentence in `text`, by majority. */
export function spellingCensus(text: string): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(/(?<![.?!:]\s)(?<=\S\s)\p{L}[\p{L}’'-]*/gu)) {
    const key = match[0].toLowerCase();
    const forms = votes.get(key) ?? new Map<string, number>();
    forms.set(match[0], (forms.get(match[0]) ?? 0) + 1);
    votes.set(key, forms);
  }
  const census = new Map<string, string>();
  for (const [key, forms] of votes) {
    census.set(key, [...forms].sort((a, b) => b[1] - a[1])[0][0]);
  }
  return census;
}

/** `DUAL SUBORDINATION? THE POLITICAL POLICE` → `Dual subordination? The political police`. */
export function sentenceCase(capitals: string, census: Map<string, string>): string {
  let sentenceStart = true;
  return capitals.replace(/\p{L}[\p{L}’'-]*|[.?!:]/gu, token => {
    if (/^[.?!:]$/.test(token)) {
      sentenceStart = true;
      return token;
    }
    const lower = token.toLowerCase();
    const known = census.get(lower) ?? lower;
    const word = sentenceStart ? known.charAt(0).toUpperCase() + known.slice(1) : known;
    sentenceStart = false;
    return word;
  });
}

/** `JAMES HARRIS` → `James Harris`, `ANNE-MARIE O’NEILL` → `Anne-Marie O’Neill`. */
export function nameCase(capitals: string): string {
  return capitals.toLowerCase().replace(/(^|[\s\-’'.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
