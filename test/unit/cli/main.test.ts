import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../cliHarness';
import { commands } from '../../../src/cli/commands/index';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('opis (the command line)', () => {
  it('--help lists every command with its summary and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    for (const c of commands) assert.match(stdout, new RegExp(`^  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    assert.deepEqual(
      commands.map(c => c.name),
      ['import', 'lint', 'notes', 'note', 'explain', 'sources', 'bibliography', 'translit', 'detect', 'search', 'outline', 'annotate', 'anchor', 'export', 'git-setup', 'merge-annotation'],
    );
  });

  it('without a command prints the usage and exits 2', async () => {
    const { code, stdout } = await runCli([]);
    assert.equal(code, 2);
    assert.match(stdout, /^Usage: opis <command>/);
  });

  it('an unknown command exits 2 with the usage on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['frobnicate']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unknown command 'frobnicate'/);
    assert.match(stderr, /Usage: opis <command>/);
  });

  it('<command> --help shows that command’s usage', async () => {
    const { code, stdout } = await runCli(['search', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: opis search /);
  });

  it('the built dist/cli.js answers --version with the package version and is the package’s bin', () => {
    const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
    if (!fs.existsSync(cli)) execFileSync('node', ['scripts/build.mjs'], { cwd: path.resolve(__dirname, '..', '..', '..') });
    assert.equal(pkg.bin.opis, 'dist/cli.js');
    assert.equal(execFileSync('node', [cli, '--version'], { encoding: 'utf8' }).trim(), pkg.version);
    const unknown = spawnSync('node', [cli, 'nope'], { encoding: 'utf8' });
    assert.equal(unknown.status, 2);
  });

  it('the built dist/cli.js writes a bibliography through dist/bibliography.js, not a copy of citation-js of its own', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const cli = path.join(root, 'dist', 'cli.js');
    if (!fs.existsSync(cli)) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    const bibtex = execFileSync('node', [cli, 'bibliography', path.join(root, 'corpus', 'harris-dual-subordination.md'), '--format', 'bibtex'], { encoding: 'utf8' });
    assert.match(bibtex, /^@book\{[^,]+,$/m);
    assert.match(bibtex, /^\s*title = \{[^}]+\},?$/m);
    const bundle = fs.readFileSync(cli, 'utf8');
    assert.match(bundle, /join\(__dirname,\s*["']bibliography\.js["']\)/);
    assert.doesNotMatch(bundle, /@citation-js\/plugin-bibtex/);
  });
});
