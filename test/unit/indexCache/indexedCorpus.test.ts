// The persisted corpus index over an in-memory file system: what a restart reads from the cache, and every way a
// cached answer could be stale or damaged, which must each be found again rather than served.
import * as assert from 'node:assert/strict';
import { INDEX_FORMAT, IndexCache, IndexedCorpus, RACY_WRITE_MS, type CorpusSource, type IndexPart, type PartWorker } from '../../../src/core/indexCache';
import { gunzipLines, gzipLines } from '../../../src/core/indexCache/gzip';

interface File {
  text: string;
  mtime: number;
}

/** A folder of files, and a record of what the part was asked to analyse. */
class Disk implements CorpusSource {
  readonly files = new Map<string, File>();
  async stat(path: string) {
    const file = this.files.get(path);
    return file && { size: file.text.length, mtime: file.mtime };
  }
  readonly reads: string[] = [];
  readonly editing = new Set<string>();
  async read(path: string) {
    this.reads.push(path);
    return this.files.get(path)?.text;
  }
  inEditor(path: string) {
    return this.editing.has(path);
  }
  write(path: string, text: string, mtime = Date.now()): void {
    this.files.set(path, { text, mtime });
  }
}

/** Counts the words of a file; its version stands for the data it depends on (a glossary). */
function wordsPart(version = () => 'glossary-1', seen: string[] = []): IndexPart<{ words: number }> {
  return {
    name: 'words',
    version,
    analyse: text => {
      seen.push(text);
      return { words: text.split(/\s+/).filter(Boolean).length };
    },
    valid: (data): data is { words: number } => typeof (data as { words?: unknown })?.words === 'number',
  };
}

const WRITER = '1.2.0';
const DAY = 24 * 60 * 60 * 1000;
async function cacheOf(bytes?: Uint8Array, writer = WRITER, maxBytes = 1 << 20) {
  const cache = new IndexCache({ writer, maxBytes });
  const dropped = await cache.load(bytes);
  return { cache, dropped };
}

async function corpusOf(disk: Disk, bytes?: Uint8Array, part = wordsPart()) {
  const { cache, dropped } = await cacheOf(bytes);
  return { corpus: new IndexedCorpus(disk, [part], cache), dropped };
}

/** The JSON inside a saved cache, and a saved cache of some JSON. */
async function jsonOf(bytes: Uint8Array): Promise<string> {
  const lines: string[] = [];
  for await (const line of gunzipLines(bytes)) lines.push(line);
  return lines.join('\n');
}
const savedOf = (json: string) => gzipLines(json.split('\n'), async () => undefined);

function threeFiles(): Disk {
  const disk = new Disk();
  disk.write('a.md', 'one two three', 1000);
  disk.write('b.md', 'four five', 1000);
  disk.write('c.md', 'six', 1000);
  return disk;
}

const ALL = ['a.md', 'b.md', 'c.md'];

/** Indexes the disk from nothing and returns the saved cache. */
async function coldStart(disk: Disk): Promise<Uint8Array> {
  const { corpus } = await corpusOf(disk);
  await corpus.update(ALL);
  assert.equal(corpus.counters.analysed.size, 3);
  return corpus.cache.serialise();
}

describe('persisted corpus index', () => {
  it('a restart over unchanged files analyses none of them and answers as before', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    const { corpus, dropped } = await corpusOf(disk, saved);
    assert.equal(dropped, undefined);
    await corpus.update(ALL);
    assert.equal(corpus.counters.analysed.size, 0);
    assert.equal(corpus.counters.cached, 3);
    assert.deepEqual(ALL.map(f => corpus.part<{ words: number }>(f, 'words')?.words), [3, 2, 1]);
  });

  it('files whose size and date are those they had when read, long after they were written, are not read again', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.reads.length = 0;
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.deepEqual(disk.reads, []);
    assert.deepEqual([corpus.counters.read, corpus.counters.trusted, corpus.counters.cached], [0, 3, 3]);
  });

  it('a file written just before it was read is read again at the next start (a later write could keep its date), then trusted', async () => {
    const disk = threeFiles();
    disk.write('b.md', 'four five', Date.now());
    const first = await coldStart(disk);
    disk.reads.length = 0;
    const second = await corpusOf(disk, first);
    await second.corpus.update(ALL);
    assert.deepEqual(disk.reads, ['b.md']);
    assert.equal(second.corpus.counters.analysed.size, 0, 'its hash vouches for its parts');
    // read again well after its write: its size and date now vouch for it
    disk.write('b.md', 'four five', Date.now() - RACY_WRITE_MS);
    await second.corpus.update(['b.md']);
    disk.reads.length = 0;
    const third = await corpusOf(disk, await second.corpus.cache.serialise());
    await third.corpus.update(ALL);
    assert.deepEqual(disk.reads, []);
  });

  it('a file edited within the same tick of the clock as its last write (same size and date) is read and found again', async () => {
    const disk = threeFiles();
    const now = Date.now();
    disk.write('c.md', 'six', now);
    const saved = await coldStart(disk);
    disk.write('c.md', 'ten', now);
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.deepEqual([...corpus.counters.analysed.keys()], ['c.md']);
  });

  it('a file held by an editor, or whose date is unknown, is always read', async () => {
    const disk = threeFiles();
    disk.write('c.md', 'six', 0);
    const saved = await coldStart(disk);
    disk.editing.add('a.md');
    disk.reads.length = 0;
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.deepEqual(disk.reads, ['a.md', 'c.md']);
    assert.equal(corpus.counters.analysed.size, 0);
  });

  it('a file of the same size with a new date is read, and found again when its content changed', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.write('a.md', 'one two four', 5000);
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.deepEqual([...corpus.counters.analysed.keys()], ['a.md']);
    assert.equal(corpus.counters.read, 1);
  });

  it('a file edited while the editor was closed is analysed again, and only that file', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.write('b.md', 'four five six seven', 1000); // same date: the hash tells
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.deepEqual([...corpus.counters.analysed.keys()], ['b.md']);
    assert.equal(corpus.part<{ words: number }>('b.md', 'words')?.words, 4);
  });

  it('the same text written again (a checkout rewrites the file) is still served from the cache', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.write('a.md', 'one two three', 99999);
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update(ALL);
    assert.equal(corpus.counters.analysed.size, 0);
  });

  it('a branch switch that changes several files analyses exactly those', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.write('a.md', 'other branch');
    disk.write('c.md', 'other branch too');
    disk.write('d.md', 'a new file');
    const { corpus } = await corpusOf(disk, saved);
    await corpus.update([...ALL, 'd.md']);
    assert.deepEqual([...corpus.counters.analysed.keys()].sort(), ['a.md', 'c.md', 'd.md']);
  });

  it('a change of the data a part depends on (the glossary) finds every file again', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    const { corpus } = await corpusOf(disk, saved, wordsPart(() => 'glossary-2'));
    await corpus.update(ALL);
    assert.equal(corpus.counters.analysed.size, 3);
    assert.equal(corpus.counters.cached, 0);
  });

  it("a part whose saved data is cut short is found again, the others served", async () => {
    const disk = threeFiles();
    const saved = await jsonOf(await coldStart(disk));
    const { corpus, dropped } = await corpusOf(disk, await savedOf(saved.slice(0, saved.length - 5)));
    assert.equal(dropped, undefined);
    await corpus.update(ALL);
    assert.equal(corpus.counters.analysed.size, 1);
    assert.equal(corpus.counters.cached, 2);
  });

  it('a part whose cached data has the wrong shape is found again', async () => {
    const disk = threeFiles();
    const saved = (await jsonOf(await coldStart(disk))).replace('{"words":3}', '{"words":"3"}');
    const { corpus } = await corpusOf(disk, await savedOf(saved));
    await corpus.update(ALL);
    assert.deepEqual([...corpus.counters.analysed.keys()], ['a.md']);
    assert.equal(corpus.part<{ words: number }>('a.md', 'words')?.words, 3);
  });

  for (const [name, damage, reason] of [
    ['of JSON cut short inside a line', (s: string) => s.slice(0, s.lastIndexOf('\t') - 3), /damaged \(line 7\)/],
    ['cut short at the end of a line', (s: string) => s.slice(0, s.lastIndexOf('\n')), /truncated \(5 of 6 lines\)/],
    ['of a part before its file', (s: string) => { const [h, ...l] = s.split('\n'); return [h, ...l.reverse()].join('\n'); }, /damaged \(line 2\)/],
    ['of no JSON', () => '', /damaged or truncated/],
    ['not an index', () => '{"hello":1}', /not an Opis index/],
    ['an array', () => '[]', /not an Opis index/],
    ['of another format', (s: string) => s.replace(`"format":${INDEX_FORMAT}`, `"format":${INDEX_FORMAT - 1}`), /another version/],
    ['of a file stamp damaged', (s: string) => s.replace('["a.md",13,', '["a.md","x",'), /damaged \(line \d\)/],
  ] as const) {
    it(`a cache ${name} is dropped with one reason and everything is found again`, async () => {
      const disk = threeFiles();
      const saved = await jsonOf(await coldStart(disk));
      const { corpus, dropped } = await corpusOf(disk, await savedOf(damage(saved)));
      assert.match(dropped ?? '', reason);
      assert.doesNotMatch(dropped ?? '', /\n/);
      await corpus.update(ALL);
      assert.equal(corpus.counters.analysed.size, 3);
      assert.equal(corpus.part<{ words: number }>('c.md', 'words')?.words, 1);
    });
  }

  it('a cache written by another version of Opis is dropped', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    const { cache, dropped } = await cacheOf(saved, '1.3.0');
    assert.match(dropped ?? '', /another version \(1\.2\.0/);
    assert.equal(cache.size, 0);
    assert.equal(cache.dirty, true);
  });

  for (const [name, bytes] of [
    ['cut short', async () => (await coldStart(threeFiles())).slice(0, 30)],
    ['of zero bytes', async () => new Uint8Array()],
    ['not gzip', async () => new TextEncoder().encode('{"magic":"opis-index"}')],
    ['of bytes that are not UTF-8', async () => {
      const stream = new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]).stream().pipeThrough(new CompressionStream('gzip'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    }],
  ] as const) {
    it(`a saved cache ${name} is dropped as damaged`, async () => {
      const { cache, dropped } = await cacheOf(await bytes());
      assert.match(dropped ?? '', /damaged or truncated/);
      assert.equal(cache.size, 0);
    });
  }

  it('no cache at all is a plain first start, not damage', async () => {
    const { cache, dropped } = await cacheOf(undefined);
    assert.equal(dropped, undefined);
    assert.equal(cache.dirty, false);
  });

  it('entries of deleted files are pruned, here and in the saved cache', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    disk.files.delete('b.md');
    const { corpus } = await corpusOf(disk, saved);
    corpus.retain(['a.md', 'c.md']);
    await corpus.update(['a.md', 'c.md']);
    const again = (await cacheOf(await corpus.cache.serialise())).cache;
    assert.deepEqual(again.paths().sort(), ['a.md', 'c.md']);
  });

  it('a file that cannot be read any more loses its results', async () => {
    const disk = threeFiles();
    const { corpus } = await corpusOf(disk);
    await corpus.update(ALL);
    disk.files.delete('c.md');
    const changed = await corpus.update(['c.md']);
    assert.deepEqual(changed, ['c.md']);
    assert.equal(corpus.part('c.md', 'words'), undefined);
    assert.deepEqual(corpus.cache.paths().sort(), ['a.md', 'b.md']);
  });

  it('above the size cap the least recently used entries are evicted first', async () => {
    const disk = new Disk();
    let clock = 0;
    const cache = new IndexCache({ writer: WRITER, maxBytes: 400, now: () => clock++ * DAY });
    const corpus = new IndexedCorpus(disk, [wordsPart()], cache);
    const names = ['f1.md', 'f2.md', 'f3.md', 'f4.md', 'f5.md'];
    for (const name of names) disk.write(name, `text of ${name}`, 1);
    await corpus.update(names);
    clock += 2;
    await corpus.update(['f1.md']); // f1 used again days later: now the most recent
    const bytes = await cache.serialise();
    const json = await jsonOf(bytes);
    assert.ok(json.length <= 400, `${json.length} bytes`);
    const kept = (await cacheOf(bytes)).cache.paths();
    assert.ok(kept.includes('f1.md'), kept.join());
    assert.ok(!kept.includes('f2.md'), kept.join());
    assert.ok(kept.length >= 1 && kept.length < names.length, kept.join());
  });

  it('a start over an unchanged corpus on the same day leaves the cache as it was, with nothing to write', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    let clock = Date.now();
    const cache = new IndexCache({ writer: WRITER, maxBytes: 1 << 20, now: () => clock });
    await cache.load(saved);
    const corpus = new IndexedCorpus(disk, [wordsPart()], cache);
    await corpus.update(ALL);
    assert.equal(corpus.counters.cached, 3);
    assert.equal(cache.dirty, false);
    clock += 2 * DAY;
    await corpus.update(ALL);
    assert.equal(cache.dirty, true, 'days later the use is recorded, for eviction');
  });

  it('clear forgets every entry: the next update finds everything again', async () => {
    const disk = threeFiles();
    const saved = await coldStart(disk);
    const { corpus } = await corpusOf(disk, saved);
    corpus.clear();
    await corpus.update(ALL);
    assert.equal(corpus.counters.analysed.size, 3);
  });

  it('a cancelled update stops after the file in hand', async () => {
    const disk = threeFiles();
    const { corpus } = await corpusOf(disk);
    let done = 0;
    await corpus.update(ALL, { report: n => (done = n), cancelled: () => done >= 1 });
    assert.equal(done, 1);
    assert.deepEqual(corpus.paths(), ['a.md']);
  });


  it('with a worker, the next file is read while the worker analyses the one before, and the changed files keep their order', async () => {
    const disk = threeFiles();
    const events: string[] = [];
    const read = disk.read.bind(disk);
    disk.read = async (path: string) => {
      events.push(`read ${path}`);
      return read(path);
    };
    const part: IndexPart<{ words: number }> = {
      ...wordsPart(),
      portable: { analyser: 'words', input: async () => ({ kind: 'data', key: 'k', value: null }) },
    };
    const worker: PartWorker = {
      analyse: async text => {
        // a few turns of the loop, as a thread's answer takes
        for (let turn = 0; turn < 5; turn++) await new Promise(resolve => setImmediate(resolve));
        events.push(`answered ${text}`);
        return { words: JSON.stringify({ words: text.split(/\s+/).length }) };
      },
    };
    const corpus = new IndexedCorpus(disk, [part], (await cacheOf()).cache, worker);
    assert.deepEqual(await corpus.update(ALL), ALL);
    // the second file is read before the worker has answered for any: which of the two it answers first depends on
    // which file's hash the thread pool gives back first
    assert.deepEqual(events.slice(0, 2), [`read ${ALL[0]}`, `read ${ALL[1]}`]);
    assert.ok(ALL.slice(0, 2).some(path => events[2] === `answered ${disk.files.get(path)!.text}`), `the worker answered next, not ${events[2]}`);
    assert.equal(corpus.counters.byWorker, 3);
    assert.deepEqual(ALL.map(path => corpus.part<{ words: number }>(path, 'words')?.words), ALL.map(path => disk.files.get(path)!.text.split(/\s+/).length));
  });
  it('a packed part is saved packed, served unpacked, and saved again the same from what is served', async () => {
    const disk = threeFiles();
    const packed: IndexPart<{ words: string[] }> = {
      name: 'list',
      version: () => '1',
      analyse: text => ({ words: text.split(' ') }),
      valid: (d): d is { words: string[] } => Array.isArray((d as { words?: unknown })?.words),
      pack: data => data.words.join('|'),
      unpack: kept => (typeof kept === 'string' ? { words: kept.split('|') } : undefined),
    };
    const cold = new IndexedCorpus(disk, [packed], new IndexCache({ writer: WRITER, maxBytes: 1 << 20 }));
    await cold.update(ALL);
    const first = await jsonOf(await cold.cache.serialise());
    assert.ok(first.includes('\t"one|two|three"'), first);
    const warm = new IndexedCorpus(disk, [packed], (await cacheOf(await savedOf(first))).cache);
    await warm.update(ALL);
    assert.deepEqual(warm.part('a.md', 'list'), { words: ['one', 'two', 'three'] });
    assert.equal(await jsonOf(await warm.cache.serialise()), first);
    const damaged = new IndexedCorpus(disk, [packed], (await cacheOf(await savedOf(first.replace('"six"', '6')))).cache);
    await damaged.update(ALL);
    assert.deepEqual([...damaged.counters.analysed.keys()], ['c.md'], 'a packed form that does not unpack is found again');
  });

  it('a saved cache is ASCII: text beyond it (Cyrillic, quotation marks, a character outside the BMP) is escaped and read back whole', async () => {
    const disk = new Disk();
    disk.write('обком’.md', 'Обком ВКП(б) 𝔄', 1000);
    const echo: IndexPart<{ text: string }> = { name: 'echo', version: () => '1', analyse: text => ({ text }), valid: (d): d is { text: string } => typeof (d as { text?: unknown })?.text === 'string' };
    const cold = new IndexedCorpus(disk, [echo], new IndexCache({ writer: WRITER, maxBytes: 1 << 20 }));
    await cold.update(['обком’.md']);
    const json = await jsonOf(await cold.cache.serialise());
    assert.ok([...json].every(ch => ch.charCodeAt(0) < 0x80), 'ASCII only');
    const warm = new IndexedCorpus(disk, [echo], (await cacheOf(await savedOf(json))).cache);
    await warm.update(['обком’.md']);
    assert.equal(warm.counters.analysed.size, 0);
    assert.deepEqual(warm.part('обком’.md', 'echo'), { text: 'Обком ВКП(б) 𝔄' });
  });

  it('a saved cache is gzipped JSON lines: a header naming its format, writer and count, each file\'s stamp, then each part with its data', async () => {
    const [header, ...lines] = (await jsonOf(await coldStart(threeFiles()))).split('\n');
    assert.deepEqual(JSON.parse(header), { magic: 'opis-index', format: INDEX_FORMAT, writer: WRITER, lines: 6 });
    const stamps = lines.filter(line => !line.includes('\t')).map(line => JSON.parse(line));
    assert.deepEqual(stamps.map(([path]) => path).sort(), ALL);
    assert.match(stamps[0][3], /^[0-9a-f]{64}$/);
    assert.ok(stamps.every(([, size, mtime, , checked]) => size > 0 && mtime === 1000 && checked > mtime), 'size, date and when it was read');
    const parts = lines.filter(line => line.includes('\t')).map(line => line.split('\t').map(json => JSON.parse(json)));
    assert.deepEqual(parts.map(([[, part, version], data]) => [part, version, typeof data.words]), ALL.map(() => ['words', 'glossary-1', 'number']));
  });
});
