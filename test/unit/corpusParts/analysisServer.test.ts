// The index's parts found away from the host's thread: the same data as on it, each input's plain data sent once,
// and every way the other side can fail ending with the parts found here, never lost.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ANALYSERS, AnalysisServer, folderParts, prepareInput, type AnalyseMessage, type AnalysedMessage, type AnalyserName } from '../../../src/core/corpusParts';
import { loadCorpusData } from '../../../src/core/corpusData';
import { isNoteFindings } from '../../../src/core/citations';
import { IndexCache, IndexedCorpus, type IndexPart, type PartWorker, type PortableRequest } from '../../../src/core/indexCache';
import { isFileSources } from '../../../src/core/sources';
import { lowerThisThreadsPriority } from '../../../src/node/backgroundPriority';
import { ThreadPartWorker } from '../../../src/node/threadPartWorker';
import { ThreadPartWorkers } from '../../../src/node/threadPartWorkers';
import { fileInThread, workerFromSource } from './workerFromSource';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');
const ARTICLE = readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');

const dataOf = () => loadCorpusData({ own: async () => undefined, bundled: async file => ({ text: readFileSync(path.join(CORPUS, file), 'utf8'), file, own: false }) }, { trusted: true });

/** A worker on this thread: the server answers through a structured clone, as a thread's messages are. */
class LocalWorker implements PartWorker {
  readonly server = new AnalysisServer();
  readonly messages: AnalyseMessage[] = [];
  fail = false;
  async analyse(text: string, requests: PortableRequest[]) {
    if (this.fail) return undefined;
    const message = structuredClone({ id: this.messages.length, text, requests });
    this.messages.push(message);
    const answer: AnalysedMessage = structuredClone(await this.server.answer(message));
    return answer.results;
  }
}

async function parts(): Promise<IndexPart[]> {
  const data = await dataOf();
  return folderParts(Object.keys(ANALYSERS) as AnalyserName[], {
    version: data.version,
    plain: { data: data.files, people: data.officials },
    prepared: { data, people: await prepareInput.people(data.officials) },
  });
}

const disk = (files: Record<string, string>) => ({
  stat: async (p: string) => (p in files ? { size: files[p].length, mtime: 1 } : undefined),
  read: async (p: string) => files[p],
});

/** Indexes the files with the worker and here, asserts every part the same, and returns the worker's index. */
async function sameAsHere(files: Record<string, string>, all: IndexPart[], worker: PartWorker): Promise<IndexedCorpus> {
  const there = new IndexedCorpus(disk(files), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), worker);
  const here = new IndexedCorpus(disk(files), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }));
  await there.update(Object.keys(files));
  await here.update(Object.keys(files));
  for (const file of Object.keys(files)) for (const part of all) assert.deepEqual(there.part(file, part.name), here.part(file, part.name), `${file}: ${part.name}`);
  return there;
}

describe('index parts found by a worker', () => {
  it('finds, for the article, exactly what the host finds itself', async () => {
    const all = await parts();
    const files = { 'a.md': ARTICLE, 'b.md': 'Yezhov met Stalin.[^1]\n\n[^1]: Ibid., l. 4.\n' };
    const here = new IndexedCorpus(disk(files), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }));
    const worker = new LocalWorker();
    const there = new IndexedCorpus(disk(files), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), worker);
    await here.update(Object.keys(files));
    await there.update(Object.keys(files));
    assert.equal(worker.messages.length, 2, 'one message per file, all its parts together');
    for (const file of Object.keys(files)) {
      for (const part of all) assert.deepEqual(there.part(file, part.name), here.part(file, part.name), `${file}: ${part.name}`);
    }
    assert.ok((here.part<unknown[]>('a.md', 'notes') ?? []).length > 0 || (here.part<{ notes: unknown[] }>('a.md', 'sources')?.notes.length ?? 0) > 0, 'the article has notes to compare');
    assert.ok((there.part<{ mentions: unknown[] }>('a.md', 'mentions')?.mentions.length ?? 0) > 10, 'the article mentions officials');
  });

  it('answers that it lacks an input whose data was never sent, and that it has no such analysis', async () => {
    const server = new AnalysisServer();
    const unknown = await server.answer({ id: 9, text: 'x', requests: [{ part: 'notes', analyser: 'notes', input: { kind: 'data', key: 'never-sent', value: undefined } }] });
    assert.equal(unknown.unknownInput, 'data\u0000never-sent');
    const wrong = await server.answer({ id: 10, text: 'x', requests: [{ part: 'notes', analyser: 'mentions', input: { kind: 'data', key: 'k', value: {} } }] });
    assert.match(wrong.error ?? '', /no analysis mentions of data/);
  });

  it('in a worker thread: the data sent with the first file serves the next, and the answers are the host\'s', async () => {
    const all = await parts();
    const logged: string[] = [];
    const thread = new ThreadPartWorker(workerFromSource(), message => logged.push(message));
    try {
      const files = { 'a.md': 'Ezhov met Stalin.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n', 'b.md': 'Beria and Ezhov.' };
      await sameAsHere(files, all, thread);
      assert.deepEqual(logged, []);
      assert.deepEqual([...(thread as unknown as { sent: Set<string> }).sent].map(id => id.split('\u0000')[0]).sort(), ['data', 'people']);
    } finally {
      thread.dispose();
    }
  });

  it('a worker thread that cannot start is given up with one line, and the parts are found here', async () => {
    const all = await parts();
    const logged: string[] = [];
    const thread = new ThreadPartWorker(path.join(__dirname, 'no-such-worker.js'), message => logged.push(message));
    const corpus = new IndexedCorpus(disk({ 'a.md': 'Ezhov.' }), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), thread);
    await corpus.update(['a.md']);
    assert.equal(corpus.part<{ mentions: unknown[] }>('a.md', 'mentions')?.mentions.length, 1);
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0], /index worker .*; the corpus is indexed on the extension host's thread/);
    thread.dispose();
  });

  it('finds the parts here when the worker gives nothing back', async () => {
    const all = await parts();
    const worker = new LocalWorker();
    worker.fail = true;
    const corpus = new IndexedCorpus(disk({ 'a.md': 'Ezhov and Stalin.' }), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), worker);
    assert.deepEqual(await corpus.update(['a.md']), ['a.md']);
    assert.equal(corpus.part<{ mentions: { id: string }[] }>('a.md', 'mentions')?.mentions.length, 2);
  });

  for (const [what, answer] of [['data of the wrong shape', JSON.stringify({ broken: true })], ['text that is not JSON', '{"broken']]) {
    it(`finds the parts here when the worker answers with ${what}`, async () => {
      const all = await parts();
      const corpus = new IndexedCorpus(disk({ 'a.md': 'Ezhov.' }), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), {
        analyse: async (_text, requests) => Object.fromEntries(requests.map(r => [r.part, answer])),
      });
      await corpus.update(['a.md']);
      assert.equal(corpus.part<{ mentions: unknown[] }>('a.md', 'mentions')?.mentions.length, 1);
      assert.ok(Array.isArray(corpus.part('a.md', 'notes')));
      assert.equal(corpus.counters.byWorker, 0);
    });
  }

  it('shares one parse of the file between the analyses of one message', async () => {
    const server = new AnalysisServer();
    const data = (await dataOf()).files;
    const answer = await server.answer({ id: 1, text: ARTICLE, requests: [
      { part: 'notes', analyser: 'notes', input: { kind: 'data', key: 'v', value: data } },
      { part: 'sources', analyser: 'sources', input: { kind: 'data', key: 'v', value: undefined } },
    ] });
    assert.ok(answer.results, answer.error);
    const notes: unknown = JSON.parse(answer.results.notes);
    const sources: unknown = JSON.parse(answer.results.sources);
    assert.ok(isNoteFindings(notes));
    assert.ok(isFileSources(sources));
    assert.ok(sources.notes.length > 50, 'the article\'s sources');
  });

  it('two worker threads share the files of a first indexing, and answer as the host does', async () => {
    const all = await parts();
    const logged: string[] = [];
    const threads = new ThreadPartWorkers(workerFromSource(), message => logged.push(message), 2);
    try {
      const files = Object.fromEntries(['Ezhov met Stalin.', 'Beria and Ezhov.', 'Iagoda.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n', 'Stalin.'].map((text, i) => [`${i}.md`, text]));
      const there = await sameAsHere(files, all, threads);
      assert.deepEqual(logged, []);
      assert.equal(there.counters.byWorker, Object.keys(files).length * all.filter(part => part.portable).length);
      const started = (threads as unknown as { threads: { worker: { worker?: unknown } }[] }).threads.filter(thread => thread.worker.worker !== undefined);
      assert.equal(started.length, 2, 'both threads took files');
    } finally {
      threads.dispose();
    }
  });

  it('worker threads that cannot start say so once, and the parts are found here', async () => {
    const all = await parts();
    const logged: string[] = [];
    const threads = new ThreadPartWorkers(path.join(__dirname, 'no-such-worker.js'), message => logged.push(message), 2);
    const corpus = new IndexedCorpus(disk({ 'a.md': 'Ezhov.', 'b.md': 'Ezhov and Stalin.' }), all, new IndexCache({ writer: 't', maxBytes: 1 << 30 }), threads);
    await corpus.update(['a.md', 'b.md']);
    assert.equal(corpus.part<{ mentions: unknown[] }>('b.md', 'mentions')?.mentions.length, 2);
    assert.equal(corpus.counters.byWorker, 0);
    assert.equal(logged.length, 1, logged.join('\n'));
    threads.dispose();
  });

  it('a thread lowers its own priority below the host thread\'s, where the system names its threads', async () => {
    if (!existsSync('/proc/thread-self')) {
      assert.equal(lowerThisThreadsPriority(), false);
      return;
    }
    const worker = new Worker(fileInThread(`
      const module = await import(${JSON.stringify(pathToFileURL(path.join(__dirname, '..', '..', '..', 'src', 'node', 'backgroundPriority.ts')).href)});
      const { lowerThisThreadsPriority } = module.default ?? module;
      const { getPriority } = await import('node:os');
      const { parentPort } = await import('node:worker_threads');
      parentPort.postMessage([lowerThisThreadsPriority(), getPriority()]);
    `));
    try {
      const [lowered, priority] = await new Promise<[boolean, number]>((resolve, reject) => worker.once('message', resolve).once('error', reject));
      assert.deepEqual([lowered, priority], [true, 19]);
      assert.equal(getPriority(), 0, 'this thread keeps its priority');
    } finally {
      await worker.terminate();
    }
  });
});
