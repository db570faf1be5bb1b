import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { AnchorJson } from '../../../src/cli/commands/anchor';
import { AnnotationStore, selectorsAt, SingleFileLayout } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { ARTICLE, LOOK_ALIKE, PASSAGE } from '../anchoring/sampleArticle';
import { runCli } from '../cliHarness';

describe('opis anchor and opis export', () => {
  let dir: string;
  let storeText: string;
  const storeFile = '.opis/annotations.json';

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-anchor-'));
    mkdirSync(path.join(dir, 'texts'));
    writeFileSync(path.join(dir, 'texts', 'article.md'), ARTICLE);
    const store = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(path.join(dir, storeFile), path.dirname), { creator: 'alice' });
    for (const [quote, note] of [[PASSAGE, 'Fainsod, p. 166.[^2]'], [LOOK_ALIKE, 'Only on paper.'], ['Kabakov', 'Obkom first secretary.']]) {
      const start = ARTICLE.indexOf(quote);
      store.add({ source: 'texts/article.md', ...selectorsAt(ARTICLE, start, start + quote.length), note, tags: ['t'], category: 'Evidence' });
    }
    store.add({ source: 'other.md', quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 }, note: 'elsewhere' });
    await store.save();
    storeText = readFileSync(path.join(dir, storeFile), 'utf8');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each annotation of the file as anchored or orphaned in the fixed JSON shape, leaving the store alone', async () => {
    const edited = ARTICLE.replace('## Introduction\n', '## Introduction\n\nA new opening line.\n').replace(' The purge swept away I. D. Kabakov and most of the bureau.', '');
    writeFileSync(path.join(dir, 'texts', 'article.md'), edited);
    const { code, stdout, stderr } = await runCli(['anchor', 'texts/article.md', '--annotations', storeFile, '--json'], { cwd: dir });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const results = JSON.parse(stdout) as AnchorJson[];
    assert.deepEqual(Object.keys(results[0]), ['id', 'status', 'start', 'end', 'exact']);
    assert.deepEqual(results.map(r => r.status), ['anchored', 'anchored', 'orphaned']);
    const lines = edited.split('\n');
    for (const r of results.slice(0, 2)) {
      assert.ok(r.start && r.end);
      assert.equal(r.start.line, r.end.line, 'each passage lies on one line of the sample');
      assert.equal(lines[r.start.line].slice(r.start.character, r.end.character), r.exact);
    }
    assert.deepEqual([results[0].exact, results[1].exact], [PASSAGE, LOOK_ALIKE]);
    assert.deepEqual(results[2], { id: results[2].id, status: 'orphaned', start: null, end: null, exact: 'Kabakov' });
    assert.equal(readFileSync(path.join(dir, storeFile), 'utf8'), storeText, 'the store is not modified');
  });

  it('prints readable lines without --json', async () => {
    const { code, stdout } = await runCli(['anchor', path.join(dir, 'texts', 'article.md'), '--annotations', path.join(dir, storeFile)], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stdout.split('\n')[0], /article\.md:6:\d+-6:\d+ {2}anchored {2}urn:uuid:\S+ {2}"the regional party/);
  });

  it('explains a missing store, a corrupt store and missing arguments', async () => {
    assert.match((await runCli(['anchor', 'texts/article.md', '--annotations', 'none.json'], { cwd: dir })).stderr, /no annotation store at none\.json/);
    writeFileSync(path.join(dir, 'bad.json'), '{"@context": oops}');
    const bad = await runCli(['anchor', 'texts/article.md', '--annotations', 'bad.json', '--json'], { cwd: dir });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad\.json: not valid JSON/);
    assert.equal(readFileSync(path.join(dir, 'bad.json'), 'utf8'), '{"@context": oops}', 'a command that only reads never touches the file');
    assert.equal((await runCli(['anchor', '--json'], { cwd: dir })).code, 2);
    assert.equal((await runCli(['export', storeFile, '--format', 'pdf'], { cwd: dir })).code, 2);
  });

  it('exports Markdown to stdout and W3C JSON to a file', async () => {
    const md = await runCli(['export', storeFile, '--format', 'md'], { cwd: dir });
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# Annotations\n\n## other\.md\n/);
    assert.ok(md.stdout.includes(`> ${PASSAGE}\n\nFainsod, p. 166.[^2]\n\nTags: \`t\``));

    const w3c = await runCli(['export', storeFile, '--format', 'w3c', '-o', 'out.json'], { cwd: dir });
    assert.equal(w3c.code, 0);
    const collection = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.first.items.length, 4);
  });

  it('never exports over the store it reads, and reads the workspace store when none is named', async () => {
    const over = await runCli(['export', storeFile, '--format', 'md', '-o', storeFile], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /is the annotation store being exported; nothing written/);
    assert.equal(readFileSync(path.join(dir, storeFile), 'utf8'), storeText);
    const workspace = await runCli(['export', '--format', 'md'], { cwd: path.join(dir, 'texts') });
    assert.equal(workspace.code, 0);
    assert.match(workspace.stdout, /Fainsod, p\. 166/, 'the single file not yet migrated is read, not migrated');
    assert.equal(readFileSync(path.join(dir, storeFile), 'utf8'), storeText);
  });
});
