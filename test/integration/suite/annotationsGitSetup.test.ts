import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { GitSetupResult } from '../../../src/node/gitSetup';
import { activateOpis } from './helpers';

// Prepare Repository for Shared Annotations on temporary clones: it writes what `opis git-setup` writes, says
// so once, and the merge driver it configures is the one git then runs.
suite('annotations: Prepare Repository for Shared Annotations', () => {
  let dir: string;
  let cli: string;
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const runCli = (cwd: string, ...args: string[]) =>
    execFileSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  const prepare = (repo: string) => vscode.commands.executeCommand<GitSetupResult | undefined>('opis.annotations.prepareRepository', vscode.Uri.file(repo));

  function newClone(name: string): string {
    const repo = path.join(dir, name);
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    git(repo, 'config', 'user.name', 'Olga');
    git(repo, 'config', 'user.email', 'olga@example.org');
    writeFileSync(path.join(repo, '.gitattributes'), '*.md text\n');
    return repo;
  }

  suiteSetup(async () => {
    const ext = await activateOpis();
    cli = path.join(ext.extensionPath, 'dist', 'cli.js');
    dir = mkdtempSync(path.join(tmpdir(), 'opis-prepare-'));
  });

  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('writes what opis git-setup writes, and a second run changes nothing', async () => {
    const byCli = newClone('by-cli');
    const byEditor = newClone('by-editor');
    runCli(byCli, 'git-setup');
    const first = await prepare(byEditor);
    assert.ok(first);
    assert.strictEqual(first.root, byEditor);
    assert.deepStrictEqual(first.done.map(line => line.split(' ').slice(0, 2).join(' ')), ['added "**/.opis/annotations/*.json', 'set merge.opis.name', 'set merge.opis.driver']);

    const attributes = (repo: string) => readFileSync(path.join(repo, '.gitattributes'), 'utf8');
    assert.strictEqual(attributes(byEditor), attributes(byCli));
    assert.strictEqual(attributes(byEditor), '*.md text\n**/.opis/annotations/*.json merge=opis\n');
    assert.strictEqual(git(byEditor, 'config', '--local', 'merge.opis.name'), git(byCli, 'config', '--local', 'merge.opis.name'));
    // Both drivers run this extension's bundled command line, each through its own Node.
    const tail = `${cli} merge-annotation %O %A %B`;
    assert.ok(git(byCli, 'config', '--local', 'merge.opis.driver').endsWith(tail));
    assert.ok(git(byEditor, 'config', '--local', 'merge.opis.driver').endsWith(tail), git(byEditor, 'config', '--local', 'merge.opis.driver'));

    const config = readFileSync(path.join(byEditor, '.git', 'config'), 'utf8');
    const again = await prepare(byEditor);
    assert.deepStrictEqual(again?.done, [], 'nothing left to do');
    assert.strictEqual(attributes(byEditor), '*.md text\n**/.opis/annotations/*.json merge=opis\n');
    assert.strictEqual(readFileSync(path.join(byEditor, '.git', 'config'), 'utf8'), config);
  });

  test('the driver it configures keeps both versions when two branches change one annotation', async () => {
    const repo = newClone('merged');
    assert.ok(await prepare(repo));
    writeFileSync(path.join(repo, 'article.md'), 'The obkom secretary was arrested in 1937.\n');
    const id = runCli(repo, 'annotate', 'article.md', '--quote', 'obkom secretary', '--note', 'Who?').trim();
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'article and a note');
    const folder = path.join(repo, '.opis', 'annotations');
    assert.strictEqual(readdirSync(folder).length, 1, 'one annotation file');
    const file = path.join(folder, readdirSync(folder)[0]);
    const setNote = (note: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('"value": "Who?"', `"value": "${note}"`));

    git(repo, 'checkout', '-q', '-b', 'boris');
    setNote('Boris: the first secretary');
    git(repo, 'commit', '-q', '-am', 'Boris');
    git(repo, 'checkout', '-q', 'main');
    setNote('Olga: arrested with his deputies');
    git(repo, 'commit', '-q', '-am', 'Olga');
    git(repo, 'merge', '-q', '--no-edit', 'boris');

    assert.strictEqual(git(repo, 'status', '--porcelain'), '', 'the merge is clean');
    const merged = JSON.parse(readFileSync(file, 'utf8')) as { type: string; id: string; versions: { body: { value: string }[] }[] };
    assert.strictEqual(merged.type, 'AnnotationConflict');
    assert.strictEqual(merged.id, id);
    const notes = merged.versions.map(item => item.body[0].value).sort();
    assert.deepStrictEqual(notes, ['Boris: the first secretary', 'Olga: arrested with his deputies']);
  });
});

