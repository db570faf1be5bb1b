// What a Word manuscript converted to Markdown (pandoc) uses in place of Markdown structure: a paragraph that is
// all bold, all italic, numbered or in capitals is a heading, as is (in text copied from a page or a PDF) a bare
// line in title case before a paragraph of prose, and the name of the notes or the bibliography on a line of its
// own; the lines above the first paragraph of prose are the title, the author and their affiliation, with images
// and a site generator's tags (`{% include figure.html … %}`) anywhere.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph, Section } from '../document/types';
import type { Steps } from '../text/steps';
import { BACK_MATTER, outlineParagraphs, PART_NAME, SENTENCE_END } from './outlineParagraphs';

const BOLD_ONLY = /^(\*\*|__)(?!\s)([^*_\n]+?)(?<!\s)\1$/;
const ITALIC_ONLY = /^([*_])(?![\s*_])([^*_\n]+?)(?<![\s*_])\1$/;
/** `1. Introduction`, `2.3 The purge`, `II. The Great Terror`: a number, then a capitalised title; a PDF's text may
 * lose the space after a number's stop (`1.Context`), not before a number (`1.5 million`). */
const NUMBERED = /^(?:(\d{1,2}(?:\.\d{1,2})*)\.?|[IVXL]{1,6}\.)\s+(?=\p{Lu})|^\d{1,2}\.(?=\p{Lu}\p{Ll})/u;
/** A section's Roman number alone on a line (`I`, `IV.`), a heading only over prose. */
const ROMAN_ALONE = /^[IVXL]{1,6}\.?$/;
/** `THE GREAT TERROR`, `CONCLUSION`: capitals only, more than an acronym. */
const CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){5})[\p{Lu}\d\s,:;’'“”"()–—-]+$/u;
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?$/;
/** A figure's or a table's caption, its number followed by a stop, colon or dash (`Figure 1. Diagram of …`, `Table
 * 2: Arrests`, `Рис. 3.`); `Table 1 shows …` is prose. */
const CAPTION = /^(?:figure|fig\.|table|map|plate|chart|illustration|рис\.|рисунок|таблица|схема|карта)\s*(?:\d{1,3}|[IVXL]{1,5})[a-zа-я]?(?:[.:](?=\s|$)|\s*[–—])/iu;
/** A template tag of a site generator (Jekyll/Liquid `{% … %}`, Hugo `{{< … >}}`), over any number of lines, or
 * a line of kramdown's attributes for the block under it (`{:.abstract}`). */
const TEMPLATE_TAG = /\{%[\s\S]*?%\}|\{\{[<%][\s\S]*?[>%]\}\}|^\{:[^}\n]*\}[ \t]*$/gm;
/** A bare line: a capitalised start (after a year or an ordinal: `10th Century Constantinian Historiography`), a
 * small letter somewhere (an acronym alone is none), at most ten words, each word of four letters or more
 * capitalised (a hyphened one in any part: non-Marxists). */
const BARE_WORDS = 10;
/** A historian's heading may end with the years it covers, and be longer for them: `«Liquidation of kulaks as a
 * social group» through mass deportations of farmers (1930-1932)`. */
const DATED = /\(\d{4}(?:\s*[-–—]\s*\d{2,4})?\)$/u;
const DATED_WORDS = 15;
const BARE_LINE = /^(?:\d{1,4}(?:st|nd|rd|th|s)?\s+)?[“"‘'(«„]?\p{Lu}(?=[^\n]*\p{Ll})[^\n]{0,119}$/u;
/** The table of contents or a plan, whose lines are no headings: its entries return as the text's headings. */
const CONTENTS = /^(?:contents|table of contents|содержание|оглавление|план)(?:\s[^\n]*)?$/iu;
/** A contents label ending in a colon (`Table of contents :` over its entries on an e-book site's page). */
const CONTENTS_LABEL = /^(?:contents|table of contents|содержание|оглавление)\s*:$/iu;
/** An empty emphasis a conversion left at either end of a line (`… (1930-1932)****`): no part of its text. */
const EMPTY_EMPHASIS = /^(?:\*{4}|_{4})|(?:\*{4}|_{4})$/g;
/** Longer than this, a bold paragraph is an emphasised passage, not a heading. */
const MAX_HEADING = 120;
/** A front line (title, author, affiliation) is short and ends in no sentence punctuation, but a title may end in
 * an abbreviation's stop (`в 1930-е гг.`, `в XX в.`), and a title in capitals in any (`В ПРИКАМЬЕ В 1937–38 ГГ.`). */
const FRONT_LINE = /^(?:[^\n]{1,150}(?<![.?!:;])|[^\n]{1,145}\s(?:[гГ][гГ]?|[вВ][вВ]?)\.|(?=(?:[^\p{L}\n]*\p{Lu}){5})[^\p{Ll}\n]{1,149}\.)$/u;
/** An author's line: initials and a surname either way round (`В.В. Лавринов`, `Davies R. W.`), no heading; one
 * initial before a word is a lettered heading (`A. Context`). */
const BYLINE = /^(?:(?:\p{Lu}\.\s?){2,3}\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.\s?){1,3}))$/u;
/** An author's line opening with `By` (`By N. SRINIVASAN, M. A.`, `By Sonja Haugaard Christensen`): capitalised names
 * and initials, a degree after a comma; no prose, though its initials end in a stop (`By Stalin’s order the …` is prose). */
const BY_LINE = /^[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}(?:,\s*[\p{Lu}.\s]+)?$/u;
/** Prose ends a sentence and is no author's line (`By N. SRINIVASAN, M. A.` over the author's post). */
const isProse = (text: string) => SENTENCE_END.test(text) && !BY_LINE.test(text.split('\n')[0].trim());
/** An article's keywords after their label (`Keywords: Famine, Kazakhstan, Soviet`, `Ключевые слова: голод`): no heading,
 * though title-cased. */
const KEYWORDS = /^(?:key\s?words|index terms|ключевые слова)\s*[:.—–-]/iu;
/** A title page's place and year (`Владимир 2008`, `Chapel Hill 1994`): no heading. */
const IMPRINT = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+(?:1[89]|20)\d{2}$/u;
/** A title's last line, short and ending in the years' abbreviation (`в 1920-е гг.` under the title's lines in
 * capitals, a PDF's lines joined again with it), no other stop before it: no prose after a heading. */
const TITLE_END = /^[^.!?…]*\n?[^\n.!?…]{1,40}\s(?:гг?|вв?)\.$/iu;
/** A site's own line: its host's name (`WWW.DISSERS.RU`) or a link of its menu (`Skip to main content`, `НА ГЛАВНУЮ`). */
const HOST = /^(?:https?:\/\/)?(?:[\p{L}\d-]+\.)+\p{L}{2,}\/?$/iu;
export const SITE_LINE = new RegExp(String.raw`${HOST.source}|^(?:skip to (?:main )?content|home|main page|menu|на главную|главная|меню|новости)$`, 'iu');
/** A site's name in capitals under its host's (`БЕСПЛАТНАЯ ЭЛЕКТРОННАЯ БИБЛИОТЕКА` under `WWW.DISSERS.RU`). */
export const isSiteName = (line: string, above: string | undefined) => above !== undefined && HOST.test(above) && IN_CAPITALS.test(line);

/** A heading ends in no sentence punctuation (a question may be one). */
const OPEN_END = /[^.!:;,]$/;

const source = (index: DocumentIndex, p: Paragraph): string => index.text.slice(p.start, p.end).trim();

type Kind = 'bold' | 'italic' | 'numbered' | 'capitals' | 'line' | 'backMatter' | 'contents' | 'part';

/** How a bare line is cased: each word of four letters or more capitalised ('title'); all but one, in a line whose
 * other words show title case ('slip': `Microhistory and The future`, not `See below`); else only its first word
 * ('sentence': `OGPU and the plan`, and Russian headings, `Подготовка списков в НКВД`), which a short sentence
 * left without its stop shares, so such a line must stand before a paragraph much longer than itself. */
function casing(text: string): 'title' | 'slip' | 'sentence' | undefined {
  const words = text.split(/\s+/);
  if (words.length > (DATED.test(text) ? DATED_WORDS : BARE_WORDS)) return undefined;
  if (/^[«„"(]?\p{Script=Cyrillic}/u.test(text)) return 'sentence';
  const long = words.map(w => w.replace(/[^\p{L}-]/gu, '')).filter(w => w.replace(/-/g, '').length >= 4);
  const small = long.filter(w => !w.split('-').some(part => /^\p{Lu}/u.test(part))).length;
  if (small === 0) return 'title';
  return small === 1 && words.slice(1).some(w => /^\p{Lu}/u.test(w)) && !text.includes(';') ? 'slip' : 'sentence';
}

/** The paragraph after a sentence-case line is this many times longer than it, and this long at least. */
const SENTENCE_CASE_PROSE = { times: 3, min: 80 };

/** A bare line in title case, two words capitalised at least, may ask a question (`What Is Romantic History?`,
 * not `Did it end?`). */
const QUESTION = /\?[”"’')]*$/u;

/** What kind of heading a paragraph's source looks like, with its title and level, if any. */
interface HeadingLike {
  kind: Kind;
  title: string;
  level: number;
  /** A bare line in sentence case. */
  sentence?: boolean;
  /** Read as a heading only before prose: a number without its stop (`66 Kolmogorova str., …` is an address) or
   * capitals (`RFMTRR` is an identifier). */
  loose?: boolean;
}

function headingLike(text: string, plain: string): HeadingLike | undefined {
  if (text.length > MAX_HEADING || text.includes('\n') || BYLINE.test(text.trim()) || KEYWORDS.test(text) || IMPRINT.test(text)) return undefined;
  const bold = BOLD_ONLY.exec(text);
  if (bold) return { kind: 'bold', title: plain, level: 2 };
  if (CONTENTS_LABEL.test(text)) return { kind: 'contents', title: plain.replace(/\s*:$/, ''), level: 2 };
  if (!OPEN_END.test(text)) return undefined;
  // An italic question longer than a heading is put to the reader, not a heading.
  const italic = ITALIC_ONLY.exec(text);
  if (italic && !(QUESTION.test(plain) && plain.split(/\s+/).length > BARE_WORDS)) return { kind: 'italic', title: plain, level: 2 };
  if (italic) return undefined;
  if (PART_NAME.test(text)) return { kind: 'part', title: plain, level: 2 };
  if (ROMAN_ALONE.test(text)) return { kind: 'numbered', title: text, level: 2, loose: true };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { kind: 'numbered', title: text, level: 2 + (numbered[1]?.split('.').length ?? 1) - 1, loose: /^\d+\s/.test(text) };
  if (CAPITALS.test(text)) return { kind: 'capitals', title: plain, level: 2, loose: true };
  if (BACK_MATTER.test(text)) return { kind: 'backMatter', title: plain, level: 2 };
  if (CONTENTS.test(text)) return { kind: 'contents', title: plain, level: 2 };
  const cased = BARE_LINE.test(text) && text === plain ? casing(text) : undefined;
  const asks = cased === 'title' && QUESTION.test(text) && text.split(/\s+/).filter(w => /^\p{Lu}/u.test(w)).length >= 2;
  if (cased && (!SENTENCE_END.test(text) || asks)) return { kind: 'line', title: plain, level: 2, sentence: cased === 'sentence' };
  return undefined;
}

/**
 * The headings a converted manuscript writes as paragraphs: all bold (Word's headings through pandoc), all italic,
 * numbered (`1. Introduction`, `II. The Great Terror`) or in capitals. A numbered line next to another is a list,
 * not a heading; an italic or capitals line before the first paragraph of prose is a title or an author. A step
 * for each paragraph.
 */
export function* manuscriptHeadings(index: DocumentIndex): Steps<Section[]> {
  // The whole line: a numbered heading is a list item to Markdown, whose paragraph starts after its number (a name
  // run in at a line's start is only itself).
  const line = (p: Paragraph) => {
    const whole = p.range.start.line === p.range.end.line ? index.lines.lineText(p.range.start.line).trim() : '';
    return whole.endsWith(source(index, p)) ? whole : source(index, p);
  };
  const found: (HeadingLike | undefined)[] = [];
  for (const p of outlineParagraphs(index)) {
    const unemphasised = (text: string) => text.replace(EMPTY_EMPHASIS, '').trim();
    found.push(p.footnotes.length > 0 || isImage(index, p) ? undefined : headingLike(unemphasised(line(p)), unemphasised(p.text.trim())));
    yield;
  }
  const firstProse = found.findIndex((h, i) => !h && !isImage(index, outlineParagraphs(index)[i]) && !FRONT_LINE.test(outlineParagraphs(index)[i].text.trim()));
  const opening = openingHeading(index, found, firstProse);
  const apparatus = found.findIndex(h => h?.kind === 'backMatter');
  const contents = tableOfContents(index, found);
  return outlineParagraphs(index).flatMap((p, i) => {
    const heading = found[i];
    if (!heading || contents.entries.has(i) || (heading.kind === 'contents' && !contents.headings.has(i))) return [];
    const listed = contents.headings.has(i) || contents.titles.has(entryKey(heading.title));
    if (heading.kind === 'numbered' && (found[i - 1]?.kind === 'numbered' || found[i + 1]?.kind === 'numbered')) return [];
    const anywhere = heading.kind === 'bold' || heading.kind === 'numbered' || heading.kind === 'part';
    if (!listed && !anywhere && (firstProse < 0 || i < firstProse) && i !== opening) return [];
    if (!listed && heading.loose && !followedByProse(index, found, i)) return [];
    if (!listed && heading.kind === 'line' && i !== opening && !beforeProse(index, found, i)) return [];
    // In the bibliography a bare line with a comma is an entry (Oscar Handlin, Truth in History).
    if (heading.kind === 'line' && apparatus >= 0 && i > apparatus && heading.title.includes(',')) return [];
    return [{ title: heading.title, level: heading.level, headingRange: p.range, range: p.range, start: p.start, end: p.end }];
  });
}

/** A contents entry's dot leaders and page number. */
const LEADERS = /\s*\.{4,}\s*\d{1,4}/g;

/** An entry of the contents as its heading repeats it: without its number and final stop, in any case. */
const entryKey = (title: string) =>
  title
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.)\s*/u, '')
    .replace(/[\s.:]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** A contents entry among lines run on: short, ending in no stop (an entry may ask: `5 A Second Serfdom?`). */
const isEntry = (line: string) => line.length > 0 && line.length <= MAX_HEADING && !/[.!;:,]$/.test(line);

/**
 * A contents or plan heading followed by three short lines or more (apart or run on in one paragraph) is a table of
 * contents: its lines are no headings, up to the line that repeats its first entry (the first section's heading), and
 * a heading-like line that repeats an entry is a heading wherever it stands (`Введение` after the contents, a run of
 * lines above it). Fewer lines are a heading and its subtitle under a contents link (`Оглавление` over `Исторический
 * контекст` and `(краткий обзор)`).
 */
function tableOfContents(index: DocumentIndex, found: readonly (HeadingLike | undefined)[]) {
  const headings = new Set<number>();
  const entries = new Set<number>();
  const titles = new Set<string>();
  const paragraphs = outlineParagraphs(index);
  found.forEach((heading, i) => {
    if (heading?.kind !== 'contents') return;
    const run: number[] = [];
    const listed: string[] = [];
    for (let j = i + 1; j < paragraphs.length; j++) {
      const text = paragraphs[j].text.trim();
      // Entries run together on one line, each closed by its leaders and page (`Preface.....3Lenin’s strokes.....4`).
      const led = text.split(LEADERS).filter(entry => /\p{L}/u.test(entry));
      if (led.length >= 2 && !text.replace(LEADERS, '').includes('\n')) {
        run.push(j);
        listed.push(...led);
        continue;
      }
      const lines = text.split('\n').map(line => line.trim());
      if (run.length === 0 && lines.length > 2 && lines.every(isEntry)) {
        run.push(j);
        listed.push(...lines);
        break;
      }
      // A chapter's entry over its sections' entries, a paragraph of lines as Markdown reads a numbered list item
      // (`1. The Last and Most Decisive Battle … (page 13)` over `Primordial muzhik darkness (page 14)`, …).
      if (lines.length > 1 && lines.every(isEntry)) {
        run.push(j);
        listed.push(...lines);
        continue;
      }
      if (text.includes('\n') || !(FRONT_LINE.test(text.replace(/\.$/, '')) || (run.length > 0 && QUESTION.test(text) && isEntry(text)))) break;
      if (run.length > 0 && entryKey(text) === entryKey(listed[0])) break;
      run.push(j);
      listed.push(text);
    }
    if (listed.length < 3) return;
    headings.add(i);
    for (const j of run) entries.add(j);
    for (const entry of listed) titles.add(entryKey(entry));
  });
  return { headings, entries, titles };
}

/**
 * The one line above the first paragraph of prose, when it is the text's only front line and written as the
 * text's later headings are (a text that opens with its first section, its title left off): its index, else -1.
 */
function openingHeading(index: DocumentIndex, found: readonly ({ kind: Kind } | undefined)[], firstProse: number): number {
  const front = outlineParagraphs(index).flatMap((p, i) => (i < firstProse && !isImage(index, p) ? [i] : []));
  if (front.length !== 1) return -1;
  const kind = found[front[0]]?.kind;
  const later = found.filter((h, i) => i > firstProse && h?.kind === kind).length;
  // Over prose: a page's number and running head under a title are none.
  return kind && kind !== 'backMatter' && later >= 2 && isProse(outlineParagraphs(index)[firstProse].text.trim()) ? front[0] : -1;
}

/** Prose follows a heading: the first paragraph after it that is no subheading, image or quotation (an epigraph)
 * ends a sentence. */
function followedByProse(index: DocumentIndex, found: readonly (HeadingLike | undefined)[], i: number): boolean {
  for (let j = i + 1; j < outlineParagraphs(index).length; j++) {
    const p = outlineParagraphs(index)[j];
    if (isImage(index, p) || found[j] || /^\s*>/.test(index.lines.lineText(p.range.start.line))) continue;
    return isProse(p.text.trim()) && !TITLE_END.test(p.text.trim());
  }
  return false;
}

/** How many paragraphs past a run of heading lines prose may start: a fragment a conversion left may come first. */
const PROSE_LOOKAHEAD = 2;

/**
 * A bare line is a heading when it is one of at most two such lines in a row (a heading and its subheading; more
 * are a list or verse), images aside, and prose longer than it follows them, or the notes or bibliography do.
 */
function beforeProse(index: DocumentIndex, found: readonly (HeadingLike | undefined)[], i: number): boolean {
  const paragraphs = outlineParagraphs(index);
  const isLine = (n: number) => found[n]?.kind === 'line';
  const next = (n: number) => {
    let m = n + 1;
    while (m < paragraphs.length && isImage(index, paragraphs[m])) m++;
    return m;
  };
  const previous = (n: number) => {
    let m = n - 1;
    while (m >= 0 && isImage(index, paragraphs[m])) m--;
    return m;
  };
  let run = 1;
  for (let n = previous(i); n >= 0 && isLine(n); n = previous(n)) run++;
  let last = i;
  while (isLine(next(last))) {
    last = next(last);
    run++;
  }
  if (run > 2) return false;
  const length = paragraphs[last].text.trim().length;
  const needed = found[i]?.sentence ? Math.max(length * SENTENCE_CASE_PROSE.times, SENTENCE_CASE_PROSE.min) : length + 1;
  for (let after = next(last), seen = 0; after < paragraphs.length && seen < PROSE_LOOKAHEAD; after = next(after), seen++) {
    if (found[after]) return found[after]?.kind === 'backMatter' && seen === 0;
    const prose = paragraphs[after].text.trim();
    if (isProse(prose) && prose.length >= needed) return true;
  }
  return false;
}

const templateSpans = new WeakMap<DocumentIndex, [number, number][]>();

/** An image, its caption, or a paragraph inside a site generator's template tag: neither prose nor a heading. */
export function isImage(index: DocumentIndex, p: Paragraph): boolean {
  return IMAGE_ONLY.test(source(index, p)) || CAPTION.test(p.text.trimStart()) || templateTags(index).some(([start, end]) => p.start >= start && p.end <= end);
}

function templateTags(index: DocumentIndex): [number, number][] {
  let spans = templateSpans.get(index);
  if (!spans) {
    spans = [...index.text.matchAll(TEMPLATE_TAG)].map(m => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    templateSpans.set(index, spans);
  }
  return spans;
}

/** How many lines of a paragraph a template tag takes before its prose starts on the next line (`{% include
 * figure.html … %}` with the paragraph's first sentence under it, no blank line between); 0 when none does. */
export function tagLines(index: DocumentIndex, p: Paragraph): number {
  const tag = templateTags(index).find(([start, end]) => start <= p.start && end > p.start && end < p.end);
  if (!tag) return 0;
  const end = index.lines.positionAt(tag[1]);
  return index.lines.lineText(end.line).slice(end.character).trim() === '' ? end.line + 1 - p.range.start.line : 0;
}

/** The title, author and affiliation lines before the first heading or paragraph of prose (none when the
 * article opens with a heading). */
export function frontLines(index: DocumentIndex, headings: readonly Section[]): Paragraph[] {
  const firstHeading = Math.min(...headings.map(h => h.start), index.text.length);
  const front: Paragraph[] = [];
  for (const p of outlineParagraphs(index)) {
    if (p.start >= firstHeading || isImage(index, p)) continue;
    // A site's menu above the text (`НА ГЛАВНУЮ` over `НОВОСТИ`) is a front line too, though its lines run on.
    const menu = p.text.split('\n').every(line => SITE_LINE.test(line.trim()));
    if ((!menu && !FRONT_LINE.test(p.text.trim())) || p.footnotes.length > 0) break;
    front.push(p);
  }
  return front;
}

/** The letters of a name, for comparing its spellings (`N. Srinivasan`, `By N. SRINIVASAN, M. A.`). */
const nameLetters = (text: string) => text.replace(/[^\p{L}]/gu, '').toLowerCase();

/**
 * The title over an author's line (`By N. SRINIVASAN, M. A.`) that stands below the text's first prose, as a site's
 * description of itself stands above the article it shows: the nearest front line above the author's line that is
 * not the author's name, and the lines from it to the author's line (title, name, byline: no claims). None where no
 * prose precedes the author's line (the front lines give the title there).
 */
export function bylineFront(index: DocumentIndex, headings: readonly Section[]): { title: string; lines: Paragraph[] } | undefined {
  const firstHeading = Math.min(...headings.map(h => h.start), index.text.length);
  const paragraphs = outlineParagraphs(index).filter(p => p.start < firstHeading && !isImage(index, p));
  const by = paragraphs.findIndex(p => BY_LINE.test(p.text.split('\n')[0].trim()));
  if (by < 0 || !paragraphs.slice(0, by).some(p => isProse(p.text.trim()))) return undefined;
  const author = nameLetters(paragraphs[by].text.split('\n')[0].replace(/^by\s+/i, '').split(',')[0]);
  for (let j = by - 1; j >= 0; j--) {
    const text = paragraphs[j].text.trim();
    if (!/\p{L}/u.test(text) || nameLetters(text) === author) continue;
    return FRONT_LINE.test(text) ? { title: text, lines: paragraphs.slice(j, by + 1) } : undefined;
  }
  return undefined;
}

/** A line in capitals, more than an acronym, any punctuation allowed (`РЕПРЕССИИ В ОТНОШЕНИИ КУЛАЧЕСТВА В 1930-Е ГГ.`). */
export const IN_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){5})[^\p{Ll}]+$/u;

/** The front lines at the start of a text whose opening lines run on without a blank line (a PDF's first page, a
 * page's title over its heading): the first paragraph's lines up to the first that is no front line. */
export function runOnLines(index: DocumentIndex): string[] {
  const lines = outlineParagraphs(index).find(p => !isImage(index, p))?.text.split('\n').map(l => l.trim()) ?? [];
  const end = lines.findIndex(line => !FRONT_LINE.test(line));
  return lines.length < 2 ? [] : lines.slice(0, end < 0 ? lines.length : end);
}
