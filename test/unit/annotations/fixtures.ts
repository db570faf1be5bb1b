// Shared set-up for store tests: a fixed clock and ids, and a passage to annotate.
import { AnnotationStore, selectorsAt, type StoreFileSystem } from '../../../src/core/annotations';

export const FILE = '/ws/.opis/annotations.json';

export const TEXT = 'In the 1930s the regional party secretary directly handled problems involving them.[^2] Later the NKVD did.';

export function storeOn(fs: StoreFileSystem, who = 'alice', start = Date.UTC(2024, 0, 1)): AnnotationStore {
  let tick = 0;
  let id = 0;
  return new AnnotationStore(fs, FILE, {
    creator: who,
    now: () => new Date(start + 1000 * tick++),
    newId: () => `urn:uuid:${who}-${++id}`,
  });
}

export function passage(exact: string, text = TEXT) {
  const start = text.indexOf(exact);
  return { source: 'article.md', ...selectorsAt(text, start, start + exact.length) };
}
