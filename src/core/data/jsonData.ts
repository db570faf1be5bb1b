// Reading the project's JSON data files (officials, glossary, argument, lexicon, annotations) with error messages
// a person can act on: where the JSON breaks, and which field a schema rejects.
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import { LineIndex } from '../text/range';
import { compiledValidator } from './schemaValidator';

/** A schema validator: a type guard that leaves its errors in `errors`, like ajv's. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * The validator of `schema` (or of its part at JSON pointer `fragment`, e.g. `/definitions/entry`), taken on first
 * use (see ./schemaValidator: compiled ahead in a build, by one shared Ajv from source).
 */
export function lazyValidator<T>(schema: AnySchemaObject & { $id: string }, fragment = ''): Validator<T> {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= compiledValidator(schema, fragment);
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  }) as Validator<T>;
  return validate;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** A byte order mark some editors (Notepad) put at the start of a UTF-8 file: invisible, and no part of the JSON. */
const BOM = '\uFEFF';

/**
 * JSON.parse of every data file Opis reads, with a leading BOM dropped and the line and column of a syntax error
 * (1-based, counted without the BOM, as an editor shows them) in the message.
 */
export function parseJson(written: string): JsonParse {
  const text = written.startsWith(BOM) ? written.slice(1) : written;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    if (!at) return { ok: false, error: `not valid JSON: ${message}` };
    const { line, character } = new LineIndex(text).positionAt(Number(at[1]));
    return { ok: false, error: `not valid JSON at line ${line + 1}, column ${character + 1}: ${message}` };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON pointer as a field path a person reads: `/officials/1/roles/0` → `officials[1] (id "kabakov").roles[0]`
 * (an array item with an `id` is named by it). `base` is the path of the value the pointer is relative to.
 */
export function fieldPath(instancePath: string, root?: unknown, base = ''): string {
  let field = base;
  let node = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
    const index = /^\d+$/.test(part);
    field += index ? `[${part}]` : field ? `.${part}` : part;
    if (index && isRecord(node) && typeof node.id === 'string') field += ` (id "${node.id}")`;
  }
  return field || '(root)';
}

/** `field: message`, naming the offending property of additionalProperties errors. */
export function describeSchemaError(error: ErrorObject, root?: unknown, base = ''): string {
  const params = error.params as Record<string, unknown>;
  const detail = error.keyword === 'additionalProperties' ? ` "${String(params.additionalProperty)}"` : '';
  return `${fieldPath(error.instancePath, root, base)}: ${error.message ?? 'is invalid'}${detail}`;
}
