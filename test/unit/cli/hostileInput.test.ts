// Every command that reads an article, on input that is not an article: each answers with exit code 1 and one
// sentence on stderr naming the file (sources and bibliography: and what to do), no stack trace, and writes no
// file. Inputs are generated here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cliHarness';
import { importFailure } from '../../../src/cli/commands/import';

const INPUTS: Record<string, { make: (file: string) => void; says: string }> = {
  'binary.md': { make: f => fs.writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0])), says: 'is a binary file, not text' },
  'cp1251.md': { make: f => fs.writeFileSync(f, Buffer.from([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7, 0x0a])), says: 'is not UTF-8 text' },
  'folder.md': { make: f => fs.mkdirSync(f), says: 'is a directory, not a file' },
  'absent.md': { make: () => undefined, says: 'no such file' },
};

const COMMANDS: Record<string, (file: string) => string[]> = {
  notes: file => ['notes', file],
  note: file => ['note', file, '1'],
  outline: file => ['outline', file],
  anchor: file => ['anchor', file, '--annotations', 'store.json'],
  lint: file => ['lint', file],
  import: file => ['import', file],
};

describe('hostile input to the command line', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opis-hostile-'));
    for (const [name, { make }] of Object.entries(INPUTS)) make(path.join(dir, name));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [command, args] of Object.entries(COMMANDS)) {
    for (const [name, { says }] of Object.entries(INPUTS)) {
      it(`${command} ${name}: exit 1, one line naming the file, nothing written`, async () => {
        const before = fs.readdirSync(dir).sort();
        const run = await runCli(args(name), { cwd: dir });
        const lines = run.stderr.trimEnd().split('\n');
        assert.equal(run.code, 1);
        assert.doesNotMatch(run.stderr, /^\s+at /m);
        assert.equal(lines.length, 1, run.stderr);
        // lint lists its findings on stdout and sums them up on stderr.
        if (command === 'lint') assert.equal(run.stdout, `${name}:1:1 error unreadable-file ${says}\n`);
        else assert.deepEqual([run.stderr, run.stdout], [`opis ${command}: ${name}: ${says}\n`, '']);
        assert.deepEqual(fs.readdirSync(dir).sort(), before);
      });
    }
  }

  // The commands over many articles leave an unreadable one out with what to do; named alone, nothing is read (exit 1).
  const ADVICE: Record<string, string | undefined> = {
    'binary.md': 'rename it or move it away if it is no article',
    'cp1251.md': 'save it as UTF-8 to have it read',
    'folder.md': undefined,
    'absent.md': 'check its name',
  };
  for (const command of ['sources', 'bibliography']) {
    const args = (file: string) => (command === 'sources' ? [command, file] : [command, file, '--format', 'csl-json']);
    for (const [name, { says }] of Object.entries(INPUTS)) {
      const advice = ADVICE[name];
      it(`${command} ${name}: ${advice ? 'exit 1, one line naming the file and what to do' : 'a folder, read as one (empty)'}, nothing written`, async () => {
        const before = fs.readdirSync(dir).sort();
        const run = await runCli(args(name), { cwd: dir });
        assert.doesNotMatch(run.stderr, /^\s+at /m);
        if (advice) assert.deepEqual([run.code, run.stdout, run.stderr], [1, '', `opis ${command}: ${name}: ${says}, so it is left out; ${advice}\n`]);
        else assert.deepEqual([run.code, run.stderr], [0, '']);
        assert.deepEqual(fs.readdirSync(dir).sort(), before);
      });
    }
  }

  it('import tells a failure inside the importer (a stack overflow) in one sentence naming the file, not the engine', () => {
    const said = importFailure('article.txt', new RangeError('Maximum call stack size exceeded')).message;
    assert.equal(said, 'article.txt: the importer failed inside on this file, nothing written; import the article in smaller parts, or report the file');
    assert.doesNotMatch(said, /call stack|\n/);
  });

  it('import refuses a text extraction of 200,000 short lines in one line on stderr, writing nothing', async () => {
    fs.writeFileSync(path.join(dir, 'lines.txt'), 'a\n'.repeat(200_000));
    const before = fs.readdirSync(dir).sort();
    const run = await runCli(['import', 'lines.txt', '-o', 'lines.md'], { cwd: dir });
    assert.deepEqual([run.code, run.stdout, run.stderr], [1, '', 'opis import: lines.txt: no notes found in the layout of pdftotext: this does not look like an article extraction; nothing written\n']);
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
  });

  it('outline reports an argument file that is a directory as unusable and prints the derived outline', async () => {
    fs.writeFileSync(path.join(dir, 'article.md'), '# Title\n\nA claim.[^1]\n\n[^1]: GARF, f. 1.\n');
    fs.mkdirSync(path.join(dir, 'article.argument.json'));
    const run = await runCli(['outline', 'article.md'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'opis outline: article.argument.json: is a directory, not a file; showing the outline derived from the headings\n');
    assert.match(run.stdout, /^Title\n/);
  });

  it('notes reads an article with a byte order mark and reports an over-long paragraph on one line', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} cites a file.[^1]`).join(' ');
    fs.writeFileSync(path.join(dir, 'long.md'), `\uFEFF# Title\n\n${long}\n\n[^1]: GARF, f. 1, op. 2, d. 3, l. 4.\n`);
    const run = await runCli(['notes', 'long.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stderr, 'opis notes: long.md: a paragraph over 8,000 characters or 1,000 Markdown marks (from line 3) read in pieces; emphasis or a link across pieces may be missed\n');
    assert.match(run.stdout, /^\[\^1\] GARF, f\. 1, op\. 2, d\. 3, l\. 4\.\n/);
  });
});
