// Paths named by data stay inside their folder; only regular files under the size limit are read. Checked with
// Node's path API and lstat on a real folder, as the editor checks URI paths and its own stat.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileProblem, MEGABYTE, resolveInsideFolder, uriPaths, type FileFacts } from '../../../src/core/files/dataPaths';

const FOLDER = '/home/reader/corpus';

function facts(file: string): FileFacts {
  const stat = fs.lstatSync(file);
  return { isFile: stat.isFile(), isSymbolicLink: stat.isSymbolicLink(), size: stat.size };
}

describe('paths and files named by data', () => {
  describe('resolveInsideFolder', () => {
    for (const hostile of ['../../../../etc/passwd', '/etc/passwd', 'articles/../../secret.md', '..', '.', '', 'C:\\Windows\\win.ini', 'c:/x.md', '\\\\server\\share\\x.md', 'a\0.md']) {
      it(`refuses ${JSON.stringify(hostile)}`, () => {
        assert.ok('problem' in resolveInsideFolder(FOLDER, hostile, path.posix));
      });
    }

    for (const [relative, resolved] of [
      ['article.md', '/home/reader/corpus/article.md'],
      ['articles/../article.md', '/home/reader/corpus/article.md'],
      ['deep/er/a..b.md', '/home/reader/corpus/deep/er/a..b.md'],
      ['..article.md', '/home/reader/corpus/..article.md'],
    ]) {
      it(`resolves ${relative} inside the folder`, () => {
        assert.deepEqual(resolveInsideFolder(FOLDER, relative, path.posix), { path: resolved });
      });
    }

    it('judges URI paths as Node judges POSIX paths', () => {
      for (const relative of ['../../../../etc/passwd', '/etc/passwd', 'articles/../../secret.md', '..', '.', 'article.md', 'articles/../article.md', 'a/./b/../c.md', '..article.md']) {
        assert.deepEqual(resolveInsideFolder(FOLDER, relative, uriPaths), resolveInsideFolder(FOLDER, relative, path.posix), relative);
      }
      for (const [from, to] of [['/a/b', '/a/b/c'], ['/a/b', '/a'], ['/a/b', '/x/y'], ['/', '/a'], ['/a/', '/a/b/']]) assert.equal(uriPaths.relative(from, to), path.posix.relative(from, to));
    });

    it('says why a path is refused', () => {
      assert.deepEqual(resolveInsideFolder(FOLDER, '../../etc/passwd', path.posix), { problem: '../../etc/passwd lies outside the workspace folder' });
    });
  });

  describe('fileProblem, with lstat on real files', () => {
    let root: string;
    let folder: string;

    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'opis-data-paths-'));
      folder = path.join(root, 'corpus');
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(root, 'secret.txt'), 'private');
      fs.writeFileSync(path.join(folder, 'article.md'), '# Article\n');
    });

    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('reads a regular file inside the folder', () => {
      const found = resolveInsideFolder(folder, 'article.md', path);
      assert.ok('path' in found);
      assert.equal(fileProblem(facts(found.path), 20 * MEGABYTE), undefined);
    });

    it('refuses a symbolic link that leads outside the folder, though its own path is inside', () => {
      fs.symlinkSync(path.join(root, 'secret.txt'), path.join(folder, 'notes.md'));
      const found = resolveInsideFolder(folder, 'notes.md', path);
      assert.ok('path' in found);
      assert.equal(fileProblem(facts(found.path), 20 * MEGABYTE), 'is a symbolic link, which Opis does not follow');
    });

    it('refuses a directory and a device', () => {
      fs.mkdirSync(path.join(folder, 'dir.md'));
      assert.equal(fileProblem(facts(path.join(folder, 'dir.md')), 20 * MEGABYTE), 'is not a regular file');
      if (fs.existsSync('/dev/zero')) assert.equal(fileProblem(facts('/dev/zero'), 20 * MEGABYTE), 'is not a regular file');
    });

    it('refuses a file over the limit, naming the setting', () => {
      fs.writeFileSync(path.join(folder, 'big.md'), Buffer.alloc(MEGABYTE + 1));
      assert.equal(fileProblem(facts(path.join(folder, 'big.md')), MEGABYTE), 'is 1.0 MB, over the limit of 1 MB (setting opis.files.maxSizeMB)');
      assert.equal(fileProblem(facts(path.join(folder, 'big.md')), 2 * MEGABYTE), undefined);
    });
  });
});
