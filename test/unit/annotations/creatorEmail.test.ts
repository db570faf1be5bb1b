// The creator's email address: recorded only when the reader opts in, as the W3C Person's `mailto:` email, and
// kept when someone else's annotation is edited and written back.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileNameOf, parseEntry, type Json } from '../../../src/core/annotations';
import { creatorIdentity } from '../../../src/node/userName';
import { runCli } from '../cliHarness';
import { passage, storeOn } from './fixtures';
import { MemoryFileSystem } from './memoryFileSystem';

const FOLDER = '/ws/.opis/annotations';

function storedItems(fs: MemoryFileSystem): Json[] {
  return [...fs.files].filter(([file]) => file.startsWith(`${FOLDER}/`)).map(([file, bytes]) => {
    const read = parseEntry(bytes, file);
    assert.ok(read.ok);
    return read.value.entry.versions[0];
  });
}

describe('the creator’s email', () => {
  it('is written as the Person’s mailto: email on annotations and replies when given, and read back', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs, 'Olga', undefined, 'folder', { creatorEmail: 'olga@example.org' });
    const a = store.add({ ...passage('regional party secretary'), note: 'Who?' });
    store.addReply(a.id, 'Kabakov.');
    assert.ok((await store.save()).ok);
    const creators = storedItems(fs).map(item => item.creator);
    assert.deepEqual(creators, [
      { type: 'Person', name: 'Olga', email: 'mailto:olga@example.org' },
      { type: 'Person', name: 'Olga', email: 'mailto:olga@example.org' },
    ]);

    const other = storeOn(fs, 'Boris', undefined, 'folder');
    await other.load();
    const read = other.get(a.id)!;
    assert.equal(read.creatorEmail, 'olga@example.org');
    assert.equal(read.replies[0].creatorEmail, 'olga@example.org');
    other.update(a.id, { note: 'Who held it in 1934?' });
    assert.ok((await other.save()).ok);
    assert.deepEqual(storedItems(fs).find(item => item.id === a.id)?.creator, { type: 'Person', name: 'Olga', email: 'mailto:olga@example.org' }, 'Boris’s edit keeps Olga’s address');
  });

  it('is absent unless given, and a changed identity applies to notes made after it', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs, 'Olga', undefined, 'folder');
    const first = store.add(passage('regional party secretary'));
    store.setCreator('Olga', 'olga@example.org');
    const second = store.add(passage('NKVD'));
    assert.ok((await store.save()).ok);
    assert.equal('creatorEmail' in first, false);
    assert.equal(second.creatorEmail, 'olga@example.org');
    const byId = new Map(storedItems(fs).map(item => [item.id, item.creator]));
    assert.deepEqual(byId.get(first.id), { type: 'Person', name: 'Olga' });
    assert.deepEqual(byId.get(second.id), { type: 'Person', name: 'Olga', email: 'mailto:olga@example.org' });
  });

  describe('from git', function () {
    this.timeout(20_000);
    let dir: string;
    const savedEnv = { ...process.env };

    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'opis-email-'));
      mkdirSync(path.join(dir, 'home'));
      Object.assign(process.env, { HOME: path.join(dir, 'home'), XDG_CONFIG_HOME: path.join(dir, 'home'), GIT_CONFIG_NOSYSTEM: '1' });
      execFileSync('git', ['init', '-q', path.join(dir, 'clone')]);
    });
    afterEach(() => {
      process.env = { ...savedEnv };
      rmSync(dir, { recursive: true, force: true });
    });

    const clone = () => path.join(dir, 'clone');

    it('adds git config user.email only when asked, and nothing when git has none', async () => {
      execFileSync('git', ['config', 'user.name', 'Olga Petrova'], { cwd: clone() });
      assert.deepEqual(await creatorIdentity(clone(), undefined, true), { creator: 'Olga Petrova', creatorEmail: undefined });
      execFileSync('git', ['config', 'user.email', 'olga@example.org'], { cwd: clone() });
      assert.deepEqual(await creatorIdentity(clone(), undefined, false), { creator: 'Olga Petrova', creatorEmail: undefined });
      assert.deepEqual(await creatorIdentity(clone(), undefined, true), { creator: 'Olga Petrova', creatorEmail: 'olga@example.org' });
      assert.deepEqual(await creatorIdentity(clone(), 'O. Petrova', true), { creator: 'O. Petrova', creatorEmail: 'olga@example.org' }, 'a configured name goes with the git address');
    });

    it('opis annotate --email records it; without --email the creator has none', async () => {
      execFileSync('git', ['config', 'user.name', 'Olga Petrova'], { cwd: clone() });
      execFileSync('git', ['config', 'user.email', 'olga@example.org'], { cwd: clone() });
      writeFileSync(path.join(clone(), 'article.md'), 'The obkom secretary was arrested in 1937.\n');
      const creatorOf = async (args: string[]) => {
        const run = await runCli(['annotate', 'article.md', ...args], { cwd: clone() });
        assert.equal(run.code, 0, run.stderr);
        const file = path.join(clone(), '.opis', 'annotations', fileNameOf(run.stdout.trim()));
        return (JSON.parse(readFileSync(file, 'utf8')) as Json).creator;
      };
      assert.deepEqual(await creatorOf(['--quote', 'obkom']), { type: 'Person', name: 'Olga Petrova' });
      assert.deepEqual(await creatorOf(['--quote', 'arrested', '--email']), { type: 'Person', name: 'Olga Petrova', email: 'mailto:olga@example.org' });
    });
  });
});
