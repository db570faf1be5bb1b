// A store named by path (and the workspace store before the layout of one file per annotation): one W3C
// AnnotationCollection with its annotations in one embedded page, validated against
// corpus/schema/annotations.schema.json when read. Errors name the file and the field.
import schema from '../../../corpus/schema/annotations.schema.json';
import { describeSchemaError, lazyValidator, parseJson } from '../data/jsonData';
import { canonicalJson } from './canonicalJson';
import { entriesOf, setOf, type Entries, type Json } from './entries';
import type { AnnotationSet } from './model';
import { entryOfItem, itemOfEntry, readStoreBytes, type IdEntry, type Read } from './storeText';
import { W3C_CONTEXT } from './w3c';

/** The single-file store a workspace kept before it had one file per annotation; migrated when trusted. */
export const LEGACY_STORE_PATH = '.opis/annotations.json';

const validate = lazyValidator<unknown>(schema, '/definitions/collection');

export interface Collection {
  items: IdEntry[];
  /** The file had git conflict markers. */
  markers: boolean;
  /** Ids of the saves that rewrote the file after it was damaged (see annotationStore.ts). */
  repairs: string[];
}

/** The format of a store named by path; a collection without the field is of version 1. */
const COLLECTION_VERSION = 1;

export function serializeCollection(entries: Entries, repairs: readonly string[] = []): string {
  const items = [...entries].map(([id, entry]) => itemOfEntry(id, entry));
  return canonicalJson({
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Opis annotations',
    version: COLLECTION_VERSION,
    total: items.length,
    ...(repairs.length ? { repairs } : {}),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  });
}

function parseText(text: string, file: string, repairs: string[]): Read<IdEntry[]> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: `${file}: ${parsed.error}` };
  const root = parsed.value;
  if (!validate(root)) {
    const first = validate.errors?.[0];
    return { ok: false, error: `${file}: ${first ? describeSchemaError(first, root) : 'does not match the annotation store schema'}` };
  }
  const collection = root as { repairs?: unknown; first: { items: Json[] } };
  if (Array.isArray(collection.repairs)) repairs.push(...collection.repairs.filter((r): r is string => typeof r === 'string'));
  return { ok: true, value: collection.first.items.map(entryOfItem) };
}

/** Reads a collection's bytes: not UTF-8, not JSON, not of the schema or empty (0 bytes) is an error. */
export function parseCollection(bytes: Uint8Array, file: string): Read<Collection> {
  const repairs: string[] = [];
  const read = readStoreBytes(bytes, file, text => parseText(text, file, repairs));
  return read.ok ? { ok: true, value: { ...read.value, repairs: [...new Set(repairs)] } } : read;
}

/** A W3C AnnotationCollection of the set: how a store is exported. */
export function serializeStore(set: AnnotationSet): string {
  return serializeCollection(entriesOf(set, new Map()));
}

/** The annotations of a collection's text (the first version of each conflict). */
export function parseStore(text: string, file: string): { ok: true; set: AnnotationSet } | { ok: false; error: string } {
  const read = parseCollection(new TextEncoder().encode(text), file);
  if (!read.ok) return read;
  return { ok: true, set: setOf(new Map(read.value.items.map(({ id, entry }) => [id, entry]))).set };
}
