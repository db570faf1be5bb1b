// A deputy, as texts name him: zam- (zamestitel’) before an official's title in one word (zamnarkoma, zampredsovnarkoma,
// замминистра), or заместитель before the official or the body in a phrase (заместитель министра земледелия). A deputy
// of a body is the deputy of its head (zamnarkomzema: deputy head of the People’s Commissariat of Agriculture), never
// a deputy body. Read by its parts, an inference like any such reading.
import { romanize } from '../translit/romanize';
import { isReading, type PartsReading, type WordPart } from './readByParts';
import type { GlossaryEntry } from './types';

type Explanation = GlossaryEntry | PartsReading;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const CASE = '(?:a|u|om|e|y|ov|am|ami|akh|ia|iu|em|ei)?';

const DEPUTY: Omit<WordPart, 'written'> = { word: 'zamestitel’', cyrillic: 'заместитель', english: 'deputy' };

/** Officials' titles as a deputy's compound writes them, whole or cut short (zampred, zamnach, zamzav), in any case. */
const OFFICIALS: readonly [stump: string, word: string, cyrillic: string, english: string][] = [
  ['predsedatel', 'predsedatel’', 'председатель', 'chairman'],
  ['pred', 'predsedatel’', 'председатель', 'chairman'],
  ['nachal’nik', 'nachal’nik', 'начальник', 'head'],
  ['nach', 'nachal’nik', 'начальник', 'head'],
  ['zav', 'zaveduiushchii', 'заведующий', 'head'],
  ['narkom', 'narodnyi komissar', 'народный комиссар', 'People’s Commissar'],
  ['ministr', 'ministr', 'министр', 'Minister'],
  ['direktor', 'direktor', 'директор', 'director'],
  ['komandir', 'komandir', 'командир', 'commander'],
  ['komissar', 'komissar', 'комиссар', 'commissar'],
  ['sekretar’', 'sekretar’', 'секретарь', 'secretary'],
];

/** An explanation that names a person (People’s Commissar of …, the first secretary, Minister of …), not a body. */
const NAMES_OFFICIAL = /^(?:the\s+)?(?:first\s+)?(?:People’s Commissar\b(?!iat)|chairman|secretary|minister\b|head\b|director|commander|commissar\b|procurator)/iu;

const latinOf = (written: string) => (CYRILLIC.test(written) ? romanize(written, 'lc') : written).toLowerCase().replace(/['ʼ′]/gu, '’');

function deputyOf(term: string, parts: WordPart[], of: string): PartsReading {
  return { term, inferred: 'read by its parts', parts, expansion: parts.map(p => p.word).join(' '), english: `deputy ${of}` };
}

const bodyPart = (written: string, entry: GlossaryEntry): WordPart => ({ written, word: entry.expansion, cyrillic: entry.cyrillic, english: entry.english, entry });

/** What a deputy's title says of the one whose deputy he is: an official's title as it is, a body's as its head. */
const headOf = (explained: Explanation) => (NAMES_OFFICIAL.test(explained.english) ? explained.english : `head of ${explained.english}`);

/** A word zam- begins, then an official's title (and the body he heads) or a body's name: the deputy of that official
 * or of that body's head. `explain` gives what a form the word ends with stands for. */
export function readDeputyWord(written: string, explain: (form: string) => Explanation | undefined): PartsReading | undefined {
  const latin = latinOf(written);
  const zamLength = /^zam[.-]?(?=\p{L}{3})/u.exec(latin)?.[0].length;
  if (!zamLength) return undefined;
  // Where a length of the romanized word ends in the word as written (щ is shch).
  const writtenAt = (length: number) => [...Array(written.length + 1).keys()].find(k => latinOf(written.slice(0, k)).length === length) ?? length;
  const at = writtenAt(zamLength);
  const zam: WordPart = { written: written.slice(0, at), ...DEPUTY };
  const rest = latin.slice(zamLength);
  for (const [stump, word, cyrillic, english] of OFFICIALS) {
    if (!rest.startsWith(stump)) continue;
    const bodyAt = writtenAt(zamLength + stump.length);
    const official: WordPart = { written: written.slice(at, bodyAt), word, cyrillic, english };
    if (new RegExp(`^${CASE}$`, 'u').test(rest.slice(stump.length))) return deputyOf(written, [zam, official], english);
    const body = explain(written.slice(bodyAt));
    if (body && !isReading(body)) return deputyOf(written, [zam, official, bodyPart(written.slice(bodyAt), body)], `${english} of ${body.english}`);
  }
  const body = explain(written.slice(at));
  if (!body || isReading(body)) return undefined;
  return deputyOf(written, [zam, bodyPart(written.slice(at), body)], headOf(body));
}

/** заместитель (zamestitel’, зам.) in any case, first in a phrase. */
const DEPUTY_WORD = /^(?:заместител[ьяюеийм]\p{L}*|зам\.?|zamestitel\p{L}*’?|zam\.?)$/u;

/** A phrase that names a deputy (заместитель министра земледелия, зам. председателя Совнаркома): the deputy of what
 * follows, which `explain` gives, then what follows, part by part. */
export function readDeputyPhrase(written: string, explain: (rest: string) => Explanation[]): Explanation[] | undefined {
  const [first, ...rest] = written.trim().split(/\s+/u);
  if (!rest.length || !DEPUTY_WORD.test(first.toLowerCase().replace(/['ʼ′]/gu, '’'))) return undefined;
  const zam: WordPart = { written: first, ...DEPUTY };
  // An official the glossary has no entry for, named as a word of the phrase (зам. председателя Совнаркома).
  const official = OFFICIALS.find(([stump]) => stump.length > 4 && new RegExp(`^${stump.replace(/’/gu, '’?')}${CASE}$`, 'u').test(latinOf(rest[0])));
  if (official && rest.length > 1 && !['narkom', 'ministr'].includes(official[0])) {
    const [, word, cyrillic, english] = official;
    const of = explain(rest.slice(1).join(' '));
    if (of.length) return [deputyOf(written, [zam, { written: rest[0], word, cyrillic, english }], `${english} of ${of[0].english}`), ...of];
  }
  const of = explain(rest.join(' '));
  if (!of.length) return undefined;
  return [deputyOf(written, [zam], headOf(of[0])), ...of];
}
