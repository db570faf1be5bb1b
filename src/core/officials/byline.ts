// The byline at the head of an article (`by Michael Loader`, `Svetlana A. Borinskaya,*,1 Andrei I. Ermolaev,† and
// Eduard I. Kolchinsky†`, or a heading `P. N. Pospelov, Materials on …. 1955`): its names are the article's authors,
// not people of its story.

const NAME = "\\p{Lu}[\\p{Ll}\\p{M}’'-]*\\p{Ll}";
/** One name of a byline: given names or initials, then the surname. */
const FULL_NAME = new RegExp(`^(?:(?:${NAME}|\\p{Lu}\\.)[\\s\\u00a0]+)+(${NAME})$`, 'u');
/** Footnote and affiliation marks after a name (`,*,1`, `†`). */
const MARKS = /[*†‡§¶]|\d+/g;
const SEPARATOR = /[\s\u00a0]*,[\s\u00a0]*(?:and[\s\u00a0]+)?|[\s\u00a0]+(?:and|&)[\s\u00a0]+/u;
/** What opens a byline: `by`, `Author:`, and a title the author holds (`by Dr. James E. Mace`). */
const LEAD = /^(?:by|authors?:)[\s\u00a0]+(?:(?:Dr|Prof)\.[\s\u00a0]+)?/i;
/** How many of a text's first lines may hold its byline (title, subtitle, journal line, byline). */
const HEAD_LINES = 8;

/** A heading that names a work's author before its title and year (`P. N. Pospelov, Materials on the Question of the
 * Murder of S. M. Kirov. 1955`). */
const AUTHOR_TITLE_YEAR = new RegExp(`^((?:(?:${NAME}|\\p{Lu}\\.)[\\s\\u00a0]+)+${NAME}),[\\s\\u00a0]+\\p{Lu}.*\\b(?:1[5-9]|20)\\d\\d\\.?[\\s\\u00a0]*$`, 'u');

/** The surnames of a line that is a byline, or none. */
function bylineOf(line: string): string[] | undefined {
  const heading = AUTHOR_TITLE_YEAR.exec(line.trim())?.[1];
  if (heading) return [FULL_NAME.exec(heading)![1]];
  const parts = line.trim().replace(LEAD, '').replace(MARKS, '').replace(/,(?:[\s\u00a0]*,)+/g, ',').replace(/,[\s\u00a0]*$/, '').split(SEPARATOR);
  const surnames = parts.map(part => FULL_NAME.exec(part.trim())?.[1]);
  return surnames.every(surname => surname !== undefined) ? (surnames as string[]) : undefined;
}

/** The lines at the head of a text that are bylines, with where each starts (read a line at a time: only the head). */
function bylines(text: string): { start: number; line: string; surnames: string[] }[] {
  const found: { start: number; line: string; surnames: string[] }[] = [];
  for (let start = 0, seen = 0; start < text.length && seen < HEAD_LINES; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    if (line.trim() && !line.trimStart().startsWith('[^')) {
      seen++;
      const surnames = bylineOf(line);
      if (surnames) found.push({ start, line, surnames });
    }
    start = end + 1;
  }
  return found;
}

/** Surnames of the bylines at the heads of the texts. */
export function bylineNames(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap(text => bylines(text).flatMap(b => b.surnames)));
}

/** The text with its bylines blanked (offsets kept). */
export function withoutBylines(text: string): string {
  let kept = text;
  for (const { start, line } of bylines(text)) kept = kept.slice(0, start) + ' '.repeat(line.length) + kept.slice(start + line.length);
  return kept;
}
