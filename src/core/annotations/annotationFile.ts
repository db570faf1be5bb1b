// The workspace layout: one file per annotation (and per reply) in .opis/annotations/, named after its id.
// Git merges additions and deletions of different files without conflict in merge, rebase and cherry-pick, with
// no set-up; a reply is a file of its own, so two people replying on two branches never touch the same file.
// Each file is one W3C Annotation with a format `version`, or a conflict document keeping every version.
import schema from '../../../corpus/schema/annotations.schema.json';
import { describeSchemaError, lazyValidator, parseJson } from '../data/jsonData';
import { canonicalJson } from './canonicalJson';
import { conflictOf, type Entry } from './entries';
import { entryOfItem, itemOfEntry, readStoreBytes, type IdEntry, type Read } from './storeText';
import { W3C_CONTEXT } from './w3c';

export const STORE_FOLDER = '.opis/annotations';
export const FORMAT_VERSION = 1;
const EXTENSION = '.json';

const validate = lazyValidator<unknown>(schema, '/definitions/annotationFile');

/** A file name for any id, on any file system: characters other than letters, digits, `.`, `_`, `-` are %-escaped. */
export function fileNameOf(id: string): string {
  const safe = [...new TextEncoder().encode(id)].map(b => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return safe + EXTENSION;
}

/** The id a store file is named after; undefined for a name that is not one (a temporary file, a note). */
export function idOfFileName(name: string): string | undefined {
  if (!name.endsWith(EXTENSION) || name.startsWith('.')) return undefined;
  try {
    return decodeURIComponent(name.slice(0, -EXTENSION.length));
  } catch {
    return undefined;
  }
}

export function serializeEntry(id: string, entry: Entry): string {
  return canonicalJson({ '@context': W3C_CONTEXT, ...itemOfEntry(id, entry), version: FORMAT_VERSION });
}

function parseText(text: string, file: string): Read<IdEntry[]> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: `${file}: ${parsed.error}` };
  const root = parsed.value;
  if (!validate(root)) {
    const first = validate.errors?.[0];
    return { ok: false, error: `${file}: ${first ? describeSchemaError(first, root) : 'is not an Opis annotation file'}` };
  }
  // The file's own fields: the item inside is the same as in a collection.
  const { '@context': _context, version: _version, ...item } = root as Record<string, unknown>;
  return { ok: true, value: [entryOfItem(item)] };
}

/** Reads one annotation file; with git conflict markers, both sides become one conflict entry. */
export function parseEntry(bytes: Uint8Array, file: string): Read<IdEntry & { markers: boolean }> {
  const read = readStoreBytes(bytes, file, text => parseText(text, file));
  if (!read.ok) return read;
  const [first, ...rest] = read.value.items;
  // Sides naming different ids are still one file: one conflict under the first id, nothing dropped.
  const entry = rest.reduce((all, e) => conflictOf(all, { versions: e.entry.versions.map(v => ({ ...v, id: first.id })) }), first.entry);
  return { ok: true, value: { id: first.id, entry, markers: read.value.markers } };
}
