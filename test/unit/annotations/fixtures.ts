// Shared set-up for store tests: a fixed clock and ids, the two layouts, and a passage to annotate.
import { AnnotationStore, FolderLayout, selectorsAt, SingleFileLayout, type StoreFileSystem, type StoreOptions } from '../../../src/core/annotations';

export const FILE = '/ws/.opis/annotations.json';
export const FOLDER = '/ws/.opis/annotations';

export const TEXT = 'In the 1930s the regional party secretary directly handled problems involving them.[^2] Later the NKVD did.';

export type LayoutName = 'folder' | 'file';

export function layoutOf(name: LayoutName) {
  const dirname = (f: string) => f.slice(0, f.lastIndexOf('/'));
  return name === 'folder' ? new FolderLayout(FOLDER, '/ws/.opis', FILE) : new SingleFileLayout(FILE, dirname);
}

export function storeOn(fs: StoreFileSystem, who = 'alice', start = Date.UTC(2024, 0, 1), layout: LayoutName = 'file', options: StoreOptions = {}): AnnotationStore {
  let tick = 0;
  let id = 0;
  return new AnnotationStore(fs, layoutOf(layout), {
    creator: who,
    now: () => new Date(start + 1000 * tick++),
    newId: () => `urn:uuid:${who}-${++id}`,
    ...options,
  });
}

export function passage(exact: string, text = TEXT) {
  const start = text.indexOf(exact);
  return { source: 'article.md', ...selectorsAt(text, start, start + exact.length) };
}
