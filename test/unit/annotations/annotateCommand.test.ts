import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore, parseEntry } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { workspaceLayout } from '../../../src/node/openStore';
import { privateStoreFolder } from '../../../src/node/privateStore';
import { ARTICLE, LOOK_ALIKE, PASSAGE } from '../anchoring/sampleArticle';
import { runCli } from '../cliHarness';

/** Every file below a folder with its content, to show that a command changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile());
  return Object.fromEntries(files.map(e => path.join(e.parentPath, e.name)).sort().map(file => [file, readFileSync(file, 'utf8')]));
}

async function annotations(root: string) {
  const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(root), { trusted: false });
  assert.ok((await store.load()).ok);
  return store.annotations;
}

describe('opis annotate', () => {
  let dir: string;
  const savedData = process.env.XDG_DATA_HOME;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-annotate-'));
    mkdirSync(path.join(dir, '.opis'));
    mkdirSync(path.join(dir, 'texts'));
    writeFileSync(path.join(dir, 'texts', 'article.md'), ARTICLE);
    process.env.XDG_DATA_HOME = path.join(dir, 'data');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedData === undefined) delete process.env.XDG_DATA_HOME;
    else process.env.XDG_DATA_HOME = savedData;
  });

  it('adds one annotation on the quoted passage to the workspace store and prints its id', async () => {
    const run = await runCli(['annotate', 'article.md', '--quote', 'Kabakov', '--note', 'Obkom *first* secretary.', '--tag', 'purge', '--tag', 'Sverdlovsk', '--category', 'Evidence'], { cwd: path.join(dir, 'texts') });
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const [a, ...rest] = await annotations(dir);
    assert.equal(rest.length, 0);
    assert.equal(run.stdout, `${a.id}\n`);
    assert.equal(a.source, 'texts/article.md');
    assert.equal(a.quote.exact, 'Kabakov');
    assert.equal(a.note, 'Obkom *first* secretary.');
    assert.deepEqual(a.tags, ['purge', 'Sverdlovsk']);
    assert.equal(a.category, 'Evidence');
    assert.ok(a.creator, 'a creator is recorded');
    assert.equal([...ARTICLE].slice(a.position.start, a.position.end).join(''), 'Kabakov');
  });

  it('beside a damaged annotation file, keeps its bytes aside, says so without an editor\'s advice, and writes the note', async () => {
    const first = await runCli(['annotate', 'article.md', '--quote', 'Kabakov', '--note', 'First.'], { cwd: path.join(dir, 'texts') });
    assert.equal(first.code, 0);
    const files = (folder: string) => readdirSync(folder, { recursive: true }).map(String);
    const stored = files(path.join(dir, '.opis')).filter(f => f.endsWith('.json') && f.includes(first.stdout.trim().replace(/^urn:uuid:/, '')));
    assert.equal(stored.length, 1, `one file holds the note: ${files(path.join(dir, '.opis')).join(', ')}`);
    writeFileSync(path.join(dir, '.opis', stored[0]), '');
    const second = await runCli(['annotate', 'article.md', '--quote', 'Kabakov', '--note', 'Second.'], { cwd: path.join(dir, 'texts') });
    assert.equal(second.code, 0);
    assert.match(second.stderr, /^opis annotate: .*: its bytes are kept at .*\.damaged-[^;]*\n$/);
    assert.doesNotMatch(second.stderr, /in memory/);
    assert.deepEqual((await annotations(dir)).map(a => a.note), ['Second.']);
    assert.equal(files(path.join(dir, '.opis')).filter(f => f.includes('.damaged-')).length, 1);
  });

  it('--json prints the annotation as its file holds it', async () => {
    const run = await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--json'], { cwd: dir });
    assert.equal(run.code, 0);
    const [name] = readdirSync(path.join(dir, '.opis', 'annotations'));
    assert.equal(run.stdout, readFileSync(path.join(dir, '.opis', 'annotations', name), 'utf8'));
    const read = parseEntry(new TextEncoder().encode(run.stdout), 'stdout');
    assert.ok(read.ok && read.value.entry.versions[0].type === 'Annotation');
  });

  it('a quote not found, or found twice without prefix or suffix to choose, exits 1 and changes nothing', async () => {
    const before = snapshot(dir);
    const missing = await runCli(['annotate', 'texts/article.md', '--quote', 'Zhdanov'], { cwd: dir });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^opis annotate: texts\/article\.md: the quote is not in the file; nothing added\n$/);
    const twice = await runCli(['annotate', 'texts/article.md', '--quote', 'the regional party secretary'], { cwd: dir });
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /occurs 2 times; give --prefix or --suffix/);
    const wrongContext = await runCli(['annotate', 'texts/article.md', '--quote', 'the regional party secretary', '--suffix', ' never'], { cwd: dir });
    assert.equal(wrongContext.code, 1);
    assert.deepEqual(snapshot(dir), before);
  });

  it('a prefix or a suffix chooses between two occurrences', async () => {
    const quote = 'the regional party secretary directly handled problems involving the p';
    const bySuffix = await runCli(['annotate', 'texts/article.md', '--quote', quote, '--suffix', 'rocuracy'], { cwd: dir });
    const byPrefix = await runCli(['annotate', 'texts/article.md', '--quote', 'the regional party secretary', '--prefix', 'Fainsod argued, '], { cwd: dir });
    assert.deepEqual([bySuffix.code, byPrefix.code], [0, 0]);
    const found = await annotations(dir);
    const at = (a: (typeof found)[number]) => [...ARTICLE].slice(0, a.position.start).join('').length;
    assert.equal(at(found.find(a => a.id === bySuffix.stdout.trim())!), ARTICLE.indexOf(LOOK_ALIKE));
    assert.equal(at(found.find(a => a.id === byPrefix.stdout.trim())!), ARTICLE.indexOf(PASSAGE));
  });

  it('writes to a store named by path in the single-file format, and never over its inputs', async () => {
    const run = await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--annotations', 'notes.json'], { cwd: dir });
    assert.equal(run.code, 1, 'a store named by path must exist');
    writeFileSync(path.join(dir, 'notes.json'), '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[]}}');
    const ok = await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--annotations', 'notes.json'], { cwd: dir });
    assert.equal(ok.code, 0);
    assert.ok(JSON.parse(readFileSync(path.join(dir, 'notes.json'), 'utf8')).first.items.some((i: { id: string }) => i.id === ok.stdout.trim()));
    const over = await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--annotations', 'texts/article.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /texts\/article\.md is the file being annotated; nothing written/);
    assert.equal(readFileSync(path.join(dir, 'texts', 'article.md'), 'utf8'), ARTICLE);
  });

  it('--private writes to the user\'s own store outside the workspace, which export does not see', async () => {
    const run = await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--private'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(existsSync(path.join(dir, '.opis', 'annotations')), false);
    const folder = privateStoreFolder(dir, path.join(dir, 'data'));
    assert.ok(folder.startsWith(path.join(dir, 'data', 'opis', 'annotations') + path.sep));
    assert.equal(readdirSync(folder).length, 1);
    assert.match((await runCli(['export', '--format', 'md'], { cwd: dir })).stdout, /No annotations\./);
    assert.equal((await runCli(['annotate', 'texts/article.md', '--quote', 'Kabakov', '--private', '--annotations', 'x.json'], { cwd: dir })).code, 2);
  });

  it('imports a Hypothesis export, reporting every skip and every id met twice', async () => {
    const row = (id: string, exact: string, text: string) => ({ id, user: 'acct:olga@hypothes.is', text, created: '2024-01-01T00:00:00Z', target: [{ selector: [{ type: 'TextQuoteSelector', exact }] }] });
    const exportFile = path.join(dir, 'hypothesis.json');
    writeFileSync(exportFile, JSON.stringify([row('a1', 'Kabakov', 'one'), row('a1', 'obkom', 'same id, other note'), { id: 'p1', text: 'a page note', target: [{}] }, { id: 'r1', text: 'reply to nothing', references: ['zz'] }]));
    const first = await runCli(['annotate', 'texts/article.md', '--import-hypothesis', 'hypothesis.json'], { cwd: dir });
    assert.equal(first.code, 0);
    assert.equal(first.stdout.trim().split('\n').length, 2);
    assert.match(first.stderr, /a1: its id is used twice; imported the second as urn:x-hypothesis:a1-duplicate-/);
    assert.match(first.stderr, /p1\): a page note with no quoted passage/);
    assert.match(first.stderr, /r1\): a reply to an annotation that is not in the export/);
    assert.match(first.stderr, /imported 2 annotations onto texts\/article\.md; 0 already present, 3 skipped/);
    const again = await runCli(['annotate', 'texts/article.md', '--import-hypothesis', 'hypothesis.json'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.match(again.stderr, /urn:x-hypothesis:a1 is already in the store; not imported again/);
    assert.match(again.stderr, /imported 0 annotations onto texts\/article\.md; 2 already present/);
    assert.equal((await annotations(dir)).length, 2);
    writeFileSync(exportFile, JSON.stringify([row('a1', 'Kabakov', 'edited elsewhere')]));
    const changed = await runCli(['annotate', 'texts/article.md', '--import-hypothesis', 'hypothesis.json'], { cwd: dir });
    assert.match(changed.stderr, /urn:x-hypothesis:a1 is already in the store with other content; imported as urn:x-hypothesis:a1-duplicate-/);
    assert.equal((await annotations(dir)).length, 3);
  });

  it('answers wrong arguments with the usage and exit code 2', async () => {
    for (const args of [['annotate', 'texts/article.md'], ['annotate', '--quote', 'x'], ['annotate', 'texts/article.md', '--quote', 'x', '--import-hypothesis', 'h.json'], ['annotate', 'texts/article.md', '--import-hypothesis', 'h.json', '--note', 'n']]) {
      const run = await runCli(args, { cwd: dir });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /Usage: opis annotate/);
    }
  });
});

describe('opis export --author', () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-author-'));
    mkdirSync(path.join(dir, '.opis'));
    writeFileSync(path.join(dir, 'article.md'), ARTICLE);
    for (const [who, quote] of [['Olga', 'Kabakov'], ['Boris', 'gubkom']]) {
      const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(dir), { creator: who });
      await store.load();
      const start = ARTICLE.indexOf(quote);
      store.add({ source: 'article.md', quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end: start + quote.length }, note: `by ${who}` });
      await store.save();
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports only the annotations one person wrote, in both formats', async () => {
    const md = await runCli(['export', '--format', 'md', '--author', 'Olga'], { cwd: dir });
    assert.equal(md.code, 0);
    assert.match(md.stdout, /by Olga/);
    assert.doesNotMatch(md.stdout, /by Boris/);
    const w3c = JSON.parse((await runCli(['export', '--format', 'w3c', '--author', 'Boris'], { cwd: dir })).stdout);
    assert.deepEqual(w3c.first.items.map((i: { creator: { name: string } }) => i.creator.name), ['Boris']);
  });

  it('says which authors the store has when none matches', async () => {
    const none = await runCli(['export', '--author', 'Nobody'], { cwd: dir });
    assert.equal(none.code, 0);
    assert.match(none.stderr, /no annotation by Nobody; authors in the store: Boris, Olga/);
    assert.match(none.stdout, /No annotations\./);
  });
});
