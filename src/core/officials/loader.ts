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
  const empty: OfficialsData = { officials: [], authors: [] };
  const parsed = parseJson(text);
  if (!parsed.ok) return { data: empty, errors: [`${file}: ${parsed.error}`] };
  const root = parsed.value;
  const valid: boolean = validate(root);
  if (valid) return { data: withUniqueIds(root as OfficialsData, file, []), errors: [] };

  const errors = (validate.errors ?? []).map(error => `${file}: ${describeSchemaError(error, root)}`);
  if (!isRecord(root) || !Array.isArray(root.officials)) return { data: empty, errors };
  const bad = badEntries(validate.errors ?? []);
  const keep = <T>(list: unknown, key: string): T[] =>
    Array.isArray(list) ? (list.filter((_, i) => !bad.has(`${key}/${i}`)) as T[]) : [];
  const data = { officials: keep<Official>(root.officials, 'officials'), authors: keep<Author>(root.authors, 'authors') };
  return { data: withUniqueIds(data, file, errors), errors };
}

/** Later entries that reuse an id are dropped: the id is how mentions and views refer to a person. */
function withUniqueIds(data: OfficialsData, file: string, errors: string[]): OfficialsData {
  const seen = new Set<string>();
  const officials = data.officials.filter((official, i) => {
    if (!seen.has(official.id)) return seen.add(official.id);
    errors.push(`${file}: officials[${i}].id: duplicate id "${official.id}" (entry ignored)`);
    return false;
  });
  return { officials, authors: data.authors ?? [] };
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

