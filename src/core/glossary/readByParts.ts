// A Soviet compound the glossary does not hold, read by its parts (okrispolkoma: okr- + ispolkom; kraizu: krai- +
// ZU; trudposelki: trud- + poselok): one or more first parts, then a part that ends compounds or a glossary term.
// The reading is an inference, shown as one, never as an entry; where two readings of as few parts differ, none.
import { caseStems } from '../translit/lexicon';
import { romanize } from '../translit/romanize';
import { adjectiveNouns } from './adjectiveNoun';
import { BODY_KINDS, COMMITTEE_INITIALS, DERIVING_SUFFIXES, FIRST_PARTS, HEADS, type CompoundPart } from './compoundParts';
import { readEnglishBodyName } from './englishBodyName';
import { translateField } from './fieldWords';
import type { GlossaryEntry } from './types';

/** One part of a word read by its parts, as written in the word, with what it stands for. */
export interface WordPart {
  written: string;
  word: string;
  cyrillic: string;
  english: string;
  /** The glossary entry the part is, when it is one. */
  entry?: GlossaryEntry;
}

export interface PartsReading {
  /** The word as written. */
  term: string;
  inferred: 'read by its parts';
  parts: WordPart[];
  /** The parts' words and their English, in order (spetskomendatura: special commandant’s office), as an entry gives them. */
  expansion: string;
  english: string;
}

/** Whether an explanation is a reading by parts rather than a glossary entry. */
export const isReading = (explained: GlossaryEntry | PartsReading): explained is PartsReading => 'inferred' in explained;

/** A glossary term shorter than this says too little to end a compound (the heads above are listed whole). */
const MIN_TERM_HEAD = 5;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ONE_WORD = /^[\p{L}’'ʼ′-]+$/u;

type Part = Omit<WordPart, 'written'>;

const fromPart = ({ word, cyrillic, english }: CompoundPart): Part => ({ word, cyrillic, english });
const fromEntry = (entry: GlossaryEntry): Part => ({
  word: entry.expansion,
  cyrillic: entry.cyrillicExpansion ?? entry.cyrillic,
  english: entry.english,
  entry,
});

/** What ends a compound: a listed head in any case form, else a glossary term of some length. */
function headOf(tail: string, termOf: (form: string) => GlossaryEntry | undefined): Part | undefined {
  const forms = [tail, ...caseStems(tail)];
  const listed = HEADS.find(h => h.stems.some(stem => forms.includes(stem)));
  if (listed) return fromPart(listed);
  const entry = tail.length >= MIN_TERM_HEAD ? termOf(tail) : undefined;
  return entry ? fromEntry(entry) : undefined;
}

/** How many letters of the word from `at` a first part takes, its soft sign written or left out (sel’kor, selkor). */
function partAt(word: string, at: number, part: string): number {
  if (word.startsWith(part, at)) return part.length;
  const unsigned = part.replace(/’/gu, '');
  return unsigned !== part && word.startsWith(unsigned, at) ? unsigned.length : 0;
}

/** First parts naming a territory, whose sovet is the elected soviet (gorsovet, sel’sovet, Mossovet); after a field
 * it is a council (Promvoensovet: the Council of Military Industry; Revvoensovet). */
const TERRITORIAL = new Set(['obl', 'krai', 'rai', 'okr', 'gor', 'gub', 'uezd', 'vol', 'sel’', 'mos', 'len']);

/** A head after the parts before it: the soviet an entry glosses is a council after a field. */
function headAfter(head: Part, read: WordPart[]): Part {
  if (head.entry?.term !== 'sovet' || read.some(part => TERRITORIAL.has(part.written.toLowerCase()))) return head;
  return { word: head.word, cyrillic: head.cyrillic, english: 'council (sovet)' };
}

/** Every way the word from `at` splits into first parts and a head, after the parts read so far. */
function readings(word: string, at: number, read: WordPart[], termOf: (form: string) => GlossaryEntry | undefined): WordPart[][] {
  const found: WordPart[][] = [];
  const tail = word.slice(at);
  const head = read.length ? headOf(tail, termOf) : undefined;
  const last = head && headAfter(head, read);
  if (last) found.push([...read, { written: tail, ...last }]);
  for (const part of FIRST_PARTS) {
    const length = partAt(word, at, part.part);
    if (length && at + length < word.length) {
      found.push(...readings(word, at + length, [...read, { written: word.slice(at, at + length), ...fromPart(part) }], termOf));
    }
  }
  return found;
}

const sameParts = (a: WordPart[], b: WordPart[]) => a.length === b.length && a.every((part, i) => part.word === b[i].word);

/**
 * The word read by its parts, if it reads one way only; `termOf` gives the glossary term a form stands for. An
 * English plural is read off a romanized word (politruks), and an adjective is read as its noun
 * (рабселькоровского: rab- + sel’- + -kor).
 */
export function readByParts(written: string, termOf: (form: string) => GlossaryEntry | undefined): PartsReading | undefined {
  if (!ONE_WORD.test(written)) return undefined;
  const latin = (CYRILLIC.test(written) ? romanize(written, 'lc') : written).toLowerCase().replace(/['ʼ′]/gu, '’');
  const forms = [latin, ...(!CYRILLIC.test(written) && /[^s]s$/.test(latin) ? [latin.slice(0, -1)] : []), ...adjectiveNouns(latin).slice(0, 1)];
  for (const form of forms) {
    const all = readings(form, 0, [], termOf);
    if (!all.length) continue;
    const fewest = Math.min(...all.map(r => r.length));
    const best = all.filter(r => r.length === fewest);
    if (!best.every(r => sameParts(r, best[0]))) return undefined;
    return reading(written, best[0]);
  }
  return undefined;
}

const reading = (term: string, parts: WordPart[]): PartsReading => ({
  term,
  inferred: 'read by its parts',
  parts,
  expansion: parts.map(p => p.word).join(' '),
  english: parts.map(p => p.english).join(' '),
});

/** A party committee's siglum read by its letters (РК: raionnyi komitet), for a siglum the party's name follows. */
export function readCommitteeSiglum(written: string): PartsReading | undefined {
  const letters = /^([РГRG])([КK])$/u.exec(written);
  const first = letters && FIRST_PARTS.find(p => p.part === COMMITTEE_INITIALS[letters[1].toLowerCase()]);
  const kom = HEADS.find(h => h.part === 'kom');
  if (!letters || !first || !kom) return undefined;
  return reading(written, [
    { written: letters[1], ...fromPart(first) },
    { written: letters[2], ...fromPart(kom) },
  ]);
}

/** A word made of a glossary term by a suffix, read as the term and the suffix (комсомольцы: Komsomol + -ets, a member
 * of; колхозница: kolkhoznik, a woman), if one suffix reads it; an inference like any reading by parts. */
export function readDerived(written: string, termOf: (form: string) => GlossaryEntry | undefined): PartsReading | undefined {
  if (!ONE_WORD.test(written)) return undefined;
  const latin = (CYRILLIC.test(written) ? romanize(written, 'lc') : written).toLowerCase().replace(/['ʼ′]/gu, '’');
  const found = DERIVING_SUFFIXES.flatMap(suffix => {
    const stem = suffix.pattern.exec(latin)?.[1];
    const entry = stem ? termOf(suffix.base(stem)) : undefined;
    return stem && entry ? [{ stem, suffix, entry }] : [];
  });
  if (found.length !== 1) return undefined;
  const [{ stem, suffix, entry }] = found;
  const parts: WordPart[] = [
    { written: stem, ...fromEntry(entry) },
    { written: latin.slice(stem.length), ...fromPart(suffix) },
  ];
  return { term: written, inferred: 'read by its parts', parts, expansion: `${entry.expansion} + ${suffix.word}`, english: `${suffix.english} ${entry.english}` };
}

/** A body and the field it governs, an inference: the field translated word by word where every word is a known
 * one, else given as written (romanized), untranslated. */
function bodyReading(term: string, body: CompoundPart & { written: string }, field: string): PartsReading {
  const cyrillic = CYRILLIC.test(field);
  const latin = cyrillic ? romanize(field, 'lc') : field;
  const translated = translateField(latin);
  // A field named with po (for) takes no “of”: State Committee for defence technology.
  const english = translated && !translated.startsWith('for ') ? `of ${translated}` : translated;
  return {
    term,
    inferred: 'read by its parts',
    parts: [
      { written: body.written, word: body.word, cyrillic: body.cyrillic, english: body.english },
      { written: field, word: latin, cyrillic: cyrillic ? field : '—', english: english ?? `of ${latin}` },
    ],
    expansion: `${body.word} ${latin}`,
    english: english ? `${body.english} ${english} (the field translated word by word)` : `${body.english} of ${latin} (the field as written, untranslated)`,
  };
}

const COMMISSARIAT: CompoundPart = BODY_KINDS.commissariat;

/** A people's commissariat written as НК and the field it governs in the genitive (НКТруда, NKTorg), read as such where
 * the glossary has no entry for it. */
export function readCommissariat(written: string): PartsReading | undefined {
  const parts = /^(НК|NK)(\p{Lu}\p{Ll}{2,})$/u.exec(written);
  return parts ? bodyReading(written, { ...COMMISSARIAT, written: parts[1] }, parts[2].toLowerCase()) : undefined;
}

/** The bodies a name of a state organ begins with, and the officials who head them, in any case, in either script. */
const BODIES: readonly [RegExp, CompoundPart][] = [
  [/^(?:министерств\p{L}*|ministerstv\p{L}*)$/u, BODY_KINDS.ministry],
  [/^(?:наркомат\p{L}*|narkomat\p{L}*)$/u, COMMISSARIAT],
  [/^(?:нарком(?:а|у|ом|е|ы|ов|ам|ами|ах)?|narkom(?:a|u|om|e|y|ov|am|ami|akh)?)$/u, { part: 'narkom', word: 'narodnyi komissar', cyrillic: 'народный комиссар', english: 'People’s Commissar' }],
  [/^(?:министр(?:а|у|ом|е|ы|ов|ам|ами|ах)?|ministr(?:a|u|om|e|y|ov|am|ami|akh)?)$/u, { part: 'ministr', word: 'ministr', cyrillic: 'министр', english: 'Minister' }],
  [/^(?:народн\p{L}* комиссариат\p{L}*|narodn\p{L}* komissariat\p{L}*)$/u, COMMISSARIAT],
  [/^(?:государственн\p{L}* комитет\p{L}*|gosudarstvenn\p{L}* komitet\p{L}*)$/u, BODY_KINDS.stateCommittee],
  [/^(?:главн\p{L}* управлени\p{L}*|glavn\p{L}* upravleni\p{L}*)$/u, BODY_KINDS.mainAdministration],
];

/** Bodies of any rank, read only with a field of common words (Управление специальных институтов, отдела кадров,
 * отделу внешней политики ЦК): a body's siglum right after them (Управление НКВД) is a name the phrase's parts explain. */
const SUBDIVISIONS: readonly [RegExp, CompoundPart][] = [
  [/^(?:управлени(?:е|я|ю|ем|и|й|ям|ями|ях)|upravleni(?:e|ia|iu|em|i|iam|iami|iakh))$/u, { part: 'upravlenie', word: 'upravlenie', cyrillic: 'управление', english: 'Administration' }],
  [/^(?:отдел(?:а|у|ом|е|ы|ов|ам|ами|ах)?|otdel(?:a|u|om|e|y|ov|am|ami|akh)?)$/u, { part: 'otdel', word: 'otdel', cyrillic: 'отдел', english: 'Department' }],
];

/** A state body named in full by its kind and the field it governs (Министерство авиационной промышленности,
 * Государственный комитет по оборонной технике), read as such where the glossary has no entry for it. */
export function readBodyName(written: string): PartsReading | undefined {
  const english = readEnglishBodyName(written);
  if (english) return english;
  const words = written.trim().split(/\s+/u);
  for (const size of [2, 1]) {
    const head = words.slice(0, size).join(' ');
    const field = words.slice(size).join(' ');
    const body = BODIES.find(([pattern]) => pattern.test(head.toLowerCase()))?.[1];
    if (body && field && /\p{L}/u.test(field)) return bodyReading(written, { ...body, written: head }, field);
    // A subdivision's field is its words in small letters; the body it belongs to may follow (отдел науки ЦК).
    const common = words.slice(size, words.findIndex((word, i) => i >= size && /\p{Lu}/u.test(word)) >>> 0).join(' ');
    const subdivision = SUBDIVISIONS.find(([pattern]) => pattern.test(head.toLowerCase()))?.[1];
    if (subdivision && /\p{L}/u.test(common)) return bodyReading(written, { ...subdivision, written: head }, common);
  }
  return undefined;
}
