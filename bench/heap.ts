// Retained heap at 1,000 articles: what Opis keeps for a generated 1,000-article corpus once start-up indexing is
// done (each file's note findings, sources, mentions and spellings, and the index cache), measured after a full
// garbage collection. The texts are generated as they are read and not kept, as closed files are not. The parts are
// found in the desktop extension's worker thread, from the production build `npm run bench:heap` makes first.
// Run with `npm run bench:heap` (node --expose-gc); exit 1 above the target.
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { variant } from './generatedCorpus';
import { corpusParts } from './warmStart.bench';
import { IndexCache, IndexedCorpus } from '../src/core/indexCache';
import { useEnglishWordListFile } from '../src/node/englishWordList';
import { ThreadPartWorkers } from '../src/node/threadPartWorkers';

const SIZE = 1000;
const TARGET_MIB = 120;

function retainedMiB(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run with node --expose-gc: the retained heap is measured after a full collection.');
  collect();
  collect();
  return getHeapStatistics().used_heap_size / 2 ** 20;
}

async function main(): Promise<number> {
  useEnglishWordListFile();
  const files = Array.from({ length: SIZE }, (_, i) => `article-${i}.md`);
  const textOf = (file: string) => variant(Number(/\d+/.exec(file)?.[0]));
  const source = {
    stat: async (file: string) => ({ size: textOf(file).length, mtime: 0 }),
    read: async (file: string) => textOf(file),
  };
  // The officials, glossary and parser are loaded by indexing one article first, so the baseline holds them.
  const worker = new ThreadPartWorkers(path.join(__dirname, '..', 'dist', 'indexWorker.js'), message => console.error(message));
  const corpus = new IndexedCorpus(source, await corpusParts(), new IndexCache({ writer: 'bench', maxBytes: 1 << 30 }), worker);
  await corpus.update(files.slice(0, 1));
  const baseline = retainedMiB();
  await corpus.update(files);
  const total = retainedMiB();
  worker.dispose();
  const ok = total <= TARGET_MIB;
  console.log(
    `${ok ? 'ok  ' : 'MISS'} retained heap @1,000 articles: ${total.toFixed(1)} MiB target ≤ ${TARGET_MIB} MiB ` +
      `(${(total - baseline).toFixed(1)} MiB for the corpus's index over ${baseline.toFixed(1)} MiB of code and corpus data; ${corpus.counters.read} files read, ${corpus.counters.byWorker} parts found in the worker)`,
  );
  return ok ? 0 : 1;
}

main().then(code => (process.exitCode = code));
