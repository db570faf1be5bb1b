// What `opis explain` answers for a term as a reader copies it out of a text, in either script and in the form the
// sentence gives it: the entry of that form; else of its romanization (Политбюро → Politbiuro, колхоза → kolkhoza);
// else of the word without a case ending or an English plural (kolkhoznika → kolkhoznik, Otkhodniks → otkhodnik,
// лишенцев → lishenets, номенклатурой → nomenklatura), or the noun an adjective is made from (совхозная → sovkhoz);
// else the entry whose English name it is (Dekulakization → raskulachivanie), or the term a Soviet compound ends
// with (сельхозартели → artel’); else the entry a spelled-out name in another case expands or names
// (машинно-тракторные станции → MTS, Президиума Верховного Совета → Prezidium Verkhovnogo Soveta, Совета Министров
// СССР → Sovmin); else each entry the phrase holds, word by word (ЦК ВКП(б) → TsK, VKP(b); обкома ВКП(б) → Obkom,
// VKP(b)).
import { romanize } from '../translit/romanize';
import { caseStems } from '../translit/lexicon';
import type { Glossary } from './glossary';
import { stemIndex } from './stemIndex';
import type { GlossaryEntry } from './types';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ONE_WORD = /^[\p{L}’'-]+$/u;
/** An adjective made from a noun with -n- (sovkhoznaia, kolkhoznykh, oblastnoi), in any case. */
const NOUN_ADJECTIVE = /^(\p{L}{4,}?)n(?:yi|aia|oe|ye|ogo|oi|ykh|ym|ymi|omu|uiu|yia)$/u;

/** The term as written, then (for Cyrillic) its Library of Congress romanization, which the glossary's terms use. */
function spellings(term: string): string[] {
  return CYRILLIC.test(term) ? [term, romanize(term, 'lc')] : [term];
}

/** A single word's forms without a Russian case ending or an English plural, longest first, then its noun. */
function baseForms(word: string): string[] {
  if (!ONE_WORD.test(word)) return [];
  const lower = word.toLowerCase();
  const plural = /[^s]s$/.test(lower) ? [lower.slice(0, -1)] : [];
  const noun = NOUN_ADJECTIVE.exec(lower)?.[1];
  return [...plural, ...caseStems(lower), ...(noun ? [noun] : [])];
}

/** Lower case, ё as е (Russian commonly prints е for it). */
const words = (text: string) => text.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean);

/** Two forms of one word: the same, or differing at most in an ending of three letters after a common start of four. */
function inflected(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && Math.max(a.length, b.length) - common <= 3;
}

/** The state a body's name may end with: Sovet Ministrov SSSR, or of a republic named by its adjective (Совет
 * Министров Украинской ССР), is the Sovet Ministrov. */
const STATE = /^(?:sssr|rsfsr|ussr|rf|ssr|assr|ссср|рсфср|рф|сср|асср)$/u;
const REPUBLIC_ADJECTIVE = /(?:skoi|skaia|skii|ской|ская|ский)$/u;

/** The entry whose name of several words (its term, a form, or its expansion in either script) the phrase gives
 * word by word, in any case, with or without the state it ends with. */
function byPhrase(glossary: Glossary, phrase: string): GlossaryEntry | undefined {
  const written = words(phrase);
  const wants = [written];
  if (STATE.test(written[written.length - 1] ?? '')) {
    wants.push(written.slice(0, -1));
    if (REPUBLIC_ADJECTIVE.test(written[written.length - 2] ?? '')) wants.push(written.slice(0, -2));
  }
  for (const want of wants.filter(w => w.length >= 2)) {
    const entry = glossary.entries.find(e =>
      [e.term, ...(e.aliases ?? []), e.expansion, e.cyrillicExpansion].some(name => {
        const have = name ? words(name) : [];
        return have.length === want.length && have.every((word, i) => inflected(word, want[i]));
      }),
    );
    if (entry) return entry;
  }
  return undefined;
}

/** The first parts of Soviet compound words (sel’khozartel’, gorsovet, raiispolkom): a compound of one and a
 * known term is a kind of that term. */
const STUMP = /^(?:sel’khoz|sel’|rai|obl|krai|okr|gor|gub|uezd|vol|gos|spets|prof|part|zap|vost|sev|iuzh|sib|sred|tsentro|vse)/u;
const MIN_COMPOUNDED = 5;

/** The term a compound word ends with, after one of the first parts above. */
function compounded(glossary: Glossary, form: string): GlossaryEntry | undefined {
  const lower = form.toLowerCase().replace(/['ʼ′]/gu, '’');
  const stump = STUMP.exec(lower)?.[0];
  if (!stump || lower.length - stump.length < MIN_COMPOUNDED) return undefined;
  const rest = lower.slice(stump.length);
  const entry = glossary.lookup(rest) ?? baseForms(rest).map(base => glossary.lookup(base)).find(e => e !== undefined) ?? stemIndex(glossary).entryOf(rest);
  return entry?.kind === 'term' ? entry : undefined;
}

/** The one entry a single word (or a form the glossary holds whole) stands for, in either script and any form. */
function wordEntry(glossary: Glossary, word: string): GlossaryEntry | undefined {
  for (const form of spellings(word)) {
    const entry =
      glossary.lookup(form) ??
      baseForms(form).map(base => glossary.lookup(base)).find(e => e !== undefined) ??
      stemIndex(glossary).entryOf(form) ??
      stemIndex(glossary).entryNamed(form) ??
      compounded(glossary, form);
    if (entry) return entry;
  }
  return undefined;
}

/** Quotes and punctuation around a word copied out of a sentence. */
const AROUND_WORD = /^[«"“„([]+|[»"”,;:\]]+$/gu;

/** Each entry a phrase holds, in its order: the glossary's forms found in it, else each word's entry. */
function partsOf(glossary: Glossary, phrase: string): GlossaryEntry[] {
  const found = glossary.findAll(phrase);
  const parts: GlossaryEntry[] = [];
  for (const word of phrase.matchAll(/\S+/g)) {
    const start = word.index;
    const end = start + word[0].length;
    const entry = found.find(m => m.start < end && start < m.end)?.entry ?? wordEntry(glossary, word[0].replace(AROUND_WORD, ''));
    if (entry && !parts.includes(entry)) parts.push(entry);
  }
  if (parts.length || !CYRILLIC.test(phrase)) return parts;
  return [...new Set(glossary.findAll(romanize(phrase, 'lc')).map(m => m.entry))];
}

/** The entries that explain a term: one for a term the glossary holds in some form, each part's for a phrase. */
export function explainTerm(glossary: Glossary, written: string): GlossaryEntry[] {
  const term = written.trim();
  if (!term) return [];
  const whole = wordEntry(glossary, term) ?? spellings(term).map(form => byPhrase(glossary, form)).find(e => e !== undefined);
  return whole ? [whole] : partsOf(glossary, term);
}
