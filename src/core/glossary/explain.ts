// What `opis explain` answers for a term as a reader copies it out of a text, in either script and in the form the
// sentence gives it: the entry of that form; else of its romanization (Политбюро → Politbiuro, колхоза → kolkhoza);
// else of the word without a case ending or an English plural (kolkhoznika → kolkhoznik, Otkhodniks → otkhodnik,
// лишенцев → lishenets, номенклатурой → nomenklatura), or the noun an adjective is made from (совхозная → sovkhoz);
// else the entry whose English name it is (Dekulakization → raskulachivanie, Commissariat of Enlightenment →
// Narkompros); else a Soviet compound read by its parts, as an inference (окрисполкома → okr- + ispolkom,
// сельхозартели → sel’khoz- + artel’); else the entry a spelled-out name in another case expands or names
// (машинно-тракторные станции → MTS, Президиума Верховного Совета → Prezidium Verkhovnogo Soveta, Совета Министров
// СССР → Sovmin, наркомата юстиции → NKIu), with or without the body it is attached to (… при Совете Министров
// СССР); else each entry the phrase holds, word by word or by an English name of several words (ЦК ВКП(б) → TsK,
// VKP(b); Central Committee of the VKP(b) → TsK, VKP(b)), a committee's siglum before a party read by its letters
// (РК КПСС → R- + K-, KPSS).
import { romanize } from '../translit/romanize';
import { lcSpellings } from './otherRomanizations';
import { caseStems } from '../translit/lexicon';
import type { Glossary } from './glossary';
import { isReading, readBodyName, readByParts, readCommissariat, readCommitteeSiglum, readDerived, type PartsReading } from './readByParts';
import { adjectiveNouns } from './adjectiveNoun';
import { readCampName } from './campName';
import { documentWord } from './documentWords';
import { readDeputyPhrase, readDeputyWord } from './deputy';
import { readNameByWords } from './nameByWords';
import { readClosedTown, readRepublicBody, withoutNumber } from './numberedBody';
import { republicNameAt } from './republicName';
import { readRepublicPartySiglum, republicPartyAt } from './republicParty';
import { derivedStems, stemIndex, termStems } from './stemIndex';
import { isSubstantive, qualifiesNoun, substantiveForms, wordAfter } from './substantive';
import type { GlossaryEntry } from './types';
import { romanizeUkrainian, ukrainianKeys, ukrainianStems, UKRAINIAN_LETTER } from './ukrainian';

/** What explains a term: a glossary entry, or a compound read by its parts (an inference). */
export type Explanation = GlossaryEntry | PartsReading;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ONE_WORD = /^[\p{L}’'-]+$/u;

/** How a term is spelt to look it up: as written, then (for Cyrillic, or Latin in another system) by its Library of
 * Congress romanization, which the glossary's terms use, Russian first unless a letter says the word is Ukrainian (колгосп → kolhosp). */
interface Spelling {
  form: string;
  /** Romanized from Cyrillic: an entry found so must agree with its own Cyrillic (see cyrillicAgrees). */
  romanized?: true;
  ukrainian?: true;
}

/** A siglum written with a dot after each letter or two (R.S.F.S.R., Ц.К.), which is the siglum without them. */
const DOTTED_SIGLUM = /^(?:\p{Lu}\p{Ll}?\.){2,}$/u;

function spellings(written: string): Spelling[] {
  const term = DOTTED_SIGLUM.test(written) ? written.replace(/\./gu, '') : written;
  if (!CYRILLIC.test(term)) {
    // Another romanization's spelling (ISO 9, scholarly, BGN/PCGN, popular) as the LC system's, word by word.
    // Each word's first reading, then its second where it has two (rayona: раёна, then района).
    const first = term.replace(/[^\s]+/gu, word => lcSpellings(word)[0] ?? word);
    const second = term.replace(/[^\s]+/gu, word => lcSpellings(word).at(-1) ?? word);
    return [{ form: term }, ...[...new Set([first, second])].filter(lc => lc !== term).map(form => ({ form, romanized: true as const }))];
  }
  const russian: Spelling = { form: romanize(term, 'lc'), romanized: true };
  const ukrainian: Spelling = { form: romanizeUkrainian(term), romanized: true, ukrainian: true };
  return [{ form: term }, ...(UKRAINIAN_LETTER.test(term) ? [ukrainian, russian] : [russian, ukrainian])];
}

const SIGLUM_PLURAL = /^\p{Lu}{2,}s$/u;

/** A single word's forms without a case ending or an English plural, longest first, then the noun of an adjective. */
function baseForms(word: string, ukrainian = false): string[] {
  if (!ONE_WORD.test(word)) return [];
  const lower = word.toLowerCase();
  if (ukrainian) return ukrainianStems(lower);
  // A siglum's English plural keeps the siglum in capitals (MTSs, NKVDs), whatever letter it ends with.
  const plural = /[^s]s$/.test(lower) || SIGLUM_PLURAL.test(word) ? [lower.slice(0, -1)] : [];
  return [...plural, ...caseStems(lower), ...(SHORT_DATIVE_PLURAL.exec(lower)?.slice(1, 2) ?? []), ...adjectiveNouns(lower)];
}

/** The one term a short noun in -a or -o is, in a case form whose stem is too short for the stem index (izbakh: izba,
 * raipa: raipo); a word term only, never a siglum, and none where two terms share the stem. */
function shortNoun(glossary: Glossary, word: string): GlossaryEntry | undefined {
  if (!ONE_WORD.test(word)) return undefined;
  const stems = caseStems(word.toLowerCase()).filter(stem => stem.length < SHORT_STEM && !stem.endsWith('’'));
  const found = new Set(
    stems.flatMap(stem => [`${stem}a`, `${stem}o`]).map(form => glossary.lookup(form)).filter(entry => entry?.kind === 'term' && entry.term === entry.term.toLowerCase()),
  );
  return found.size === 1 ? [...found][0] : undefined;
}
const SHORT_STEM = 5;

/** The dative plural, an ending the converter's case stems do not take off (vuzam, pudam). */
const SHORT_DATIVE_PLURAL = /^(\p{L}{3,})[ai]?am$/u;

/** Soft and hard signs, which romanizations write otherwise or leave out. */
const signless = (latin: string) => latin.toLowerCase().replace(/[’'ʹʺ"]/gu, '');

/** Letters two words start with alike. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** A word spelt like another up to this many letters and then otherwise is another word of the same root. */
const SAME_ROOT = 4;

/**
 * A Cyrillic word found through its romanization is not an entry whose own Cyrillic word it resembles without being
 * a form of it: охрана, the common noun (guard, protection: охрана труда), resembles охранка, the Okhrana, whose
 * Latin name it shares; колхоза is a form of колхоз. A siglum or a Latin form with another Cyrillic word (СНК for
 * Совнарком, Narkomzem for НКЗем) resembles nothing and stays found.
 */
function cyrillicAgrees(entry: GlossaryEntry, romanized: string, ukrainian = false): boolean {
  const latin = (form: string) => (ukrainian ? romanizeUkrainian(form) : romanize(form, 'lc'));
  const own = [entry.cyrillic, ...(entry.aliases ?? [])].filter(form => CYRILLIC.test(form) && ONE_WORD.test(form)).map(latin);
  const written = signless(romanized);
  // An adjective used as a noun agrees in the forms of its numbers only (беспризорного, not красного).
  if (isSubstantive(entry)) return substantiveForms(entry).includes(romanized.toLowerCase());
  if (!own.some(form => commonStart(signless(form), written) >= SAME_ROOT)) return true;
  if (ukrainian) {
    const keys = new Set(ukrainianKeys(written, 1));
    if (own.some(form => ukrainianKeys(form.toLowerCase(), 1).some(key => keys.has(key)))) return true;
  }
  // A participle agrees with the process it names (коллективизированных: коллективизация), a genitive plural with
  // its other cases (хлебозаготовок: хлебозаготовки), an adjective with its noun (кулацких: кулак).
  const derived = [...derivedStems(written), ...adjectiveNouns(written)];
  return own.some(form => termStems(form, 1).some(stem => [written, ...derived].some(start => start.startsWith(signless(stem)))));
}

/** Lower case, ё as е (Russian commonly prints е for it). */
const words = (text: string) => text.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean);

/** What may follow a word's common start in two of its case forms: nothing, a soft sign, the stem's last vowel or a
 * case ending (three vowels in romanized -aia, -uiu), in either script (organizatsii and organizator differ in -sii and
 * -or: two words). */
const ENDING = /^(?:|[’ьй]|[aeiouyаеиоуыэюя]{1,2}|[aeiouy]{3}|[aeiouyаеиоуыэюя]?(?:[mvkhхмвйx]|kh|go|mu|mi|го|му|ми)[aeiouyаеиоуыэюя]{0,2}|ogo|ego|omu|emu|ого|его|ому|ему|ami|iami|ами|ями)$/u;

/** Two forms of one word: the same, or differing at most in an ending of three letters after a common start of four,
 * or of two after a short word's three (мера, мере). */
function inflected(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  const longest = Math.max(a.length, b.length) - common;
  return (common >= 4 ? longest <= 3 : common === 3 && longest <= 2) && ENDING.test(a.slice(common)) && ENDING.test(b.slice(common));
}

/** The state a body's name may end with: Sovet Ministrov SSSR, of a republic by its siglum (Совете Министров БССР)
 * or named by its adjective (Совет Министров Украинской ССР), is the Sovet Ministrov. */
const STATE = /^(?:\p{L}{0,4}(?:ssr|сср)|rsfsr|ussr|rf|рсфср|рф)$/u;
const REPUBLIC_ADJECTIVE = /(?:skoi|skaia|skii|ской|ская|ский)$/u;

/** A body's name ends before the body it is attached to: Glavnoe upravlenie … pri Sovete Ministrov SSSR. */
const ATTACHED = /^(?:pri|при)$/u;

/** Narkomat (in any case) is short for narodnyi komissariat: наркомата юстиции names the Narodnyi komissariat iustitsii;
 * a commissar of a field is named by the commissariat he heads (народного комиссара обороны: Narodnyi komissariat
 * oborony). */
const COMMISSAR = /^(?:комиссар|komissar)(?:а|у|ом|е|ы|ов|ам|ами|ах|a|u|om|e|y|ov|am|ami|akh)?$/u;
const unabridged = (word: string) =>
  /^наркомат/u.test(word)
    ? ['народный', word.replace(/^наркомат/u, 'комиссариат')]
    : /^narkomat/u.test(word)
      ? ['narodnyi', word.replace(/^narkomat/u, 'komissariat')]
      : COMMISSAR.test(word)
        ? [/^к/u.test(word) ? 'комиссариат' : 'komissariat']
        : [word];

/** A name with the words it gives in parentheses and without them: oblastnoi komitet (partii) is also oblastnoi komitet,
 * as texts write it before another body's siglum (областные комитеты ВЛКСМ). */
const OPTIONAL_WORDS = /\s+\([^)]*\)/gu;
/** The person a body is named after, which texts write with or without his initials or leave out (Государственной
 * библиотеки имени В.И.Ленина), and the Union inside a body's name (Государственная библиотека СССР имени …). */
const NAMED_AFTER = /\s+(?:имени|им\.|imeni|im\.)\s*\S.*$/iu;
const UNION_INSIDE = /\s+(?:СССР|SSSR)(?=\s|$)/gu;
/** A name's forms to compare with a phrase; where the phrase names whom the body is named after, also the name without
 * him and the Union (a phrase without имени is not taken for a body named after someone). */
function withoutOptional(name: string | undefined, namedAfter?: string): string[] {
  if (!name) return [];
  const without = name.replace(OPTIONAL_WORDS, '');
  const unnamed = without.replace(NAMED_AFTER, '');
  const samePerson = namedAfter !== undefined && unnamed !== without && inflected(personOf(without) ?? '', namedAfter);
  return [...new Set([name, without, ...(samePerson ? [unnamed, unnamed.replace(UNION_INSIDE, '')] : [])])];
}

/** The surname of whom a body is named after, lower case (имени В.И.Ленина: ленина). */
const personOf = (name: string) => NAMED_AFTER.exec(name)?.[0].toLowerCase().split(/[\s.]+/u).filter(Boolean).at(-1);

/** The owner a name leaves out, given last in parentheses (gorodskoi komitet (partii): partii), romanized. */
const LEFT_OUT_OWNER = /\s\((\p{L}+)\)$/u;
/** A word in a genitive ending that says whose the body is, in either script (обороны, профсоюза, soiuzov). */
const GENITIVE = /^\p{Ll}{2,}(?:ы|и|а|я|ов|ей|y|i|a|ia|ov|ei)$/u;

/** Whether a name found without the owner its entry leaves out names another owner's body: городским комитетом
 * обороны, a city defence committee, is no gorkom (gorodskoi komitet (partii)); городского комитета партии is. */
function anotherOwner(entry: GlossaryEntry, name: string, following: string | undefined): boolean {
  const owner = LEFT_OUT_OWNER.exec(entry.expansion)?.[1].toLowerCase();
  if (!owner || !following || !GENITIVE.test(following)) return false;
  const latin = (word: string) => (CYRILLIC.test(word) ? romanize(word, 'lc') : word);
  const named = words(name).map(latin);
  return !named.some(word => inflected(word, owner)) && !inflected(latin(following.toLowerCase()), owner);
}

/** The entry whose name of several words (its term, a form, or its expansion in either script) the phrase gives
 * word by word, in any case, with or without the state it ends with or the body it is attached to; not a name the
 * `following` word gives another owner. */
function byPhrase(glossary: Glossary, phrase: string, following?: string): GlossaryEntry | undefined {
  const namedAfter = personOf(phrase);
  const all = words(phrase.replace(NAMED_AFTER, '')).flatMap(unabridged);
  const pri = all.findIndex(word => ATTACHED.test(word));
  const written = pri >= 2 ? all.slice(0, pri) : all;
  const wants = [written];
  if (STATE.test(written[written.length - 1] ?? '')) {
    wants.push(written.slice(0, -1));
    if (REPUBLIC_ADJECTIVE.test(written[written.length - 2] ?? '')) wants.push(written.slice(0, -2));
  }
  for (const want of wants.filter(w => w.length >= 2)) {
    const entry = glossary.entries.find(e =>
      [e.term, ...(e.aliases ?? []), e.expansion, e.cyrillicExpansion].flatMap(name => withoutOptional(name, namedAfter)).some(name => {
        const have = words(name);
        return have.length === want.length && have.every((word, i) => inflected(word, want[i])) && !anotherOwner(e, name, following);
      }),
    );
    if (entry) return entry;
  }
  return undefined;
}

/** The entry a form stands for as written, without its case ending or plural, or by its stem. */
function entryOfForm(glossary: Glossary, form: string, ukrainian = false): GlossaryEntry | undefined {
  return (
    glossary.lookup(form) ??
    baseForms(form, ukrainian).map(base => glossary.lookup(base)).find(e => e !== undefined) ??
    (ukrainian ? stemIndex(glossary).entryOfUkrainian(form) : stemIndex(glossary).entryOf(form) ?? shortNoun(glossary, form)) ??
    // A romanized Ukrainian form in Latin text (kolhosps: колгосп), by the Ukrainian forms entries give.
    (CYRILLIC.test(form) ? undefined : [form, ...baseForms(form)].map(base => stemIndex(glossary).entryOfUkrainian(base)).find(e => e !== undefined))
  );
}

/** A Latin word in small letters, as romanized Russian is written inside a Russian title or phrase, that is none of
 * an entry's forms. */
const smallRussian = (glossary: Glossary, entry: GlossaryEntry, word: string) => /^[a-z’'-]+$/u.test(word) && glossary.lookup(word) !== entry;

/** A case form of a Russian word romanized in small letters, in any system, is checked as its Cyrillic is (okhrany
 * truda is no Okhrana; a form the entry gives, in any case, is its own: politburo). */
const russianAgrees = (glossary: Glossary, entry: GlossaryEntry, word: string) =>
  !smallRussian(glossary, entry, word) || [word, ...lcSpellings(word)].some(lc => cyrillicAgrees(entry, lc));

/**
 * The one entry a single word (or a form the glossary holds whole) stands for, in either script and any form; else
 * the word read by its parts. A word of a phrase is not read as the abbreviation of the word it is, in either
 * language (Year is no g., части no ch.): that reading is for a word asked alone.
 */
function wordEntry(glossary: Glossary, word: string, inPhrase = false): Explanation | undefined {
  for (const { form, romanized, ukrainian } of spellings(word)) {
    const ofForm = entryOfForm(glossary, form, ukrainian);
    const entry = ofForm ?? (romanized ? undefined : stemIndex(glossary).entryNamed(form));
    if (!entry || (romanized ? !cyrillicAgrees(entry, form, ukrainian) : ofForm && !russianAgrees(glossary, entry, form))) continue;
    if (!(inPhrase && entry.kind === 'abbreviation' && !glossary.lookup(form))) return entry;
  }
  return wordReading(glossary, word);
}

/** The one entry a single word stands for, in either script, any form and any romanization, as explain finds it (the
 * romanized-word hover's gloss); not a reading by parts. */
export function wordGloss(glossary: Glossary, word: string): GlossaryEntry | undefined {
  const entry = wordEntry(glossary, word);
  return entry && !isReading(entry) ? entry : undefined;
}

/** A word read by its parts (an inference), a glossary term ending it where one does, or a term and a suffix. */
export function wordReading(glossary: Glossary, word: string): PartsReading | undefined {
  const termOf = (form: string) => {
    const entry = entryOfForm(glossary, form);
    return entry?.kind === 'term' ? entry : undefined;
  };
  return (
    readByParts(word, termOf) ??
    readDerived(word, form => glossary.lookup(form) ?? termOf(form)) ??
    readCommissariat(word) ??
    readDeputyWord(word, form => wordEntry(glossary, form)) ??
    readCampName(word) ??
    readRepublicPartySiglum(word)
  );
}

/** Two Russian nouns joined by a hyphen, the second saying what the first is (колхозников-отходников, крестьян-
 * единоличников); a compound adjective, whose first part ends in -o or -e, only where both its parts are terms
 * (колхозно-совхозного: kolkhoz, sovkhoz; not партийно-советских, Средне-Волжский). */
const HYPHENATED_PAIR = /^(\p{Script=Cyrillic}{3,}[^\P{Script=Cyrillic}оеОЕ])-(\p{Script=Cyrillic}{4,})$/u;
const COMPOUND_ADJECTIVE = /^(\p{Script=Cyrillic}{3,})([оеОЕ])-(\p{Script=Cyrillic}{4,})$/u;

/** The terms of such a pair that are entries in their own right (колхозников-отходников: kolkhoznik, otkhodnik;
 * рабочих-стахановцев: stakhanovets). */
function hyphenatedPair(glossary: Glossary, term: string): GlossaryEntry[] | undefined {
  const [, first, second] = HYPHENATED_PAIR.exec(term) ?? [];
  const [, stem, vowel, last] = COMPOUND_ADJECTIVE.exec(term) ?? [];
  // A compound adjective's first part is an adjective too (колхозно- is колхозный): read only where both parts are terms.
  const adjective = stem && vowel && last ? [`${stem}${/[оО]/u.test(vowel) ? 'ый' : 'ий'}`, last] : undefined;
  const parts = first && second ? [first, second] : adjective;
  if (!parts) return undefined;
  const entries = [...new Set(parts.map(part => wordEntry(glossary, part)))].filter(
    (entry): entry is GlossaryEntry => entry !== undefined && !isReading(entry) && entry.kind === 'term',
  );
  return entries.length && (!adjective || entries.length === 2) ? entries : undefined;
}

/** Quotes and punctuation around a word copied out of a sentence. */
const AROUND_WORD = /^[«"“„([]+|[»"”,;:\]]+$/gu;

/** The longest English name of two or more words (an organ's: Central Committee) from the `at`th word on, with every
 * entry that bears it where several do (special settlers: spetspereselenets, spetsposelenets). */
function englishNameAt(glossary: Glossary, words: string[], at: number): { entry: GlossaryEntry; also?: GlossaryEntry[]; next: number } | undefined {
  for (let next = Math.min(words.length, at + MAX_NAME_WORDS); next >= at + 2; next--) {
    const name = words.slice(at, next);
    if (!name.every(word => LATIN.test(word))) continue;
    const entry = stemIndex(glossary).entryNamed(name.join(' '));
    if (entry) return { entry, next };
    const [first, ...also] = stemIndex(glossary).entriesNamed(name.join(' '));
    if (first) return { entry: first, also, next };
  }
  return undefined;
}

/** A word of an English name: letters, or a number (Article 70). */
const LATIN = /^(?:[a-z’'-]+|\d+)$/iu;

/** Whether an explanation is the entry of a communist party (VKP(b), KPSS, KP(b)U …). */
const isParty = (explained: Explanation | undefined) => explained !== undefined && !isReading(explained) && /\bCommunist Party\b/.test(explained.english);
const MAX_NAME_WORDS = 8;

/** The longest name of two or more words a glossary entry has (in another case) from the `at`th word on, inside a
 * longer phrase: Управления пропаганды и агитации ЦК ВКП(б) → Agitprop, TsK, VKP(b). */
function nameAt(glossary: Glossary, words: string[], at: number, whole = false): { entry: GlossaryEntry; next: number } | undefined {
  for (let next = Math.min(words.length, at + MAX_NAME_WORDS); next >= at + 2; next--) {
    if (next === words.length && at === 0 && !whole) continue;
    const phrase = words.slice(at, next).join(' ');
    const entry = spellings(phrase).map(({ form }) => byPhrase(glossary, form, words[next])).find(e => e !== undefined);
    if (entry) return { entry, next };
  }
  return undefined;
}

/** A union republic's party named from the `at`th word on: its entry where the glossary has one (Communist Party of
 * Kazakhstan: KP(b)K), else read by its parts. */
function partyAt(glossary: Glossary, words: string[], at: number): { entry: Explanation; next: number } | undefined {
  const party = republicPartyAt(words, at);
  if (!party) return undefined;
  const named = stemIndex(glossary).entryNamed(`Communist Party of ${party.reading.parts[1].english}`);
  return { entry: named ?? party.reading, next: party.next };
}

/** A republic named by its siglum (УССР, BSSR, КазССР read by its parts), not the Union. */
const isRepublic = (explained: Explanation | undefined) =>
  explained !== undefined && /\bSoviet Socialist Republic\b/u.test(explained.english) && !/\bRepublics\b/u.test(explained.english);

/** A union body's siglum from the `at`th word on with a republic's for the Union's (АН УССР: АН СССР's siglum). */
function republicBodyAt(glossary: Glossary, words: string[], at: number): { entry: Explanation; next: number } | undefined {
  const [siglum, state] = [words[at], words[at + 1]];
  if (!siglum || !state) return undefined;
  const union = glossary.lookup(`${siglum} СССР`) ?? glossary.lookup(`${siglum} SSSR`);
  const republic = union ? wordEntry(glossary, state, true) : undefined;
  return union && republic && isRepublic(republic) ? { entry: readRepublicBody(siglum, union, state, republic), next: at + 2 } : undefined;
}

/** A union republic named by its adjective and SSR: its entry where the glossary has one (Украинской ССР: UkrSSR),
 * else read by its parts (Казахской ССР). */
function republicAt(glossary: Glossary, words: string[], at: number): { entry: Explanation; next: number } | undefined {
  const republic = republicNameAt(words, at);
  const named = republic && glossary.lookup(`${republic.entry.parts[0].english} SSR`);
  return republic && { entry: named ?? republic.entry, next: republic.next };
}

/** A phrase's words with each siglum of a body that has a name of words spelt out in the phrase's script, and for each
 * word the index of the word after the words it comes from and whether it was spelt out (Президиума ВС СССР:
 * Президиума Верховный Совет; 1 3 3). */
interface Spelled {
  words: string[];
  to: number[];
  spelt: boolean[];
}

const SIGLUM = /^\p{Lu}{2,}$/u;

function spelledOut(glossary: Glossary, words: string[]): Spelled | undefined {
  const spelled: Spelled = { words: [], to: [], spelt: [] };
  for (let i = 0; i < words.length; i++) {
    const siglum = SIGLUM.test(words[i]) ? nameAt(glossary, words, i, true) ?? { entry: wordEntry(glossary, words[i], true), next: i + 1 } : undefined;
    const entry = siglum?.entry && !isReading(siglum.entry) ? siglum.entry : undefined;
    const name = entry && [CYRILLIC.test(words[i]) ? entry.cyrillic : entry.expansion].find(n => /\p{Ll}/u.test(n) && /\s/u.test(n));
    const next = name && siglum ? siglum.next : i + 1;
    for (const word of name ? name.split(/\s+/u) : [words[i]]) {
      spelled.words.push(word);
      spelled.to.push(next);
      spelled.spelt.push(name !== undefined);
    }
    i = next - 1;
  }
  return spelled.spelt.includes(true) ? spelled : undefined;
}

/** The longest name of several words an entry has from the `at`th word on with a siglum in it spelt out (Указ
 * Президиума ВС СССР: Prezidium Verkhovnogo Soveta), the `next` word counted in the phrase as written. */
function nameWithSiglumAt(glossary: Glossary, spelled: Spelled | undefined, at: number): { entry: GlossaryEntry; next: number } | undefined {
  const start = spelled?.to.indexOf(at + 1) ?? -1;
  if (!spelled || start < 0 || spelled.spelt[start]) return undefined;
  const named = nameAt(glossary, spelled.words, start, true);
  return named && spelled.spelt.slice(start, named.next).includes(true) ? { entry: named.entry, next: spelled.to[named.next - 1] } : undefined;
}

/** Each entry a phrase holds, in its order: the glossary's forms found in it, else an English name of several
 * words, else each word's entry. */
function partsOf(glossary: Glossary, phrase: string): Explanation[] {
  const found = glossary.findAll(phrase).filter(m => russianAgrees(glossary, m.entry, m.text));
  const tokens = [...phrase.matchAll(/\S+/g)];
  const cleaned = tokens.map(token => token[0].replace(AROUND_WORD, ''));
  const spelled = spelledOut(glossary, cleaned);
  const parts: Explanation[] = [];
  const commonWords = new Set<Explanation>();
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i].index;
    const end = start + tokens[i][0].length;
    const inFound = found.some(m => m.start < end && start < m.end);
    const english = inFound ? undefined : englishNameAt(glossary, cleaned, i);
    const named = inFound
      ? undefined
      : english ?? partyAt(glossary, cleaned, i) ?? republicBodyAt(glossary, cleaned, i) ?? nameWithSiglumAt(glossary, spelled, i) ?? nameAt(glossary, cleaned, i) ?? republicAt(glossary, cleaned, i);
    const entry =
      named?.entry ??
      found.find(m => m.start < end && start < m.end)?.entry ??
      substantiveAlone(glossary, wordEntry(glossary, cleaned[i], true), cleaned[i], cleaned[i + 1]) ??
      (isParty(i + 1 < tokens.length ? wordEntry(glossary, cleaned[i + 1], true) : undefined) ? readCommitteeSiglum(cleaned[i]) : undefined);
    const common = entry ? undefined : documentWord(cleaned[i]);
    if (common) commonWords.add(common);
    if (named) i = named.next - 1;
    for (const each of [entry ?? common, ...(english?.also ?? [])]) if (each && !parts.includes(each)) parts.push(each);
  }
  // Words of official papers explain a phrase only beside a term it holds.
  if (parts.every(part => commonWords.has(part))) parts.length = 0;
  if (parts.length || !CYRILLIC.test(phrase)) return parts;
  return [...new Set(glossary.findAll(romanize(phrase, 'lc')).filter(m => cyrillicAgrees(m.entry, m.text)).map(m => m.entry))];
}

/** A word's explanation, unless it is an adjective used as a noun before a noun it qualifies (красные партизаны, белая
 * армия: no Reds, no Whites). */
function substantiveAlone(glossary: Glossary, explained: Explanation | undefined, word: string, next: string | undefined): Explanation | undefined {
  const qualifies = explained && !isReading(explained) && isSubstantive(explained) && qualifiesNoun(word, next, form => knownWord(glossary, form));
  return qualifies ? undefined : explained;
}

/** Whether a word has an entry of its own, in any form. */
const knownWord = (glossary: Glossary, word: string) => {
  const entry = wordEntry(glossary, word, true);
  return entry !== undefined && !isReading(entry);
};

/** The gloss of a word as written before the text that follows it in a document: wordGloss, but no adjective used as a
 * noun before a noun it qualifies (krasnykh partizan). */
export function wordGlossBefore(glossary: Glossary, word: string, following: string): GlossaryEntry | undefined {
  const entry = substantiveAlone(glossary, wordGloss(glossary, word), word, wordAfter(following, 0));
  return entry && !isReading(entry) ? entry : undefined;
}

/** Whether each part is the entry of one word of a phrase of more words than parts, so that none names the whole. */
function wordsOwnParts(glossary: Glossary, phrase: string, parts: Explanation[]): boolean {
  const words = phrase.split(/\s+/u).map(word => word.replace(AROUND_WORD, ''));
  return parts.length < words.length && parts.every(part => !isReading(part) && words.some(word => wordEntry(glossary, word, true) === part));
}

/** What explains a term: the entry for a term the glossary holds in some form, or a compound's reading by its parts;
 * each part's for a phrase. */
export function explainTerm(glossary: Glossary, written: string): Explanation[] {
  const term = written.trim();
  if (!term) return [];
  const whole = wordEntry(glossary, term) ?? spellings(term).map(({ form }) => byPhrase(glossary, form)).find(e => e !== undefined);
  const pair = whole && !isReading(whole) && glossary.lookup(term) ? undefined : hyphenatedPair(glossary, term);
  if (pair && (pair.length === 2 || !whole)) return pair;
  if (whole) return [whole];
  // A body written with its number is the body (КБ-11, лагерь № 7); a city's name and a number, a closed town.
  const unnumbered = withoutNumber(term);
  const numbered = unnumbered ? explainTerm(glossary, unnumbered).filter(e => isReading(e) || e.kind !== 'abbreviation') : [];
  if (numbered.length) return numbered;
  const town = readClosedTown(term, glossary.lookup('ZATO'));
  if (town) return [town];
  const deputy = readDeputyPhrase(term, rest => explainTerm(glossary, rest));
  if (deputy) return deputy;
  // A state body named in full: the body read by its kind, with the entries its field names (Главного управления РККА).
  // A body named in full, unless the phrase begins with a longer name an entry has (Управления пропаганды и агитации:
  // Agitprop; Главного управления alone is only the body's kind).
  const read = readBodyName(term);
  const named = read && nameAt(glossary, term.split(/\s+/u).map(word => word.replace(AROUND_WORD, '')), 0);
  const body = named && named.next > read.parts[0].written.split(/\s+/u).length ? undefined : read;
  // With the entries its field and what follows it name (Главного управления РККА, отделу внешней политики ЦК).
  if (body) return [body, ...partsOf(glossary, term.slice(term.indexOf(body.parts[1].written, body.parts[0].written.length)))];
  const parts = partsOf(glossary, term);
  // A name of common words the glossary lacks, translated word by word; before the entries single words of it have
  // (Высший совет физической культуры: higher council of physical culture, and the sovet), which name only a part.
  const name = readNameByWords(term);
  return name && (!parts.length || wordsOwnParts(glossary, term, parts)) ? [name, ...parts] : parts;
}
