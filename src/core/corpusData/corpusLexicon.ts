// Builds the lexicon from a corpus's data files: the curated translit-lexicon.json, the officials' names and
// the glossary's terms. Each file is optional; a bad file or entry is reported and skipped, never fatal.
import schema from '../../../corpus/schema/translit-lexicon.schema.json';
import { parseGlossary, type GlossaryEntry } from '../glossary';
import { loadOfficials } from '../officials/loader';
import type { Official } from '../officials/model';
import { describeSchemaError, isRecord, lazyValidator, parseJson } from '../data/jsonData';
import { Lexicon, caseStems, type LexiconEntry } from '../translit/lexicon';
import { normalizeLatin } from '../translit/latinWord';
import { runSteps, runStepsInTurns, type Steps } from '../text/steps';

export const TRANSLIT_LEXICON_FILE = 'translit-lexicon.json';

/** A data file's text and the name errors should give it. */
export interface SourceFile {
  text: string;
  file: string;
}

/** The data files, or for the officials and glossary what was read from them already. */
export interface CorpusLexiconSources {
  translitLexicon?: SourceFile;
  officials?: SourceFile | readonly Official[];
  glossary?: SourceFile | readonly GlossaryEntry[];
}

export interface CorpusLexicon {
  lexicon: Lexicon;
  /** One line each, naming the file and the field, e.g. `translit-lexicon.json: entries[2].cyrillic: …`. */
  errors: string[];
}

const validateEntry = lazyValidator<LexiconEntry>(schema, '/definitions/entry');

export function buildCorpusLexicon(sources: CorpusLexiconSources): CorpusLexicon {
  return runSteps(corpusLexiconSteps(sources));
}

/** The same lexicon, built in turns of the event loop (the extension host's start). */
export function buildCorpusLexiconInTurns(sources: CorpusLexiconSources): Promise<CorpusLexicon> {
  return runStepsInTurns(corpusLexiconSteps(sources));
}

function* corpusLexiconSteps(sources: CorpusLexiconSources): Steps<CorpusLexicon> {
  const errors: string[] = [];
  const entries: LexiconEntry[] = [];
  if (sources.translitLexicon) entries.push(...curatedEntries(sources.translitLexicon, errors));
  yield;
  const officials = sources.officials
    ? read(sources.officials, ({ text, file }) => {
        const { data, errors: officialErrors } = loadOfficials(text, file);
        return { list: data.officials, errors: officialErrors };
      })
    : [];
  for (const official of officials) {
    yield;
    entries.push(...officialEntries(official));
  }
  const glossary = sources.glossary
    ? read(sources.glossary, ({ text, file }) => {
        const { entries: parsed, errors: glossaryErrors } = parseGlossary(text, file);
        return { list: parsed, errors: glossaryErrors };
      })
    : [];
  for (const entry of glossary) {
    yield;
    entries.push(...glossaryEntries(entry));
  }
  yield;
  return { lexicon: new Lexicon(entries), errors };

  function read<T>(source: SourceFile | readonly T[], load: (file: SourceFile) => { list: T[]; errors: string[] }): readonly T[] {
    if (isSourceFile(source)) {
      const loaded = load(source);
      errors.push(...loaded.errors);
      return loaded.list;
    }
    return source;
  }
}

const isSourceFile = (source: SourceFile | readonly unknown[]): source is SourceFile => !Array.isArray(source);

/** The curated file's valid entries; each invalid one is reported by index and field. */
function curatedEntries({ text, file }: SourceFile, errors: string[]): LexiconEntry[] {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    errors.push(`${file}: ${parsed.error}`);
    return [];
  }
  const list = isRecord(parsed.value) ? parsed.value.entries : undefined;
  if (!Array.isArray(list)) {
    errors.push(`${file}: entries: must be an array`);
    return [];
  }
  return list.filter((entry, i): entry is LexiconEntry => {
    if (validateEntry(entry)) return true;
    for (const e of validateEntry.errors ?? []) errors.push(`${file}: ${describeSchemaError(e, entry, `entries[${i}]`)}`);
    return false;
  });
}

/** Each romanized name word paired with its Cyrillic word; established English forms go to the surname. */
function officialEntries(official: Official): LexiconEntry[] {
  const latin = [...(official.given ? official.given.split(/\s+/) : []), official.surname];
  const cyrillic = official.cyrillic.trim().split(/\s+/).filter(word => !word.endsWith('.'));
  const surname = cyrillic[cyrillic.length - 1];
  const entries: LexiconEntry[] =
    cyrillic.length === latin.length
      ? latin.map((word, i) => ({ latin: word, cyrillic: cyrillic[i], name: true }))
      : [{ latin: official.surname, cyrillic: surname, name: true }];
  for (const form of official.englishForms ?? []) {
    if (!/\s/.test(form)) entries.push({ latin: form, cyrillic: surname, name: true });
  }
  return entries;
}

/** The romanized words of a glossary term (and of an archive's expansion) paired with their Cyrillic words
 * where the two have as many words; acronyms and abbreviations are left to the detector's own rules. An alias
 * shares the term's Cyrillic only as another spelling of the same form: a case form (raionakh) keeps its own
 * ending, and a full word for an acronym (Narkomzem for NKZem) its own letters. */
function glossaryEntries(entry: GlossaryEntry): LexiconEntry[] {
  const pairs: Array<[string, string | undefined]> = [];
  const acronym = /\p{Lu}.*\p{Lu}/u.test(entry.term);
  const sameForm = (alias: string) => !acronym && !isCaseFormOf(normalizeLatin(alias), normalizeLatin(entry.term));
  if (entry.kind === 'term') {
    pairs.push([entry.term, entry.cyrillic], ...(entry.aliases ?? []).map((alias): [string, string | undefined] => [alias, sameForm(alias) ? entry.cyrillic : undefined]));
  }
  if (entry.kind === 'archive') pairs.push([entry.expansion, entry.cyrillicExpansion]);
  return pairs.flatMap(([latin, cyrillic]) => pairWords(latin, cyrillic));
}

/** Whether two words are forms of one stem (raionakh and raion, skloka and skloki). */
function isCaseFormOf(a: string, b: string): boolean {
  const stems = new Set([b, ...caseStems(b)]);
  return [a, ...caseStems(a)].some(form => stems.has(form));
}

function pairWords(latin: string, cyrillic: string | undefined): LexiconEntry[] {
  const words = (text: string) => text.split(/[\s-]+/).filter(Boolean);
  const latinWords = words(latin).filter(word => /^[A-Za-z’']+$/.test(word) && word !== word.toUpperCase());
  const cyrillicWords = cyrillic ? words(cyrillic) : [];
  if (latinWords.length !== words(latin).length) return [];
  return latinWords.map((word, i) => ({
    latin: word,
    cyrillic: cyrillicWords.length === latinWords.length && /^[\u0400-\u04FF]+$/.test(cyrillicWords[i]) ? cyrillicWords[i] : undefined,
  }));
}
