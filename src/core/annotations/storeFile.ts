// The store file: a W3C AnnotationCollection with its annotations in one embedded page, validated against
// corpus/schema/annotations.schema.json when read. Errors name the file and the field.
import schema from '../../../corpus/schema/annotations.schema.json';
import { describeSchemaError, lazyValidator, parseJson } from '../data/jsonData';
import { canonicalJson } from './canonicalJson';
import type { AnnotationSet } from './model';
import { itemsToSet, setToItems, W3C_CONTEXT } from './w3c';

/** Where a workspace keeps its annotations, relative to the workspace folder. */
export const STORE_PATH = '.opis/annotations.json';

const validate = lazyValidator<unknown>(schema);

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
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: `${file}: ${parsed.error}` };
  const root = parsed.value;
  if (!validate(root)) {
    const first = validate.errors?.[0];
    return { ok: false, error: `${file}: ${first ? describeSchemaError(first, root) : 'does not match the annotation store schema'}` };
  }
  return { ok: true, set: itemsToSet((root as { first: { items: unknown[] } }).first.items) };
}


