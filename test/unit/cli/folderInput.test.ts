// Commands that read a folder of articles (sources, bibliography, search), on a folder holding files that cannot be
// read as text: each such file is left out with one line on stderr naming it and what to do, and the command
// answers for the rest (exit 0); a file named on the command line that cannot be read, or a folder of which nothing
// could be read, exits 1. A folder named like an article is a folder, read through.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArticleReader } from '../../../src/cli/articleReader';
import type { CliIO } from '../../../src/cli/command';
import { UnreadableFileError } from '../../../src/cli/readTextFile';
import { runCli } from '../cliHarness';

const GOOD = 'Text.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 10, l. 3.\n';
const INNER = 'Text.[^1]\n\n[^1]: RGASPI, f. 17, op. 3, d. 677, l. 82.\n';
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0]);
const CP1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7, 0x0a]);

const BINARY_LINE = (command: string, file: string) => `opis ${command}: ${file}: is a binary file, not text, so it is left out; rename it or move it away if it is no article`;
const CP1251_LINE = (command: string, file: string) => `opis ${command}: ${file}: is not UTF-8 text, so it is left out; save it as UTF-8 to have it read`;

describe('a folder with files that cannot be read', () => {
  let dir: string;
  const lines = (stderr: string) => stderr.split('\n').filter(Boolean);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opis-folder-'));
    fs.mkdirSync(path.join(dir, 'corpus'));
    fs.writeFileSync(path.join(dir, 'corpus', 'good.md'), GOOD);
    fs.writeFileSync(path.join(dir, 'corpus', 'binary.md'), BINARY);
    fs.writeFileSync(path.join(dir, 'corpus', 'cp1251.md'), CP1251);
    fs.mkdirSync(path.join(dir, 'corpus', 'folder.md'));
    fs.writeFileSync(path.join(dir, 'corpus', 'folder.md', 'inner.md'), INNER);
    fs.mkdirSync(path.join(dir, 'bad'));
    fs.writeFileSync(path.join(dir, 'bad', 'binary.md'), BINARY);
    fs.writeFileSync(path.join(dir, 'bad', 'cp1251.md'), CP1251);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const rows = (stdout: string) => (JSON.parse(stdout) as { archive: string; delo: string; articles: string[] }[]).map(r => `${r.archive} d. ${r.delo} ← ${r.articles.join(' ')}`);

  for (const cache of [false, true]) {
    const extra = cache ? ['--cache', '.opis/cache'] : [];
    describe(`opis sources${cache ? ' --cache' : ''}`, () => {
      it('leaves out each unreadable article with its line and answers for the rest (exit 0)', async () => {
        for (const run of [1, 2]) {
          const { code, stdout, stderr } = await runCli(['sources', 'corpus', '--json', ...extra], { cwd: dir });
          assert.equal(code, 0, `run ${run}: ${stderr}`);
          assert.deepEqual(rows(stdout), ['GARF d. 10 ← corpus/good.md', 'RGASPI d. 677 ← corpus/folder.md/inner.md']);
          assert.deepEqual(lines(stderr).sort(), [BINARY_LINE('sources', 'corpus/binary.md'), CP1251_LINE('sources', 'corpus/cp1251.md')]);
        }
      });

      it('a folder of which nothing could be read exits 1 with nothing on stdout', async () => {
        const { code, stdout, stderr } = await runCli(['sources', 'bad', '--json', ...extra], { cwd: dir });
        assert.equal(code, 1);
        assert.equal(stdout, '');
        assert.deepEqual(lines(stderr).sort(), [BINARY_LINE('sources', 'bad/binary.md'), CP1251_LINE('sources', 'bad/cp1251.md')]);
      });

      it('a named file that cannot be read exits 1, after answering for the others', async () => {
        const { code, stdout, stderr } = await runCli(['sources', 'corpus/good.md', 'bad/cp1251.md', '--json', ...extra], { cwd: dir });
        assert.equal(code, 1);
        assert.deepEqual(rows(stdout), ['GARF d. 10 ← corpus/good.md']);
        assert.deepEqual(lines(stderr), [CP1251_LINE('sources', 'bad/cp1251.md')]);
      });
    });
  }

  it('opis sources: a named file that cannot be opened (a link to itself) is named with its reason', async () => {
    fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
    const { code, stdout, stderr } = await runCli(['sources', 'loop.md', '--json'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'opis sources: loop.md: cannot be read (ELOOP), so it is left out; check that you may read it\n');
  });

  it('opis bibliography leaves out the same files and writes the rest', async () => {
    const { code, stdout, stderr } = await runCli(['bibliography', 'corpus', '--format', 'csl-json'], { cwd: dir });
    assert.equal(code, 0, stderr);
    const items = JSON.parse(stdout) as { archive_location: string }[];
    assert.deepEqual(items.map(i => i.archive_location), ['GARF. F. 5446. Op. 1. D. 10. L. 3', 'RGASPI. F. 17. Op. 3. D. 677. L. 82']);
    assert.deepEqual(lines(stderr).sort(), [BINARY_LINE('bibliography', 'corpus/binary.md'), CP1251_LINE('bibliography', 'corpus/cp1251.md')]);
    const none = await runCli(['bibliography', 'bad', '--format', 'csl-json'], { cwd: dir });
    assert.deepEqual([none.code, none.stdout, lines(none.stderr).length], [1, '', 2]);
  });

  it('opis search --corpus leaves out the same files and searches the rest', async () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'good.md'), `Lazar Kaganovich spoke.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 10, l. 3.\n`);
    const { code, stdout, stderr } = await runCli(['search', 'Kaganovich', '--corpus', 'corpus', '--json'], { cwd: dir });
    assert.equal(code, 0, stderr);
    const hits = JSON.parse(stdout) as { name: string; mentions: { file: string }[] }[];
    assert.deepEqual(hits.map(h => [h.name, h.mentions.map(m => m.file)]), [['Kaganovich', ['good.md']]]);
    assert.deepEqual(lines(stderr).sort(), [
      'opis search: corpus has no officials.json; searching people proposed from the text',
      BINARY_LINE('search', 'corpus/binary.md'),
      CP1251_LINE('search', 'corpus/cp1251.md'),
    ]);
    const none = await runCli(['search', 'Kaganovich', '--corpus', 'bad', '--json'], { cwd: dir });
    assert.deepEqual([none.code, JSON.parse(none.stdout), lines(none.stderr).length], [1, [], 3]);
  });
});

describe('ArticleReader', () => {
  const io = (sink: string[]): CliIO => ({ stdout: () => undefined, stderr: text => void sink.push(text), cwd: '/', bundledCorpus: '/', self: [] });

  it('a file found in a folder that may not be read is a warning; every file failing, or a named one, is exit 1', async () => {
    const said: string[] = [];
    const denied = async (_full: string, shown: string) => {
      if (shown.endsWith('secret.md')) throw new UnreadableFileError(`${shown}: cannot be read (EACCES)`, 'check that you may read it');
      return 'text';
    };
    const reader = new ArticleReader(io(said), 'sources', denied);
    assert.equal(await reader.text('/c/secret.md', 'c/secret.md', false), undefined);
    assert.equal(await reader.text('/c/open.md', 'c/open.md', false), 'text');
    assert.deepEqual(said, ['opis sources: c/secret.md: cannot be read (EACCES), so it is left out; check that you may read it\n']);
    assert.deepEqual([reader.nothingRead(2), reader.exitCode(2), reader.nothingRead(1), reader.exitCode(1), reader.exitCode(0)], [false, 0, true, 1, 0]);
    await reader.text('/secret.md', 'secret.md', true);
    assert.equal(reader.exitCode(3), 1);
  });
});
