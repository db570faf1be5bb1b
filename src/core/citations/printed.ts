// Reads printed sources: `Author, Title (Place, Publisher, 1986): 100`, `Title, vol. 4 (Moscow, 1984): 328`,
// `Pravda (September 30, 1928)`, and the author or title an `op. cit.` names.
import type { Citation } from './types';

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
/** A lead-in that is not part of the reference. */
const LEAD = /^(?:(?:see|cf\.)(?:\s+also)?(?:\s+for\s+example)?,?\s+)/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}’'-]*\.?|and|&|ed\.|eds\.|de|von|van|der|du|la|le)$/u;

/** `G. Leggett`, `Carl Friedrich and Zbigniew Brzezinski`, `A. I Busygin`: capitalised words, initials and `and`. */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return tokens.length <= 10 && tokens.every(t => NAME_TOKEN.test(t)) && tokens.some(t => /^\p{Lu}\p{Ll}/u.test(t));
}

/** Surnames of an author field, for matching an `op. cit.`: the last word of each name. */
export function surnames(author: string): string[] {
  return author
    .split(/,|\band\b|&/)
    .map(name => name.trim().split(/\s+/).filter(t => !/^(?:ed|eds)\.$/.test(t)).pop() ?? '')
    .map(s => s.replace(/\.$/, '').toLowerCase())
    .filter(s => s.length > 1);
}

/** The last parenthesis holding a year: the imprint (or a newspaper's date), not a year inside the title. */
function imprint(text: string): { start: number; end: number; content: string } | undefined {
  let found: { start: number; end: number; content: string } | undefined;
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    if (YEAR.test(m[1])) found = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, content: m[1].trim() };
  }
  return found;
}

/** `Izvestiia, 12 March 1937`: a periodical dated without parentheses. */
const DATED = new RegExp(`^(.+?),\\s*((?:\\d{1,2}\\s+)?${MONTH.source}\\s+(?:\\d{1,2},\\s*)?\\d{4})\\s*\\.?$`);

export function hasImprint(text: string): boolean {
  return imprint(text) !== undefined || DATED.test(text);
}

/** Pages after the imprint or a locator: `: 67, 158`, `: ch. 2`, `, p. 5`, `, pp. 5-7`. */
export function readPages(after: string): string | undefined {
  const m = /^\s*(?::|,\s*(?:pp?\.|s\.))\s*(.+?)\s*\.?\s*$/.exec(after);
  return m ? m[1] : undefined;
}

function splitVolume(before: string): { rest: string; volume?: string } {
  const m = /,?\s*\b(?:vols?|v|t)\.\s*(\d+)\s*$/.exec(before);
  return m ? { rest: before.slice(0, m.index), volume: m[1] } : { rest: before };
}

function authorAndTitle(text: string): { author?: string; title?: string } {
  const comma = text.indexOf(', ');
  if (comma > 0 && isPersonName(text.slice(0, comma))) {
    return { author: text.slice(0, comma).trim(), title: text.slice(comma + 2).trim() || undefined };
  }
  return { title: text.trim() || undefined };
}

export function parsePrinted(raw: string): Citation | undefined {
  const body = raw.replace(LEAD, '');
  const paren = imprint(body);
  if (!paren) {
    const dated = DATED.exec(body);
    return dated ? { kind: 'printed', raw, title: dated[1].trim(), date: dated[2] } : undefined;
  }
  const { rest, volume } = splitVolume(body.slice(0, paren.start).trim().replace(/,$/, ''));
  const isDate = MONTH.test(paren.content);
  return {
    kind: 'printed',
    raw,
    ...authorAndTitle(rest),
    volume,
    published: isDate ? undefined : paren.content,
    date: isDate ? paren.content : undefined,
    pages: readPages(body.slice(paren.end)),
  };
}

/** `G. Leggett, op. cit.: 123-124` or `KPSS v rezoliutsiiakh..., op. cit., v. 8: 286`. */
export function parseOpCit(raw: string): Citation | undefined {
  const m = /\bop\.\s*cit\.?/i.exec(raw);
  if (!m) return undefined;
  const who = raw
    .slice(0, m.index)
    .replace(LEAD, '')
    .replace(/(?:\.\.\.|…)?[\s,]*$/, '')
    .trim();
  const after = raw.slice(m.index + m[0].length);
  const vol = /^[\s,]*\b(?:vols?|v|t)\.\s*(\d+)/.exec(after);
  const volume = vol?.[1];
  const locator = vol ? after.slice(vol[0].length) : after;
  return {
    kind: 'op-cit',
    raw,
    ...(isPersonName(who) ? { author: who } : { title: who || undefined }),
    volume,
    pages: readPages(locator),
  };
}
