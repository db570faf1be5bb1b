// Reads an officials file: validates it against corpus/schema/officials.schema.json and keeps every entry that
// is valid, so one bad entry costs that entry only. Errors name the file and the field.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../corpus/schema/officials.schema.json';
import { LineIndex } from '../text/range';
import type { Author, Official, OfficialsData } from './model';

export interface LoadResult {
  data: OfficialsData;
  /** One line each, e.g. `officials.json: officials[3] (id "kabakov").roles[0].years: must match pattern …`. */
  errors: string[];
}

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile<unknown>(schema);

export const OFFICIALS_FILE = 'officials.json';

export function loadOfficials(text: string, file = OFFICIALS_FILE): LoadResult {
  const empty: OfficialsData = { officials: [], authors: [] };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    return { data: empty, errors: [`${file}: ${jsonErrorAt(text, err)}`] };
  }
  const valid: boolean = validate(root);
  if (valid) return { data: withUniqueIds(root as OfficialsData, file, []), errors: [] };

  const errors = (validate.errors ?? []).map(error => `${file}: ${describe(error, root)}`);
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

function describe(error: ErrorObject, root: unknown): string {
  const parts = error.instancePath.split('/').slice(1);
  let field = '';
  let node: unknown = root;
  for (const part of parts) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
    field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
    const id = isRecord(node) && typeof node.id === 'string' ? node.id : undefined;
    if (id && /^\d+$/.test(part)) field += ` (id "${id}")`;
  }
  const params = error.params as Record<string, unknown>;
  const detail = error.keyword === 'additionalProperties' ? ` "${String(params.additionalProperty)}"` : '';
  return `${field || '(root)'}: ${error.message ?? 'is invalid'}${detail}`;
}

function jsonErrorAt(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  if (!at) return `not valid JSON: ${message}`;
  const { line, character } = new LineIndex(text).positionAt(Number(at[1]));
  return `not valid JSON at line ${line + 1}, column ${character + 1}: ${message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
