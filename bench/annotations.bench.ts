// Annotations: re-anchoring every note of the article after an outside edit (what happens when the file
// changes on disk or is opened), loading a large store, and reading in a colleague's branch after a git merge.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { annotationToW3c, AnnotationStore, anchorAnnotation, CodePointIndex, fileNameOf, FolderLayout, selectorsAt, serializeEntry, serializeStore, SingleFileLayout, type Annotation, type StoreFileSystem } from '../src/core/annotations';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '..', 'corpus', 'harris-dual-subordination.md'), 'utf8');

/** Deterministic pseudo-random numbers, so every run measures the same annotations. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `count` annotations on passages of 20–200 characters starting and ending at word boundaries. */
function annotate(text: string, count: number): Annotation[] {
  const next = random(8);
  const points = new CodePointIndex(text);
  return Array.from({ length: count }, (_, i) => {
    const start = text.indexOf(' ', Math.floor(next() * (text.length - 300))) + 1;
    const end = text.lastIndexOf(' ', start + 20 + Math.floor(next() * 180));
    const stamp = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `urn:uuid:bench-${i}`,
      source: 'harris-dual-subordination.md',
      ...selectorsAt(text, start, Math.max(end, start + 20), points),
      note: `Note ${i} on this passage, with *Markdown*.`,
      tags: [`tag${i % 7}`],
      category: ['Evidence', 'Question', 'Disagree', 'Quote', 'Note'][i % 5],
      created: stamp,
      modified: stamp,
      creator: 'historian',
      replies: [],
    };
  });
}

/** A new paragraph near the top and a sentence rewritten in the middle: most passages move, a few change. */
function edit(text: string): string {
  const top = text.indexOf('\n\n', 400) + 2;
  const middle = text.indexOf('. ', text.length >> 1) + 2;
  const rewritten = text.slice(0, middle) + 'A sentence added in revision, of ordinary length. ' + text.slice(middle);
  return rewritten.slice(0, top) + 'A new opening paragraph, inserted by a later revision of the article.\n\n' + rewritten.slice(top);
}

/** Files in memory; `files` may be swapped between two loads, as a checkout or a merge changes the disk. */
const memory = (files: { current: Map<string, Uint8Array> }): StoreFileSystem => ({
  readFile: async file => files.current.get(file),
  replace: async () => undefined,
  remove: async () => undefined,
  list: async dir => [...files.current.keys()].filter(f => path.dirname(f) === dir).map(f => path.basename(f)),
  join: (dir, name) => path.join(dir, name),
  dirname: file => path.dirname(file),
  basename: file => path.basename(file),
});

const FOLDER = '/ws/.opis/annotations';

/** One file per annotation, as the workspace store lays them out. */
function folderOf(annotations: Annotation[]): Map<string, Uint8Array> {
  return new Map(annotations.map(a => [path.join(FOLDER, fileNameOf(a.id)), new TextEncoder().encode(serializeEntry(a.id, { versions: [annotationToW3c(a)] }))]));
}

export const benches = defineBenches(
  {
    name: 'annotations: re-anchor 1,000 annotations in the article after an edit',
    setup: () => ({ text: edit(ARTICLE), annotations: annotate(ARTICLE, 1000) }),
    run: ({ text, annotations }: { text: string; annotations: Annotation[] }) => {
      const points = new CodePointIndex(text);
      let anchored = 0;
      for (const a of annotations) if (anchorAnnotation(text, a, points).status === 'anchored') anchored++;
      return anchored;
    },
    target: { metric: 'median', ms: 50 },
  },
  {
    name: 'annotations: load a store of 10,000 annotations',
    setup: () => new Map([['/ws/.opis/annotations.json', new TextEncoder().encode(serializeStore({ annotations: annotate(ARTICLE, 10000), foreign: [] }))]]),
    run: async (stored: Map<string, Uint8Array>) => {
      const store = new AnnotationStore(memory({ current: stored }), new SingleFileLayout('/ws/.opis/annotations.json', path.dirname));
      await store.load();
      return store.annotations.length;
    },
    iterations: 15,
    target: { metric: 'median', ms: 200 },
  },
  {
    name: 'annotations: load a branch of 5,000 annotations, then the merge of another branch of 5,000',
    setup: () => {
      const all = annotate(ARTICLE, 10000);
      return { ours: folderOf(all.slice(0, 5000)), merged: folderOf(all) };
    },
    run: async ({ ours, merged }: { ours: Map<string, Uint8Array>; merged: Map<string, Uint8Array> }) => {
      const files = { current: ours };
      const store = new AnnotationStore(memory(files), new FolderLayout(FOLDER, '/ws/.opis'), { trusted: false });
      await store.load();
      files.current = merged;
      await store.load();
      return store.annotations.length;
    },
    iterations: 10,
    target: { metric: 'median', ms: 500 },
  },
);
