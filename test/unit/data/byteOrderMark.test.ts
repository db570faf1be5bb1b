// A UTF-8 byte order mark (Notepad writes one) is no part of a data file: every JSON file Opis reads loads the same
// with and without it, whether the core is handed the text or the command line reads the file from disk.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findArgument, formatProblem, parseArgument } from '../../../src/core/argument';
import { buildCorpusLexicon } from '../../../src/core/corpusData';
import { parseJson } from '../../../src/core/data/jsonData';
import { parseGlossary } from '../../../src/core/glossary';
import { loadOfficials } from '../../../src/core/officials/loader';
import { ARTICLE, PASSAGE } from '../anchoring/sampleArticle';
import { SMALL_ARGUMENT, SMALL_ARTICLE } from '../argument/fixtures';
import { BUNDLED_CORPUS, runCli } from '../cliHarness';

const BOM = '\uFEFF';
const bundled = (file: string) => readFileSync(path.join(BUNDLED_CORPUS, file), 'utf8');

describe('a byte order mark at the start of a data file', () => {
  it('is dropped by the one JSON parser, and error positions are counted as an editor shows them', () => {
    assert.deepEqual(parseJson(`${BOM}{"a": 1}`), { ok: true, value: { a: 1 } });
    const broken = parseJson(`${BOM}{"a": 1,}`);
    assert.ok(!broken.ok);
    assert.match(broken.error, /^not valid JSON at line 1, column 9: /);
  });

  it('officials.json', () => {
    const plain = loadOfficials(bundled('officials.json'));
    assert.deepEqual(loadOfficials(BOM + bundled('officials.json')), plain);
    assert.deepEqual(plain.errors, []);
  });

  it('glossary.json', () => {
    const plain = parseGlossary(bundled('glossary.json'), 'glossary.json');
    assert.deepEqual(parseGlossary(BOM + bundled('glossary.json'), 'glossary.json'), plain);
    assert.deepEqual(plain.errors, []);
  });

  it('translit-lexicon.json', () => {
    const lexicon = buildCorpusLexicon({ translitLexicon: { text: BOM + bundled('translit-lexicon.json'), file: 'translit-lexicon.json' } });
    assert.deepEqual(lexicon.errors, []);
    assert.equal(lexicon.lexicon.cyrillic('oblast’'), 'область');
  });

  it('argument files, the shared argument.json naming its article included', async () => {
    const text = BOM + JSON.stringify({ ...SMALL_ARGUMENT, article: 'small.md' });
    const load = parseArgument(text, 'small.argument.json');
    assert.ok(load.ok, load.ok ? '' : load.problems.map(formatProblem).join('\n'));
    const found = await findArgument('small.md', async file => (file === 'argument.json' ? text : undefined));
    assert.equal(found?.file, 'argument.json');
    assert.ok(found.load.ok, found.load.ok ? '' : found.load.problems.map(formatProblem).join('\n'));
  });

  describe('read from disk by the command line', () => {
    let dir: string;
    const bomFile = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), BOM + text);
    };
    const withBom = (file: string) => writeFileSync(file, BOM + readFileSync(file, 'utf8'));
    const savedData = process.env.XDG_DATA_HOME;

    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'opis-bom-'));
      process.env.XDG_DATA_HOME = path.join(dir, 'data');
      writeFileSync(path.join(dir, 'article.md'), ARTICLE);
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
      if (savedData === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = savedData;
    });

    it('a corpus folder\'s officials.json (search)', async () => {
      bomFile('corpus/officials.json', bundled('officials.json'));
      writeFileSync(path.join(dir, 'corpus', 'a.md'), ARTICLE);
      const run = await runCli(['search', 'Kabakov', '--corpus', 'corpus', '--json'], { cwd: dir });
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.equal(JSON.parse(run.stdout)[0].id, 'kabakov');
    });

    it('a corpus folder\'s translit-lexicon.json (translit)', async () => {
      bomFile('corpus/translit-lexicon.json', JSON.stringify({ entries: [{ latin: 'Andrianov', cyrillic: 'Андрианов' }] }));
      assert.deepEqual(await runCli(['translit', 'Andrianov', '--to', 'cyrillic', '--corpus', 'corpus'], { cwd: dir }), { code: 0, stdout: 'Андрианов\n', stderr: '' });
    });

    it('the reader\'s own .opis/glossary.json (explain)', async () => {
      const entry = { term: 'Uralobkom', kind: 'term', expansion: 'Ural’skii oblastnoi komitet', english: 'Urals regional party committee', cyrillic: 'Уралобком' };
      bomFile('.opis/glossary.json', JSON.stringify({ version: 1, entries: [entry] }));
      const run = await runCli(['explain', 'Uralobkom', '--json'], { cwd: dir });
      assert.equal(run.stderr, '');
      assert.equal(JSON.parse(run.stdout).english, 'Urals regional party committee');
    });

    it('an article\'s argument file (outline)', async () => {
      writeFileSync(path.join(dir, 'small.md'), SMALL_ARTICLE);
      bomFile('small.argument.json', JSON.stringify({ ...SMALL_ARGUMENT, article: 'small.md' }));
      const run = await runCli(['outline', 'small.md', '--json'], { cwd: dir });
      assert.equal(run.stderr, '');
      assert.equal(JSON.parse(run.stdout).question, SMALL_ARGUMENT.question.text);
    });

    it('annotation files, one per annotation or one store (export)', async () => {
      assert.equal((await runCli(['annotate', 'article.md', '--quote', PASSAGE, '--note', 'one'], { cwd: dir })).code, 0);
      const folder = path.join(dir, '.opis', 'annotations');
      for (const file of readdirSync(folder)) withBom(path.join(folder, file));
      const exported = await runCli(['export', '--format', 'md'], { cwd: dir });
      assert.equal(exported.stderr, '');
      assert.match(exported.stdout, /one/);
      assert.equal((await runCli(['export', '--format', 'w3c', '-o', 'notes.json'], { cwd: dir })).code, 0);
      withBom(path.join(dir, 'notes.json'));
      const single = await runCli(['export', 'notes.json', '--format', 'md'], { cwd: dir });
      assert.equal(single.stderr, '');
      assert.match(single.stdout, /one/);
    });

    it('a Hypothesis export (annotate --import-hypothesis)', async () => {
      const row = { id: 'h1', user: 'acct:olga@hypothes.is', text: 'imported', created: '2024-01-01T00:00:00Z', target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'Kabakov' }] }] };
      bomFile('hypothesis.json', JSON.stringify([row]));
      const run = await runCli(['annotate', 'article.md', '--import-hypothesis', 'hypothesis.json'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.match(run.stderr, /imported 1 annotations? onto article\.md/);
    });
  });
});
