// Builds syntaxes/opis.injection.tmLanguage.json, the TextMate grammar injected into Markdown prose, from the named
// rules below. Usage: `node scripts/build-grammar.mjs` (writes the file); test/grammar/build.test.ts checks that the
// committed JSON is this script's output.
//
// Why rules are grouped: VS Code's regex engine (vscode-oniguruma) runs every injected pattern from the current
// position to the end of the line at every token boundary of every prose line, and on lines under 1,000 bytes it
// caches nothing between those calls, so each extra pattern costs a scan per boundary. Rules that share a cheap
// necessary condition are therefore joined into one alternation behind a lookahead gate that states it: the engine
// takes the gate's literal or character set to skip ahead, and branches are tried only where the gate holds.
// A bare alternation without such a gate loses that skip-ahead and is several times slower; so is joining the
// month names, which share no literal, which is why each month stem stays a pattern of its own.
// Within a group the branches keep the order of precedence they had as separate patterns (the first one listed
// wins at a given position), and groups only join rules that cannot start at the same position as a rule of
// another group, so grouping changes no match.
// Measured without gain: one match per whole archival address rather than per part (in notes the parts are
// mostly separated by document titles, so few would join), and one rule per apostrophe for the signs.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const GRAMMAR_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'opis.injection.tmLanguage.json');

const CONSONANT = 'b-df-hj-np-rtv-zB-DF-HJ-NP-RTV-Z';
const APOSTROPHES = ['’', "'"];
/** A folio, file or fond number: 17, 94-r, K-12238. */
const NUMBER = String.raw`(?:[A-Z]-?)?[0-9]+(?:-[a-z](?![A-Za-z]))?`;
/** Year and optional g./gg. after a Russian month, then the dash that joins a range ('dekabr’ 1921-avgust 1922'). */
const YEAR_TAIL = String.raw`(?: [0-9]{4}(?: g(?:g\.|\.))?)?(?:[-–](?=[ ]?[0-9a-z]))?`;
const DAY_RANGE = String.raw`(?:[0-9]{1,2}(?:[-–][0-9]{1,2})? )?`;
const MONTH_START = "(?<![A-Za-z0-9’'])";
const CASE_ENDING = "(?:ia|e|’|')(?![A-Za-z’'])";
/** Marta, maia and avgust are also English words or names: they count only before a year. */
const BEFORE_YEAR = "(?![A-Za-z’'])(?= [0-9]{4})";

const DATE = 'constant.numeric.date.opis';
const PART = 'keyword.other.citation.part.opis';
const CITATION_NUMBER = 'constant.numeric.citation.opis';
const SIGLUM = 'entity.name.tag.siglum.opis';
const BACK_REFERENCE = 'variable.language.back-reference.opis';
const FOOTNOTE_BEGIN = 'punctuation.definition.footnote.begin.opis';
const FOOTNOTE_END = 'punctuation.definition.footnote.end.opis';

/**
 * Each pattern of the grammar: `rules` (tried in order at a position), joined behind `gate` (a lookahead every
 * rule's match satisfies) when there are several. A rule has a regex, an optional scope for its whole match and
 * scopes for its own capture groups, numbered from 1 within the rule.
 */
const PATTERNS = [
  {
    key: 'footnote',
    comment: 'GFM footnote references ([^12]); a definition line ([^12]: …) is the footnote-definition region.',
    rules: [
      {
        match: String.raw`(\[\^)([^\]\s]+)(\])`,
        scope: 'meta.footnote.reference.opis',
        captures: [FOOTNOTE_BEGIN, 'markup.underline.link.footnote.reference.opis', FOOTNOTE_END],
      },
    ],
  },
  {
    key: 'citation-part',
    comment:
      "Ibid. and op./loc. cit. (pointing back to an earlier note), and archival address parts followed by their number(s): f. 17, op. 34, d. K-12238, ll. 7-35, l. 5 ob., t. 1, ch. 2. 't. d.' (i tak dalee) is not a file, nor is the year of death in '(d. 1937)' or 'b. 1890, d. 1940'. All of them are a short word and a full stop (the word may be italic: *Ibid*.).",
    // `*Ibid*.`: the word is set in italics and its full stop follows the closing `*`
    gate: String.raw`[A-Za-z]{1,4}\*?\.`,
    rules: [
      { match: String.raw`(?<![A-Za-z])[Ii]bid(?:\.|(?=\*\.))`, scope: BACK_REFERENCE },
      { match: String.raw`(?<![A-Za-z])(?:[Oo]p|[Ll]oc)\. ?cit\.`, scope: BACK_REFERENCE },
      {
        match:
          String.raw`(?<![A-Za-z0-9_’'.])(?!(?<=\()d\. ?[12][0-9]{3}\)|(?<=b\. [12][0-9]{3}, )d\. ?[12][0-9]{3}\b)(f|op|d|ll|l|t|ch)\.(?<!t\. d\.) ?(${NUMBER}(?: ?ob\.)?(?: ?[-–] ?[0-9]+(?: ?ob\.)?)?` +
          String.raw`(?:, ?[0-9]+(?: ?ob\.)?(?: ?[-–] ?[0-9]+(?: ?ob\.)?)?(?![0-9]| [a-z]))*)`,
        captures: [PART, CITATION_NUMBER],
      },
    ],
  },
  {
    key: 'archive-and-organ',
    comment:
      "Archive sigla and the Soviet political police. Any capitalised acronym (Ts, Kh, Ch, Sh, Zh count as one letter) directly followed by its fond is a siglum: 'TsDOO SO, f. 41', '(RGASPI), f. 17', 'OGAChO, f. 288'; well-known sigla also count on their own. Organs alone or in combinations such as Cheka/OGPU/NKVD or VChK-OGPU-NKVD. All but Cheka and GubChK start with two capitals, at most one small letter apart.",
    gate: '[A-Z][a-z]?[A-Z]|Cheka|GubChK',
    rules: [
      {
        match: String.raw`(?<![A-Za-z’'-])([A-Z](?:[a-z]?[A-Z]){1,7}(?: [A-Z]{2,3}){0,2})\)?,? ?(f)\. ?(${NUMBER})`,
        captures: [SIGLUM, PART, CITATION_NUMBER],
      },
      {
        match: String.raw`(?<![A-Za-z’'-])(?:RG(?:A(?:SPI|NI|E|LI)|VA|IA)|GA(?:RF|SO|AO ?SO|PO)|Ts(?:DOO ?SO|DAOSO|KhSD|AMO|GAOR|A FSB(?: RF)?))(?![A-Za-z’'-])`,
        scope: SIGLUM,
      },
      {
        match: String.raw`(?<![A-Za-z0-9_’'])(?:Cheka|VChK|GubChK|ChK|O?GPU|U?NKVD|NKGB|GUGB|U?MGB|MVD|KGB)(?![A-Za-z0-9_])`,
        scope: 'support.type.organ.opis',
      },
    ],
  },
  ...[
    ['date-dekabr', '(?:[Ss]enti|[Oo]kti|[Nn]oi|[Dd]ek)abr' + CASE_ENDING],
    ['date-ianvar', '[Ii]anvar' + CASE_ENDING],
    ['date-fevral', '[Ff]evral' + CASE_ENDING],
    ['date-aprel', '[Aa]prel' + CASE_ENDING],
    ['date-iiun-iiul', '[Ii]iu[nl]' + CASE_ENDING],
    ['date-mart', '[Mm]art[ae]' + BEFORE_YEAR],
    ['date-mai', '[Mm]aia' + BEFORE_YEAR],
    ['date-avgust', '[Aa]vgust[ae]?' + BEFORE_YEAR],
  ].map(([key, month]) => ({
    key,
    comment: "A Russian date as in archival titles: '15-18 dekabria 1938 g.', 'dekabr’ 1921-avgust 1922'.",
    rules: [{ match: MONTH_START + DAY_RANGE + month + YEAR_TAIL, scope: DATE }],
  })),
  {
    key: 'date-year',
    comment: "'1938 g.' (with the dash that joins a range) and '1928-1933 gg.', written around their shared 'g.'.",
    rules: [{ match: String.raw`(?<![A-Za-z0-9’'-])[0-9]{4}(?: |[-–][0-9]{4} g)g\.(?:(?<= g\.)[-–](?=[ ]?[0-9a-z]))?`, scope: DATE }],
  },
  {
    key: 'sign',
    comment:
      "’’ (or '') between letters is the hard sign: s’’ezd, Ob’’edinennyi. A single ’ (or ') after two letters ending in a consonant is the soft sign (pis’ma, oblast’), unless it forms an English contraction or possessive (Stalin’s, weren’t, we’ll) or closes an English plural (workers’); a final s’ counts only after a, i, o, u or y (Rus’, nachalas’).",
    gate: "[’']",
    // One rule per apostrophe: a class [’'] here instead of the literal is several times slower.
    rules: [
      ...APOSTROPHES.map(a => ({ match: String.raw`(?<=\p{L})${a}${a}(?=\p{L})`, scope: 'constant.character.escape.hard-sign.opis' })),
      ...APOSTROPHES.map(a => ({
        match: String.raw`(?<=\p{L}[${CONSONANT}]|[aiouy]s)${a}(?!’|'|(?:s|t|d|m|re|ve|ll)(?![\p{L}’']))`,
        scope: 'constant.character.escape.soft-sign.opis',
      })),
    ],
  },
];

const NOTE = 'meta.footnote.definition.opis';
const MARKDOWN = 'text.html.markdown';
/** Opis's own patterns, tried before any Markdown rule at the same position, as the L: injection priority does. */
const OPIS_INCLUDES = PATTERNS.map(({ key }) => ({ include: `#${key}` }));

/**
 * Markdown emphasis inside a footnote definition, with Markdown's scopes: opened as Markdown opens it (a `*` not
 * between a word and a non-word, a `_` not after a word), only when a closer follows on the line (a closing `_`
 * ends a word), and closed after a non-space.
 */
const emphasis = (kind, open) => ({
  begin: String.raw`(${open})(?=\S)(?=(?:(?!\1).)*?(?<=\S)\1(?!(?<=_)\w))`,
  end: String.raw`(?<=\S)(\1)`,
  name: `markup.${kind}.markdown`,
  beginCaptures: { 1: { name: `punctuation.definition.${kind}.markdown` } },
  endCaptures: { 1: { name: `punctuation.definition.${kind}.markdown` } },
  patterns: [...OPIS_INCLUDES, { include: `${MARKDOWN}#raw` }, { include: `${MARKDOWN}#escape` }],
});

/**
 * A footnote definition line ([^12]: …) is a region of its own. Why: VS Code's regex engine runs each grammar's
 * patterns as a separate scanner, so in a paragraph every Opis match makes Markdown's inline scanner search again
 * from the match to the end of the line (its rules rarely match, so each search crosses the whole rest of the
 * line); notes are dense with citation parts, so in notes this re-scanning cost more than Opis's own patterns. In
 * the region Opis's patterns and a small Markdown subset (emphasis, code, escapes, inline links, with Markdown's
 * own scopes) share one scanner, which stops at the next match of either, and the injection is not applied again
 * inside it (see injectionSelector). Inline HTML is not in that subset: the HTML grammars' patterns would cost more
 * than all the others in the region together, so in a note it reads as text. Markdown itself has no rule for
 * footnote definitions and reads them as paragraphs. The region ends by consuming the "\n" the tokenizer appends to every line: searching for $ costs
 * about as much as a whole Opis pattern, and \z is rewritten by the tokenizer into a form just as slow.
 */
const REGIONS = {
  'footnote-definition': {
    begin: String.raw`^[ ]{0,3}(\[\^)([^\]\s]+)(\])(:)`,
    beginCaptures: {
      1: { name: FOOTNOTE_BEGIN },
      2: { name: 'entity.name.function.footnote.definition.opis' },
      3: { name: FOOTNOTE_END },
      4: { name: 'punctuation.separator.key-value.footnote.opis' },
    },
    end: String.raw`\n`,
    name: NOTE,
    patterns: [
      ...OPIS_INCLUDES,
      { include: '#note-bold' },
      { include: '#note-italic' },
      ...['raw', 'escape', 'link-inline'].map(rule => ({ include: `${MARKDOWN}#${rule}` })),
    ],
  },
  'note-bold': emphasis('bold', String.raw`\*\*|(?<!\w)__`),
  'note-italic': emphasis('italic', String.raw`\*(?=\w)|(?<!\w)\*(?!\*)|(?<!\w)_(?!_)`),
};

/** Number of capturing groups in a regex source: '(' not escaped, not in a class, not '(?'. */
function countGroups(source) {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
    } else if (c === '(' && source[i + 1] !== '?') count++;
  }
  return count;
}

/** One grammar rule from a pattern: its rules joined behind the gate, capture numbers shifted to the joined regex. */
function compile({ comment, gate, rules }) {
  if (rules.length === 1 && !gate) {
    const [rule] = rules;
    const captures = Object.fromEntries((rule.captures ?? []).map((name, i) => [String(i + 1), { name }]));
    return { comment, match: rule.match, ...(rule.scope && { name: rule.scope }), ...(rule.captures && { captures }) };
  }
  const captures = {};
  let offset = 0;
  const branches = rules.map(rule => {
    const own = countGroups(rule.match);
    if ((rule.captures ?? []).length !== own) throw new Error(`${rule.match}: ${own} groups, ${(rule.captures ?? []).length} capture scopes`);
    if (rule.scope) captures[++offset] = { name: rule.scope };
    (rule.captures ?? []).forEach((name, i) => (captures[offset + i + 1] = { name }));
    offset += own;
    return rule.scope ? `(${rule.match})` : `(?:${rule.match})`;
  });
  return { comment, match: `(?=${gate})(?:${branches.join('|')})`, captures };
}

/** The grammar as written to syntaxes/opis.injection.tmLanguage.json. */
export function buildGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Opis: Soviet-history scholarship in Markdown',
    scopeName: 'opis.injection',
    comment:
      'Generated by scripts/build-grammar.mjs, which explains the grouping and the footnote-definition region; edit that script, not this file. Injected into Markdown prose: paragraphs (which also carry list items, block quotes and footnote definitions), headings and tables. Code spans and link addresses are single match rules in the Markdown grammar, so nothing is injected into them.',
    injectionSelector: `L:meta.paragraph.markdown - ${NOTE}, L:entity.name.section.markdown, L:markup.table.markdown`,
    patterns: [{ include: '#footnote-definition' }, ...OPIS_INCLUDES],
    repository: { ...REGIONS, ...Object.fromEntries(PATTERNS.map(pattern => [pattern.key, compile(pattern)])) },
  };
}

export const grammarJson = () => JSON.stringify(buildGrammar(), null, 2) + '\n';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GRAMMAR_PATH, grammarJson());
  console.log(`wrote ${path.relative(process.cwd(), GRAMMAR_PATH)}`);
}
