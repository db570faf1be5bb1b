// Reads a glossary file's text: JSON, then the schema for the file and for each entry. A bad entry is reported
// by index and field and skipped; the good ones are kept.
import schema from '../../../corpus/schema/glossary.schema.json';
import { describeSchemaError, isRecord, lazyValidator } from '../data/jsonData';
import { parseJsonInSteps } from '../data/jsonInSteps';
import { normalizeForm } from './glossary';
import type { GlossaryEntry } from './types';
import { runSteps, type Steps } from '../text/steps';

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  /** One line each, naming the file and the field, e.g. `glossary.json: entries[3].english: must be string`. */
  errors: string[];
}

/** Entries are validated one by one so that one bad entry does not cost the others. */
const validateEntry = lazyValidator<GlossaryEntry>(schema, '/definitions/entry');

export function parseGlossary(text: string, file: string): ParsedGlossary {
  return runSteps(parseGlossarySteps(text, file));
}

/** Yields after each entry: validating a glossary of hundreds of entries took 40-80 ms of the host's start. */
export function* parseGlossarySteps(text: string, file: string): Steps<ParsedGlossary> {
  const parsed = yield* parseJsonInSteps(text);
  if (!parsed.ok) return { entries: [], errors: [`${file}: ${parsed.error}`] };
  const root = parsed.value;
  if (!isRecord(root)) {
    return { entries: [], errors: [`${file}: must be an object with "version" and "entries"`] };
  }
  const errors: string[] = [];
  const { version, entries, ...rest } = root;
  if (version !== schema.properties.version.const) errors.push(`${file}: version: must be ${schema.properties.version.const}`);
  for (const key of Object.keys(rest)) if (key !== '$schema') errors.push(`${file}: ${key}: unknown field`);
  if (!Array.isArray(entries)) return { entries: [], errors: [...errors, `${file}: entries: must be an array`] };
  const valid: GlossaryEntry[] = [];
  const firstOfTerm = new Map<string, number>();
  for (const [i, entry] of (entries as unknown[]).entries()) {
    yield;
    if (!validateEntry(entry)) {
      for (const e of validateEntry.errors ?? []) errors.push(`${file}: ${describeSchemaError(e, entry, `entries[${i}]`)}`);
      continue;
    }
    valid.push(entry);
    // A term is one entry: of two with one term the later replaces the earlier, which the author should know.
    const term = normalizeForm(entry.term);
    const earlier = firstOfTerm.get(term);
    if (earlier === undefined) firstOfTerm.set(term, i);
    else errors.push(`${file}: entries[${i}].term: "${entry.term}" is also the term of entries[${earlier}]; this later entry replaces it, so merge the two or give one another term`);
  }
  return { entries: valid, errors };
}
