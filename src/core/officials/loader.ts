// Reads an officials file: validates it against corpus/schema/officials.schema.json and keeps every entry that
// is valid, so one bad entry costs that entry only. Errors name the file and the field.
import type { ErrorObject } from 'ajv';
import schema from '../../../corpus/schema/officials.schema.json';
import { describeSchemaError, isRecord, lazyValidator, parseJson } from '../data/jsonData';
import type { Author, Official, OfficialsData } from './model';

export interface LoadResult {
  data: OfficialsData;
  /** One line each, e.g. `officials.json: officials[3] (id "kabakov").roles[0].years: must match pattern …`. */
  errors: string[];
}

const validate = lazyValidator<OfficialsData>(schema);

export const OFFICIALS_FILE = 'officials.json';

export function loadOfficials(text: string, file = OFFICIALS_FILE): LoadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { data: { officials: [], authors: [] }, errors: [`${file}: ${parsed.error}`] };
  const root = parsed.value;
  const valid = validate(root);
  const errors = valid ? [] : (validate.errors ?? []).map(error => `${file}: ${describeSchemaError(error, root)}`);
  if (!isRecord(root) || !Array.isArray(root.officials)) return { data: { officials: [], authors: [] }, errors };
  // One bad entry costs that entry only.
  const bad = badEntries(valid ? [] : (validate.errors ?? []));
  const officials = withUniqueIds(validEntries<Official>(root.officials, 'officials', bad), 'officials', file, errors);
  const authors = withUniqueIds(validEntries<Author>(root.authors, 'authors', bad), 'authors', file, errors);
  return { data: { officials, authors }, errors };
}

/** An entry of the file with its place in its list, which messages name. */
interface Numbered<T> {
  entry: T;
  index: number;
}

function validEntries<T>(list: unknown, key: string, bad: Set<string>): Numbered<T>[] {
  return Array.isArray(list) ? list.flatMap((entry, index) => (bad.has(`${key}/${index}`) ? [] : [{ entry: entry as T, index }])) : [];
}

/**
 * Two entries under one id are two people (an entry copied and its id left unchanged): both are kept, the later
 * one under a new id, and the file's author is told which to rename. The id is how mentions and views name a person.
 */
function withUniqueIds<T extends { id: string }>(list: Numbered<T>[], key: string, file: string, errors: string[]): T[] {
  const first = new Map<string, number>();
  for (const { entry, index } of list) if (!first.has(entry.id)) first.set(entry.id, index);
  return list.map(({ entry, index }) => {
    const earlier = first.get(entry.id);
    if (earlier === index) return entry;
    let n = 2;
    while (first.has(`${entry.id}-${n}`)) n++;
    const id = `${entry.id}-${n}`;
    first.set(id, index);
    errors.push(`${file}: ${key}[${index}].id: "${entry.id}" is also the id of ${key}[${earlier}]; both are kept, this one as "${id}" until you give it an id of its own`);
    return { ...entry, id };
  });
}

/** "officials/3" for every list entry an error points into. */
function badEntries(errors: ErrorObject[]): Set<string> {
  const bad = new Set<string>();
  for (const error of errors) {
    const match = /^\/(officials|authors)\/(\d+)/.exec(error.instancePath);
    if (match) bad.add(`${match[1]}/${match[2]}`);
  }
  return bad;
}

