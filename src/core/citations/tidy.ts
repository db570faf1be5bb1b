// Trimming of reference text by character loops, not by `[…]+$` patterns: those rescan a long run of spaces or
// commas from every position in it.

export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

export function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return text.slice(start);
}

/**
 * Abbreviations whose full stop is not the sentence's: `1921 g.`, `1932–1933 рр.`, `i dr.`, an initial (`на Протас
 * А. Я.`).
 */
const ABBREVIATED = /(?:^|[^\p{L}])(?:g|gg|dr|etc|ed|t|ch|ob|soch|dok|об|г|гг|р|рр|др|соч|док)\.$|(?:^|[\s.])\p{Lu}\.$/iu;

/**
 * Spaces collapsed, separators trimmed (a full stop too at the start, as the dotted Russian style leaves one before
 * the text: `Ф. 2. Разд. III`; a GOST dash at the end) and the sentence's full stop; undefined when no letter or
 * digit is left.
 */
export function tidyText(text: string): string | undefined {
  // A GOST dash parting the reference's elements (`Протоколи засідань. – Арк. 7`) ends the text, not a part of it.
  let t = trimStart(trimEnd(text.replace(/\s+/g, ' ').replace(/ [–—] ?$/, ''), ' ,;'), ' ,;:.');
  if (t.endsWith('.') && !ABBREVIATED.test(t.slice(-6))) t = t.slice(0, -1);
  return /[\p{L}\p{N}]/u.test(t) ? t : undefined;
}
