// Warm start at the size of a library: a generated corpus of 1,000 articles on disk, indexed with the four parts
// the extension keeps per file (note problems, sources, mentions, romanized spellings). A warm start loads the persisted
// cache and reads and hashes every file (≤ 3 s, ≤ 1.5× reading and hashing alone); a cold start analyses every
// file and saves the cache (≤ 1.3× a bare remark + GFM parse of the same files). Also reported: the cache's size
// against the corpus (≤ 30 %) and the longest the event loop waited during a cold start.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { defineBenches } from './bench';
import { CORPUS, variant } from './generatedCorpus';
import { indexNoteFindings, isNoteFindings } from '../src/core/citations';
import { buildDocumentIndexAsync } from '../src/core/document';
import { parseMarkdown } from '../src/core/document/markdownParser';
import { contentHash, IndexCache, IndexedCorpus, type FileWork, type IndexPart } from '../src/core/indexCache';
import { findFileMentions, isFileMentionsRecord, packMentions, unpackMentions, type FileMentionsRecord } from '../src/core/officials/fileMentions';
import { loadOfficials } from '../src/core/officials/loader';
import { MentionFinder } from '../src/core/officials/mentions';
import { isFileSources, sourcesOfIndex } from '../src/core/sources';
import { isSpellingsRecord, spellingsOf, spellingsToRecord } from '../src/core/translit';
import { loadGlossary } from '../src/node/loadGlossary';

const SIZE = 1000;
const glossary = loadGlossary(CORPUS).glossary;
let finder: MentionFinder | undefined;

/** One parse per file for the parts that read its Markdown, as in the extension. */
const parsed = (text: string, cancelled: () => boolean, work: FileWork) => work.shared('document-index', () => buildDocumentIndexAsync(text, cancelled));

export const PARTS: IndexPart[] = [
  {
    name: 'notes',
    version: () => 'v',
    analyse: async (text, _, cancelled, work) => {
      const index = await parsed(text, cancelled, work);
      return index && indexNoteFindings(index, glossary);
    },
    valid: isNoteFindings,
  },
  {
    name: 'sources',
    version: () => 'v',
    analyse: async (text, _, cancelled, work) => {
      const index = await parsed(text, cancelled, work);
      return index && sourcesOfIndex(index, glossary);
    },
    valid: isFileSources,
  },
  {
    name: 'mentions',
    version: () => 'v',
    analyse: async text => {
      finder ??= new MentionFinder(loadOfficials(await readFile(path.join(CORPUS, 'officials.json'), 'utf8')).data.officials);
      return findFileMentions(finder, text);
    },
    valid: isFileMentionsRecord,
    pack: packMentions,
    unpack: unpackMentions,
  } satisfies IndexPart<FileMentionsRecord> as IndexPart,
  { name: 'spellings', version: () => 'v', analyse: text => spellingsToRecord(spellingsOf(text)), valid: isSpellingsRecord },
];

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

async function coldStart(files: string[]): Promise<Uint8Array> {
  const corpus = new IndexedCorpus(source, PARTS, new IndexCache({ writer: 'bench', maxBytes: 1 << 30 }));
  await corpus.update(files);
  return corpus.cache.serialise();
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
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const saved = await coldStart(files);
    delay.disable();
    console.log(`warm start @1,000 articles: corpus ${(bytes / 2 ** 20).toFixed(1)} MiB, cache ${(saved.length / 2 ** 20).toFixed(2)} MiB (${((saved.length / bytes) * 100).toFixed(1)} % of the corpus, target ≤ 30 %); longest event-loop wait during a cold start ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms)`);
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
    name: 'warm start @1,000 articles: cache loaded, every file read, hashed and answered',
    setup: generated,
    run: async ({ files, saved }: Library) => {
      const cache = new IndexCache({ writer: 'bench', maxBytes: 1 << 30 });
      await cache.load(saved);
      const corpus = new IndexedCorpus(source, PARTS, cache);
      await corpus.update(files);
      if (corpus.counters.analysed.size) throw new Error(`${corpus.counters.analysed.size} files analysed on a warm start`);
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
    name: 'cold start @1,000 articles: every file analysed and the cache saved',
    setup: generated,
    run: ({ files }: Library) => coldStart(files),
    iterations: 1,
    warmups: 0,
    ratioTo: 'cold start @1,000 articles: bare remark + GFM parse of every file',
    maxRatio: 1.3,
  },
);
