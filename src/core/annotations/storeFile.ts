// The store file: a W3C AnnotationCollection with its annotations in one embedded page, validated against
// corpus/schema/annotations.schema.json when read. Errors name the file and the field.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../corpus/schema/annotations.schema.json';
import { LineIndex } from '../text/range';
import { canonicalJson } from './canonicalJson';
import type { AnnotationSet } from './model';
import { itemsToSet, setToItems, W3C_CONTEXT } from './w3c';

/** Where a workspace keeps its annotations, relative to the workspace folder. */
export const STORE_PATH = '.opis/annotations.json';

const validate = new Ajv({ allErrors: false }).compile<unknown>(schema);

export type ParseResult = { ok: true; set: AnnotationSet } | { ok: false; error: string };

export function serializeStore(set: AnnotationSet): string {
  const items = setToItems(set);
  return canonicalJson({
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Opis annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  });
}

/** Reads a store file's text; an empty or blank file is an empty store. */
export function parseStore(text: string, file: string): ParseResult {
  if (!text.trim()) return { ok: true, set: { annotations: [], foreign: [] } };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `${file}: ${jsonErrorAt(text, err)}` };
  }
  if (!validate(root)) return { ok: false, error: `${file}: ${describe(validate.errors?.[0])}` };
  return { ok: true, set: itemsToSet((root as { first: { items: unknown[] } }).first.items) };
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the annotation store schema';
  const field = error.instancePath
    .split('/')
    .slice(1)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i ? `.${part}` : part))
    .join('');
  return `${field || '(root)'}: ${error.message ?? 'is invalid'}`;
}

function jsonErrorAt(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  if (!at) return `not valid JSON: ${message}`;
  const { line, character } = new LineIndex(text).positionAt(Number(at[1]));
  return `not valid JSON at line ${line + 1}, column ${character + 1}: ${message}`;
}
