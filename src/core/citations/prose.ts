// Tells the author's commentary ("Kabakov used the term.") from reference text in a note. English prose is
// full of function words; titles and archival descriptions in transliterated Russian have almost none. Names
// and initials are no evidence either way (`A. I. Kokurin and N. V. Petrov`), so `a` and `and` count once.

const FUNCTION_WORDS = new Set(
  'of to in and for on by with from as at his her their its it not but see also one there they he she we what when than only'.split(' '),
);
/** Words no transliterated title or archival description contains: one of them is enough. */
const VERB_OR_ARTICLE = new Set('the was were is are be been has have had this that these those which who would could should'.split(' '));

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/** The text with closed quotations left out; found with indexOf, so an unclosed quotation costs one search. */
function withoutQuotations(text: string): string {
  let out = '';
  let from = 0;
  const unclosed = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i]];
    if (!close || unclosed.has(text[i])) continue;
    const end = text.indexOf(close, i + 1);
    if (end === -1) {
      unclosed.add(text[i]);
      continue;
    }
    out += `${text.slice(from, i)} `;
    from = end + 1;
    i = end;
  }
  return out + text.slice(from);
}

/** English commentary rather than a reference: quotations are ignored, they may quote anything. */
export function isProse(text: string): boolean {
  const unquoted = withoutQuotations(text);
  let count = 0;
  for (const word of unquoted.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (VERB_OR_ARTICLE.has(word)) return true;
    if (FUNCTION_WORDS.has(word) && ++count >= 2) return true;
  }
  return false;
}
