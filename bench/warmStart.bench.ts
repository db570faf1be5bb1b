// Warm start at the size of a library: a generated corpus of 1,000 articles on disk, indexed with the four parts
// the extension keeps per file (note problems, sources, mentions, romanized spellings). A warm start loads the persisted
// cache and checks every file: by its size and date, read and hashed when those cannot vouch for its content (written
// within seconds of the cold start's read) (≤ 3 s, ≤ 1.5× reading and hashing every file); a cold start analyses every
// file and saves the cache (≤ 1.3× a bare remark + GFM parse of the same files). Also reported: the cache's size
// against the corpus (≤ 30 %) and the longest the event loop waited during a cold start, whose analyses run in the
// desktop extension's worker threads (two on a machine with two processors or more) (≤ 50 ms), with the most
// processor time Opis's code took on this thread within one wait (a profile of the thread: see heldThread.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { defineBenches } from './bench';
import { whileProfiled, type HeldThread } from './heldThread';
import { CORPUS, variant } from './generatedCorpus';
import { ANALYSERS, folderParts, prepareInput, type AnalyserName } from '../src/core/corpusParts';
import { loadCorpusData } from '../src/core/corpusData';
import { parseMarkdown } from '../src/core/document/markdownParser';
import { contentHash, IndexCache, IndexedCorpus, type IndexPart } from '../src/core/indexCache';
import { ThreadPartWorkers } from '../src/node/threadPartWorkers';

const SIZE = 1000;

/** The four parts the extension keeps per file, with the bundled corpus's data. */
export async function corpusParts(): Promise<IndexPart[]> {
  const data = await loadCorpusData({ own: async () => undefined, bundled: async file => ({ text: await readFile(path.join(CORPUS, file), 'utf8'), file, own: false }) }, { trusted: true });
  return folderParts(Object.keys(ANALYSERS) as AnalyserName[], {
    version: data.version,
    plain: { data: data.files, people: data.officials },
    prepared: { data, people: await prepareInput.people(data.officials) },
  });
}

/** The worker threads' code of the desktop extension, from the production build `npm run bench` makes first. */
const WORKER = path.join(__dirname, '..', 'dist', 'indexWorker.js');

interface Library {
  files: string[];
  bytes: number;
  /** The cache a cold start saved. */
  saved: Uint8Array;
}

let library: Promise<Library> | undefined;

const source = {
  stat: async (file: string) => stat(file).then(s => ({ size: s.size, mtime: s.mtimeMs })),
  read: (file: string) => readFile(file, 'utf8'),
};

/** Opis's code as the benchmarks run it, from its sources. */
const SOURCES = pathToFileURL(path.join(__dirname, '..', 'src')).href + '/';
const isOpis = (url: string) => url.startsWith(SOURCES);

/** What a cold start's waits were: the longest, and (profiled) the most of one that Opis's code took on this thread. */
const waits = (longestWaitMs: number, held?: HeldThread) =>
  `longest event-loop wait ${longestWaitMs.toFixed(0)} ms (target ≤ 50 ms)` +
  (held ? `; Opis's code at most ${held.own.ms.toFixed(0)} ms of processor time within one wait, ${held.own.gcMs.toFixed(0)} ms of it collections of the heap${held.own.top ? ` (most in ${held.own.top}; entered in ${held.own.entries})` : ''}; its longest step ${held.step.ms.toFixed(0)} ms (${held.step.gcMs.toFixed(0)} ms collections)${held.step.entry ? ` (entered in ${held.step.entry})` : ''}${held.others ? `; other code in the longest wait: ${held.others}` : ''}` : '');

/**
 * Every file analysed in the extension's worker threads and the cache saved; with the waits of the event loop.
 * `profiled`: this thread is profiled too (not in a timed run, whose time the sampling would add to).
 */
async function coldStart(files: string[], profiled: boolean): Promise<{ saved: Uint8Array; waits: string }> {
  const worker = new ThreadPartWorkers(WORKER, message => console.error(message));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const run = async () => {
      const corpus = new IndexedCorpus(source, await corpusParts(), new IndexCache({ writer: 'bench', maxBytes: 1 << 30 }), worker);
      await corpus.update(files);
      if (corpus.counters.byWorker === 0) throw new Error('the worker found nothing');
      return corpus.cache.serialise();
    };
    if (!profiled) return { saved: await run(), waits: waits(delay.max / 1e6) };
    const { result: saved, held } = await whileProfiled(run, isOpis);
    return { saved, waits: waits(delay.max / 1e6, held) };
  } finally {
    delay.disable();
    worker.dispose();
  }
}

/** Written once to a temporary folder, indexed once cold to have a cache to start warm from. */
function generated(): Promise<Library> {
  library ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-library-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(dir, { recursive: true });
    let bytes = 0;
    const files = Array.from({ length: SIZE }, (_, i) => {
      const file = path.join(dir, `article-${i}.md`);
      const text = variant(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(file, text);
      return file;
    });
    // the schemas' validators compiled first, as the build compiles them ahead for the extension (from source they
    // would be compiled at first use, on the thread whose waits are measured)
    await corpusParts();
    const { saved, waits } = await coldStart(files, true);
    console.log(`warm start @1,000 articles: corpus ${(bytes / 2 ** 20).toFixed(1)} MiB, cache ${(saved.length / 2 ** 20).toFixed(2)} MiB (${((saved.length / bytes) * 100).toFixed(1)} % of the corpus, target ≤ 30 %); during a cold start in the worker threads: ${waits}`);
    return { files, bytes, saved };
  })();
  return library;
}

export const benches = defineBenches(
  {
    name: 'warm start @1,000 articles: read and hash every file',
    setup: generated,
    run: async ({ files }: Library) => {
      for (const file of files) await contentHash(await readFile(file, 'utf8'));
    },
    iterations: 5,
    warmups: 1,
  },
  {
    name: 'warm start @1,000 articles: cache loaded, every file checked and answered',
    setup: generated,
    run: async ({ files, saved }: Library) => {
      const cache = new IndexCache({ writer: 'bench', maxBytes: 1 << 30 });
      await cache.load(saved);
      const corpus = new IndexedCorpus(source, await corpusParts(), cache);
      await corpus.update(files);
      const { analysed, read, trusted } = corpus.counters;
      if (analysed.size || read + trusted !== files.length) throw new Error(`${analysed.size} files analysed, ${read + trusted} of ${files.length} checked on a warm start`);
    },
    iterations: 5,
    warmups: 1,
    target: { metric: 'median', ms: 3000 },
    ratioTo: 'warm start @1,000 articles: read and hash every file',
    maxRatio: 1.5,
  },
  {
    name: 'cold start @1,000 articles: bare remark + GFM parse of every file',
    setup: generated,
    run: async ({ files }: Library) => {
      for (const file of files) parseMarkdown(await readFile(file, 'utf8'));
    },
    iterations: 1,
    warmups: 0,
  },
  {
    name: 'cold start @1,000 articles: every file analysed in the worker threads and the cache saved',
    setup: generated,
    run: async ({ files }: Library) => {
      console.log(`cold start @1,000 articles, timed: ${(await coldStart(files, false)).waits}`);
    },
    iterations: 1,
    warmups: 0,
    ratioTo: 'cold start @1,000 articles: bare remark + GFM parse of every file',
    maxRatio: 1.3,
  },
);
