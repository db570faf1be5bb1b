// Newspapers and journals cited by their issue: `Pravda, 5 March 1937, p. 2`, `Izvestiia, March 12, 1937`,
// `Pravda, no. 64, 5 March 1937`, `Pravda, Nov. 7, 1935: 2`, a journal's `Izvestiia TsK KPSS, no. 11 (1989): 160`
// or `Na agrarnom fronte, 1929, no. 8, p. 65`, `Russian Review Volume 42, Issue 1, 1983`, `Правда, 5 марта 1937 г., с. 2`, and the Russian way `Правда. 1937.
// 5 марта. С. 2`, `Известия. 1937. № 55. 6 марта`, `Известия ЦК КПСС. 1990. № 11. С. 124`. The name is the title,
// the issue's date its date: a newspaper is no author, and its date no title.
import { tidyText } from './tidy';
import type { Citation } from './types';

const MONTH_EN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
/** A Russian month in the genitive, written out or cut short as GOST lets it (`янв.`, `сент.`, `нояб.`). */
const MONTH_RU = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\\.)';
const YEAR = '(?:1[7-9]|20)\\d\\d';
/** A year, which the issue of any periodical names. */
export const HAS_YEAR = new RegExp(YEAR);
/** A day, or the days of a weekly's issue: `5`, `9-15`. */
const DAY = String.raw`\d{1,2}(?:[–-]\d{1,2})?`;
/** `5 March 1937`, `March 5, 1937`, `March 13 (1989)`, `June 9-15, 2005`, `March 1937` (a monthly), `5 марта 1937 г.` */
const DATE = String.raw`(?:(?:${DAY} )?${MONTH_EN},? ${YEAR}|${MONTH_EN} ${DAY}(?:, ${YEAR}| \(${YEAR}\))|${DAY} ${MONTH_RU} ${YEAR}(?: ?г\.)?)`;
/** `no. 64`, `№ 55`, `No 7`, `no. 22 (56)` (with the number counted since the first issue). */
const ISSUE = String.raw`(?:[Nn]o\.? ?|№ ?)(\d+[\p{L}]?(?:[–-]\d+)?(?: \(\d+\))?)`;
/**
 * The page list closing the reference: `, p. 2`, `, pp. 2–3`, `, 2`, `: 2`, `. С. 124`, `, с. 2`, `, стр. 5`, `1937 г. С. 4`,
 * `3 янв. С. 2` (the full stop of a month cut short).
 */
const PAGES = String.raw`(?:(?:[,.:]|(?<=г\.)|(?<=\d \p{Ll}{3,4}\.)) ?(?:(?:pp?|[сСcs]|стр)\. ?)?(\d[\d–—, -]*?))?`;
/**
 * A periodical's name: one to four words, the first capitalised, in «», quotes or italics or not, perhaps with its
 * place in parentheses (`Pravda (Moscow)`).
 */
const NAME = String.raw`[«"“*_]?\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,3}[»"”*_]?(?: \(\p{Lu}[\p{L} ]*\))?`;

/** `Pravda, 5 March 1937, p. 2`, and the GOST way with the number after the date: `Рабочая Москва. 17 мая 1935. № 112. С. 1`. */
const COMMA_STYLE = new RegExp(String.raw`^(${NAME})[,.](?: ${ISSUE},)? (${DATE})(?:[,.] ${ISSUE})?${PAGES}\.?$`, 'u');
/**
 * A journal's number with its year in parentheses, perhaps after its volume: `Izvestiia TsK KPSS, no. 11 (1989): 160`,
 * `Bol’shevik, no. 5 (March 1937)`, `Slavic Review 60, no. 4 (Winter 2001): 730–55`, `Kritika, vol. 5, no. 1 (2004)`,
 * `Representations 107 (Summer 2009): 67` (a volume alone), a weekly's `New Yorker, no. 5 (12 March 2001)`.
 */
const JOURNAL_STYLE = new RegExp(
  String.raw`^(${NAME})(?:,? (?:vol\. ?)?(\d{1,3}))?(?:, ${ISSUE})? \(((?:(?:${MONTH_EN}|Winter|Spring|Summer|Fall|Autumn) )?${YEAR}|${DATE})\)${PAGES}\.?$`,
  'u',
);
/** A journal's volume and issue spelled out before its year: `Russian Review Volume 42, Issue 1, 1983, p.1`. */
const VOLUME_ISSUE_STYLE = new RegExp(String.raw`^(${NAME}),? (?:[Vv]olume|[Vv]ol\.) ?(\d{1,3}),? (?:[Ii]ssue|[Nn]umber|[Nn]o\.) ?(\d+\p{L}?(?:[–-]\d+)?),? (${YEAR})${PAGES}\.?$`, 'u');
/** A journal's year before its number: `Na agrarnom fronte, 1929, no. 8, p. 65`. */
const YEAR_FIRST_STYLE = new RegExp(String.raw`^(${NAME}), (${YEAR}), ${ISSUE}${PAGES}\.?$`, 'u');
/** A journal's number before its year, with commas: `Вопросы истории, № 5, 1990, с. 12`, `Источник, № 3,2002, с. 73`. */
const NUMBER_FIRST_STYLE = new RegExp(String.raw`^(${NAME}), ${ISSUE}, ?(${YEAR})${PAGES}\.?$`, 'u');
const RUSSIAN_STYLE = new RegExp(String.raw`^(${NAME})\. (${YEAR})(?:\. ${ISSUE})?(?:\.? (\d{1,2} ${MONTH_RU}))?${PAGES}\.?$`, 'u');
/**
 * What an Ibid. of a periodical may give: another issue, its number before or after its date (`Ibid., 6 March 1937, p.
 * 3`, `Там же, 27 октября 1955 г., № 300 (13598), стр. 2`).
 */
const ISSUE_AFTER = new RegExp(String.raw`^[,.]? (?:${ISSUE}[,.] )?(${DATE})(?:[,.] ${ISSUE})?${PAGES}\.?\)?$`, 'u');
/** The same in the Russian way, with a day or a number to make it an issue: `Там же. 1938. 21 июня. С. 2`. */
const RUSSIAN_ISSUE_AFTER = new RegExp(String.raw`^\.? (${YEAR})(?:\. ${ISSUE})?(?:\.? (\d{1,2} ${MONTH_RU}))?${PAGES}\.?\)?$`, 'u');

/**
 * Words that make a dated heading a document of an archive or an edition rather than a periodical: `Stalin to
 * Kaganovich, 12 August 1932`, `Письмо Сталина, 5 марта 1937 г.`, `Report of the NKVD, 5 March 1937`.
 */
const NOT_A_PERIODICAL = /(?<![\p{L}])(?:to|from|of|by|and|in|on|letter|memo|report|telegram|speech|diary|interview|decree|resolution|minutes|transcript|stenogram|к|от|и|в|о|с|письмо|записка|беседа|телеграмма|доклад|приказ|постановление|протокол|справка|выступление|речь|дневник|стенограмма)(?![\p{L}])/iu;

/** Words that point back to a reference (`Там же. 1934. № 9`): no periodical's name. */
const BACK_REFERENCE = /^(?:там же|ibid|ibidem|там само|тамсама)$/iu;

/**
 * Words before a colon that say where the issue is, not what it is: `См.: Известия ЦК КПСС. 1989. № 7`,
 * `Опубликовано без указания места хранения: Известия ЦК КПСС. 1990. № 11. С. 124` (letters only: no number).
 */
const LEAD = /^[\p{L} .,’'-]{1,80}: (?=[«"“*_]?\p{Lu})/u;

/** A name in single quotes with its comma inside them (`‘Karta,’ no. 36-37`): the quotes are the note's, not the name's. */
const SINGLE_QUOTED_NAME = /^‘(\p{Lu}[^‘’,]{0,60}(?:’\p{L}[^‘’,]*)*),’ /u;

/** The reference as a periodical's issue, or undefined when it is not one (no-break spaces read as spaces). */
export function parsePeriodical(raw: string, body: string): Citation | undefined {
  // Every issue names its year: most references are read no further.
  if (!HAS_YEAR.test(body)) return undefined;
  const text = withoutRemarks(body.replace(/\s+/gu, ' ').trim().replace(LEAD, '')).replace(SINGLE_QUOTED_NAME, '$1, ');
  const comma = COMMA_STYLE.exec(text);
  if (comma) {
    const [, title, issue, date, issueAfter, pages] = comma;
    return periodical(raw, title, date, issue ?? issueAfter, pages);
  }
  const journal = JOURNAL_STYLE.exec(text);
  if (journal) {
    const [, title, volume, issue, date, pages] = journal;
    const found = volume || issue ? periodical(raw, title, date, issue, pages, true) : undefined;
    return found && volume ? { ...found, volume } : found;
  }
  const spelled = VOLUME_ISSUE_STYLE.exec(text);
  if (spelled) {
    const [, title, volume, issue, year, pages] = spelled;
    const found = periodical(raw, title, year, issue, pages);
    return found && { ...found, volume };
  }
  const yearFirst = YEAR_FIRST_STYLE.exec(text);
  if (yearFirst) {
    const [, title, year, issue, pages] = yearFirst;
    return periodical(raw, title, year, issue, pages);
  }
  const numberFirst = NUMBER_FIRST_STYLE.exec(text);
  if (numberFirst) {
    const [, title, issue, year, pages] = numberFirst;
    return periodical(raw, title, year, issue, pages);
  }
  const russian = RUSSIAN_STYLE.exec(text);
  // A year alone is no issue: `Правда. 1937.` could open a book's title; a number or a day says it is one.
  if (russian && (russian[3] || russian[4])) {
    const [, title, year, issue, day, pages] = russian;
    return periodical(raw, title, day ? `${day} ${year}` : year, issue, pages);
  }
  return undefined;
}

/** What may follow a reference and is none of it: `(in Russian)`, `, http://…`, `, retrieved September 4, 2011`. */
const REMARK = /(?:,? \([^()\d]*\)|,? https?:\/\/\S+|, (?:retrieved|accessed) [^;()]*)\.?$/u;

/** A quick look for what a remark needs: a closing parenthesis at the end, an address or a day of reading. */
const MAY_END_IN_REMARK = /\)\.?$|https?:|retrieved|accessed/u;
/** How many remarks may follow a reference (a language, an address, the day it was read): a bound on the work. */
const MAX_REMARKS = 4;

/** The reference without the remarks after it. */
function withoutRemarks(text: string): string {
  if (!MAY_END_IN_REMARK.test(text)) return text;
  let out = text;
  for (let i = 0, m = REMARK.exec(out); i < MAX_REMARKS && m && m.index > 0; i++, m = REMARK.exec(out)) out = out.slice(0, m.index);
  return out;
}

/** A number alone with its pages: `. № 13. С. 7`, another issue of the same year. */
const NUMBER_AFTER = new RegExp(String.raw`^[,.]? ${ISSUE}${PAGES}\.?\)?$`, 'u');

/**
 * The issue an Ibid. (or a periodical's next issue in a list) names after it: `, 6 March 1937, p. 3`, `, no. 65, 6 March
 * 1937`, `. 1938. 21 июня. С. 2`, `. № 9. 10 янв. 1934 г.`, `. № 13. С. 7`.
 */
export function readIssue(after: string): Pick<Citation, 'issue' | 'date' | 'pages'> | undefined {
  const m = ISSUE_AFTER.exec(after.trimEnd());
  if (m) return { issue: m[1] ?? m[3], date: m[2], pages: m[4] && tidyText(m[4]) };
  const number = NUMBER_AFTER.exec(after.trimEnd());
  // `Ibid., no. 12 (1989): 193`: a journal's number with its year.
  const counted = number && /^(\S+) \(((?:1[7-9]|20)\d\d)\)$/.exec(number[1]);
  if (number) return { issue: counted ? counted[1] : number[1], ...(counted && { date: counted[2] }), pages: number[2] && tidyText(number[2]) };
  const ru = RUSSIAN_ISSUE_AFTER.exec(after.trimEnd());
  if (!ru || (!ru[2] && !ru[3])) return undefined;
  const [, year, issue, day, pages] = ru;
  return { issue, date: day ? `${day} ${year}` : year, pages: pages && tidyText(pages) };
}

/** A dated heading names a document unless the issue is numbered (`Journal of Modern History 60 (1988)` is a journal). */
function periodical(raw: string, title: string, date: string, issue: string | undefined, pages: string | undefined, numbered = issue !== undefined): Citation | undefined {
  if ((!numbered && NOT_A_PERIODICAL.test(title)) || BACK_REFERENCE.test(title)) return undefined;
  return { kind: 'printed', raw, title: title.replace(/^[*_]|[*_]$/g, ''), date, issue, pages: pages && tidyText(pages) };
}

/**
 * Whether a printed work is a newspaper's or journal's issue (or an article in one): a name a periodical may have,
 * with the date or number of an issue and no book's imprint; a numbered issue or an article's title says it is one. A
 * dated letter or decree is no periodical.
 */
export function isPeriodical(w: Pick<Citation, 'title' | 'articleTitle' | 'published' | 'date' | 'issue'>): boolean {
  if (w.title === undefined || w.published !== undefined || (w.date === undefined && w.issue === undefined)) return false;
  return w.issue !== undefined || w.articleTitle !== undefined || !NOT_A_PERIODICAL.test(w.title);
}

/** A newspaper's issue is a day's; an issue the citation dates by year, month or season alone is a journal's. */
export function isNewspaper(w: Pick<Citation, 'date'>): boolean {
  return w.date !== undefined && issueDate(w.date)?.length === 10;
}

const MONTHS: [RegExp, number][] = [
  [/^(?:jan|янв)/, 1], [/^(?:feb|фев)/, 2], [/^(?:mar|мар)/, 3], [/^(?:apr|апр)/, 4], [/^(?:ma[iy]|ма[яй])/, 5], [/^(?:jun|июн)/, 6],
  [/^(?:jul|июл)/, 7], [/^(?:aug|авг)/, 8], [/^(?:sep|сен)/, 9], [/^(?:oct|окт)/, 10], [/^(?:nov|ноя)/, 11], [/^(?:dec|дек)/, 12],
];

/**
 * An issue's date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, however the note writes it (`5 March 1937`, `March 5, 1937`,
 * `Mar. 5, 1937`, `March 13 (1989)`, `5 марта 1937 г.`, `1990`): what tells one issue from another and orders them. Undefined when the
 * date names no year, or more than one, or words that are not a day and a month: such a date is compared as written.
 */
export function issueDate(date: string): string | undefined {
  const parts = date.toLowerCase().replace(/\s*г\.$/u, '').replace(/[()]/g, '').split(/[\s,.]+/u).filter(Boolean);
  const years = parts.filter(p => /^\d{4}$/.test(p));
  const days = parts.filter(p => /^\d{1,2}$/.test(p));
  const words = parts.filter(p => !/^\d+$/.test(p));
  if (years.length !== 1 || days.length > 1 || words.length > 1 || years.length + days.length + words.length !== parts.length) return undefined;
  const month = words.length ? MONTHS.find(([pattern]) => pattern.test(words[0]))?.[1] : undefined;
  if (words.length && month === undefined) return undefined;
  if (days.length && month === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return [years[0], month && two(month), days.length ? two(Number(days[0])) : undefined].filter(Boolean).join('-');
}
