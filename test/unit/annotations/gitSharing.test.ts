// Annotations shared through real git: two clones of one bare repository, each reader annotating on their
// own branch, integrated by merge, rebase and pull in both orders.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore, parseStore, serializeStore, type Annotation } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { workspaceLayout } from '../../../src/node/openStore';
import { ARTICLE } from '../anchoring/sampleArticle';
import { runCli } from '../cliHarness';

const READERS = { a: 'Olga', b: 'Boris' } as const;
type Reader = keyof typeof READERS;

describe('annotations shared through git', function () {
  this.timeout(120_000);
  let dir: string;
  const savedEnv = { ...process.env };
  const clone = (who: Reader) => path.join(dir, who);

  function git(who: Reader | string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: who in READERS ? clone(who as Reader) : who, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
  /** A git command that may stop at a conflict: its exit code. */
  const gitStatus = (who: Reader, ...args: string[]) => spawnSync('git', args, { cwd: clone(who), encoding: 'utf8' }).status;

  function store(who: Reader): AnnotationStore {
    return new AnnotationStore(nodeStoreFileSystem, workspaceLayout(clone(who)), { creator: READERS[who] });
  }

  /** Runs `work` on a loaded store of the reader's clone and saves it. */
  async function edit(who: Reader, work: (s: AnnotationStore) => void): Promise<void> {
    const s = store(who);
    assert.ok((await s.load()).ok);
    work(s);
    assert.deepEqual(await s.save(), { ok: true, messages: [] });
  }

  async function annotate(who: Reader, quote: string, note: string): Promise<string> {
    const run = await runCli(['annotate', 'article.md', '--quote', quote, '--note', note], { cwd: clone(who) });
    assert.equal(run.code, 0, run.stderr);
    return run.stdout.trim();
  }

  /** What a reader sees: each annotation's note and its replies' notes, by id. */
  async function seen(who: Reader): Promise<{ notes: Record<string, string>; conflicts: ReturnType<AnnotationStore['conflicts']> }> {
    const s = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(clone(who)), { trusted: false });
    assert.ok((await s.load()).ok);
    const notes: Record<string, string> = {};
    for (const a of s.annotations) notes[a.id] = [a.note, ...a.replies.map(r => `reply: ${r.note}`)].join(' | ');
    return { notes, conflicts: s.conflicts() };
  }

  function noMarkers(who: Reader): void {
    const folder = path.join(clone(who), '.opis', 'annotations');
    for (const name of readdirSync(folder)) {
      const text = readFileSync(path.join(folder, name), 'utf8');
      assert.doesNotMatch(text, /^(<{7}|={7}|>{7})/m, name);
      JSON.parse(text);
    }
  }

  const assertClean = (who: Reader) => assert.equal(git(who, 'status', '--porcelain'), '', `git status in ${who}`);
  const commitAll = (who: Reader, message: string) => {
    git(who, 'add', '-A');
    git(who, 'commit', '-q', '-m', message);
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-git-'));
    mkdirSync(path.join(dir, 'home'));
    Object.assign(process.env, { HOME: path.join(dir, 'home'), GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', XDG_CONFIG_HOME: path.join(dir, 'home') });
    git(dir, 'init', '-q', '--bare', '-b', 'main', 'origin.git');
    for (const who of Object.keys(READERS) as Reader[]) {
      git(dir, 'clone', '-q', 'origin.git', who);
      git(who, 'config', 'user.name', READERS[who]);
      git(who, 'config', 'user.email', `${who}@example.org`);
      git(who, 'checkout', '-q', '-B', 'main');
    }
    writeFileSync(path.join(clone('a'), 'article.md'), ARTICLE);
    mkdirSync(path.join(clone('a'), '.opis'));
    commitAll('a', 'article');
    git('a', 'push', '-q', '-u', 'origin', 'main');
    git('b', 'pull', '-q', 'origin', 'main');
    git('b', 'branch', '-q', '--set-upstream-to=origin/main');
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Integrates the other reader's pushed work into `who`'s clone. */
  function integrate(who: Reader, how: 'merge' | 'rebase' | 'pull'): number | null {
    if (how === 'pull') return gitStatus(who, 'pull', '-q', '--no-rebase', '--no-edit');
    git(who, 'fetch', '-q');
    return how === 'merge' ? gitStatus(who, 'merge', '-q', '--no-edit', 'origin/main') : gitStatus(who, 'rebase', '-q', 'origin/main');
  }

  for (const how of ['merge', 'rebase', 'pull'] as const) {
    for (const [first, second] of [['a', 'b'], ['b', 'a']] as [Reader, Reader][]) {
      it(`both add, edit, delete and reply: ${how} with ${READERS[first]}'s work pushed first keeps every annotation, no set-up needed`, async () => {
        const x = [await annotate('a', 'Kabakov', 'x1'), await annotate('a', 'gubkom', 'x2'), await annotate('a', 'obkom itself', 'x3'), await annotate('a', 'chekists', 'x4')];
        commitAll('a', 'four annotations');
        git('a', 'push', '-q');
        git('b', 'pull', '-q');
        const a1 = await annotate('a', 'Ekaterinburg', 'a1');
        await edit('a', s => {
          s.update(x[0], { note: 'x1 edited by Olga' });
          s.remove(x[1]);
          s.addReply(x[2], 'Olga replies');
        });
        commitAll('a', 'Olga reads');
        const b1 = await annotate('b', 'Sverdlovsk archive', 'b1');
        await edit('b', s => {
          s.update(x[2], { note: 'x3 edited by Boris' });
          s.remove(x[3]);
          s.addReply(x[0], 'Boris replies');
        });
        commitAll('b', 'Boris reads');
        git(first, 'push', '-q');
        assert.equal(integrate(second, how), 0, `${how} stops at no conflict`);
        const expected = { [x[0]]: 'x1 edited by Olga | reply: Boris replies', [x[2]]: 'x3 edited by Boris | reply: Olga replies', [a1]: 'a1', [b1]: 'b1' };
        assert.deepEqual((await seen(second)).notes, expected);
        noMarkers(second);
        assertClean(second);
        git(second, 'push', '-q');
        git(first, 'pull', '-q', '--ff-only');
        assert.deepEqual((await seen(first)).notes, expected);
        assertClean(first);
      });
    }
  }

  for (const how of ['merge', 'rebase', 'pull'] as const) {
    it(`the same annotation edited on both sides, after git-setup: ${how} keeps both versions as a conflict and git status is clean`, async () => {
      const setup = await runCli(['git-setup'], { cwd: clone('a') });
      assert.equal(setup.code, 0);
      assert.match(setup.stdout, /added "\*\*\/\.opis\/annotations\/\*\.json merge=opis" to \.gitattributes/);
      assert.match((await runCli(['git-setup'], { cwd: clone('a') })).stdout, /^nothing to do/);
      const x = await annotate('a', 'Kabakov', 'first reading');
      commitAll('a', 'set-up and one annotation');
      git('a', 'push', '-q');
      git('b', 'pull', '-q');
      assert.match((await runCli(['git-setup'], { cwd: clone('b') })).stdout, /^set merge\.opis\.name/, 'the attribute came with the pull; only the driver is configured');
      await edit('a', s => void s.update(x, { note: 'Olga: obkom first secretary', tags: ['purge'] }));
      commitAll('a', 'Olga edits');
      await edit('b', s => void s.update(x, { note: 'Boris: arrested in 1937' }));
      commitAll('b', 'Boris edits');
      git('a', 'push', '-q');
      assert.equal(integrate('b', how), 0, 'the driver settles the file');
      noMarkers('b');
      assertClean('b');
      const { notes, conflicts } = await seen('b');
      assert.deepEqual(Object.keys(notes), [x]);
      assert.equal(conflicts.length, 1);
      const versions = conflicts[0].versions.map(v => (v.body as { purpose: string; value: string }[]).find(b => b.purpose === 'commenting')?.value).sort();
      assert.deepEqual(versions, ['Boris: arrested in 1937', 'Olga: obkom first secretary']);
      const chooser = store('b');
      await chooser.load();
      const olga = chooser.conflicts()[0].versions.findIndex(v => JSON.stringify(v).includes('Olga:'));
      assert.ok(chooser.resolve(x, olga));
      await chooser.save();
      assert.deepEqual((await seen('b')).notes, { [x]: 'Olga: obkom first secretary' });
      assert.equal((await seen('b')).conflicts.length, 0);
    });
  }

  it('the same annotation edited on both sides without git-setup: the conflict markers are read as a conflict keeping both', async () => {
    const x = await annotate('a', 'Kabakov', 'first reading');
    commitAll('a', 'one annotation');
    git('a', 'push', '-q');
    git('b', 'pull', '-q');
    await edit('a', s => void s.update(x, { note: 'Olga' }));
    commitAll('a', 'Olga edits');
    await edit('b', s => void s.update(x, { note: 'Boris' }));
    commitAll('b', 'Boris edits');
    git('a', 'push', '-q');
    assert.equal(integrate('b', 'merge'), 1, 'git stops at its conflict');
    const { notes, conflicts } = await seen('b');
    assert.deepEqual(Object.keys(notes), [x]);
    assert.equal(conflicts[0].versions.length, 2);
    // The next save (here with nothing else to save) rewrites the file as valid JSON keeping both.
    const saver = store('b');
    await saver.load();
    assert.ok((await saver.save()).ok);
    noMarkers('b');
    git('b', 'add', '.opis');
    git('b', 'commit', '-q', '--no-edit');
    assertClean('b');
    assert.equal((await seen('b')).conflicts[0].versions.length, 2);
  });

  it('edited on one side and deleted on the other: git calls no driver and leaves the edited file, which the store reads', async () => {
    const x = await annotate('a', 'Kabakov', 'first reading');
    commitAll('a', 'one annotation');
    git('a', 'push', '-q');
    git('b', 'pull', '-q');
    await runCli(['git-setup'], { cwd: clone('b') });
    await edit('a', s => void s.update(x, { note: 'kept by Olga' }));
    commitAll('a', 'Olga edits');
    await edit('b', s => void s.remove(x));
    commitAll('b', 'Boris sets up git and deletes');
    git('a', 'push', '-q');
    assert.equal(integrate('b', 'merge'), 1, 'a modify/delete conflict');
    assert.deepEqual((await seen('b')).notes, { [x]: 'kept by Olga' });
    noMarkers('b');
    git('b', 'add', '.opis');
    git('b', 'commit', '-q', '--no-edit');
    assertClean('b');
  });

  it('a migrated store equals the old single file annotation for annotation, replies included, with a backup', async () => {
    const old: Annotation[] = ['Kabakov', 'gubkom', 'chekists'].map((quote, i) => {
      const start = ARTICLE.indexOf(quote);
      const stamp = `2023-05-0${i + 1}T10:00:00.000Z`;
      const replies = i === 0 ? [{ id: 'urn:uuid:old-reply', note: 'agreed', created: stamp, modified: stamp, creator: 'Boris' }] : [];
      return { id: `urn:uuid:old-${i}`, source: 'article.md', quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end: start + quote.length }, note: `old ${i}`, tags: ['t'], category: 'Evidence', created: stamp, modified: stamp, creator: 'Olga', replies };
    });
    const legacy = serializeStore({ annotations: old, foreign: [] });
    writeFileSync(path.join(clone('a'), '.opis', 'annotations.json'), legacy);
    commitAll('a', 'the old store');
    const added = await annotate('a', 'Ekaterinburg', 'new');
    const s = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(clone('a')), { trusted: false });
    await s.load();
    const parsed = parseStore(legacy, 'legacy');
    assert.ok(parsed.ok);
    assert.deepEqual(s.annotations.filter(a => a.id !== added), parsed.set.annotations);
    const opis = readdirSync(path.join(clone('a'), '.opis'));
    assert.ok(!opis.includes('annotations.json'));
    const backup = opis.find(name => name.startsWith('annotations.json.backup-'));
    assert.ok(backup);
    assert.equal(readFileSync(path.join(clone('a'), '.opis', backup), 'utf8'), legacy);
    assert.equal(readdirSync(path.join(clone('a'), '.opis', 'annotations')).length, 5, 'three annotations, one reply, the new one');
  });
});
