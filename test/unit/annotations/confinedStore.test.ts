// The workspace store as a folder may offer it: in Restricted Mode no link is followed and nothing outside the
// folder is read; trusted or not, a store file that is not a regular file within the size limit is not read.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore } from '../../../src/core/annotations';
import { confinedStoreFileSystem } from '../../../src/node/confinedStoreFileSystem';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { workspaceLayout } from '../../../src/node/openStore';
import { passage } from './fixtures';

describe('the workspace store confined to its folder', () => {
  let dir: string;
  let folder: string;
  let outside: string;
  let refused: string[];
  let trusted: boolean;

  const open = () =>
    new AnnotationStore(
      confinedStoreFileSystem(nodeStoreFileSystem, { folder, trusted: () => trusted, maxBytes: () => 64 * 1024, refused: (file, problem) => refused.push(`${path.relative(dir, file)} ${problem}`) }),
      workspaceLayout(folder),
      { trusted: () => trusted },
    );
  /** An annotation file written by a store in `root`, with `note`. */
  const annotationFileIn = async (root: string, note: string): Promise<string> => {
    const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(root));
    store.add({ ...passage('the NKVD'), note });
    await store.save();
    const files = path.join(root, '.opis', 'annotations');
    return path.join(files, readdirSync(files)[0]);
  };
  const notes = async () => {
    const store = open();
    await store.load();
    return store.annotations.map(a => a.note).sort();
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-confined-'));
    folder = path.join(dir, 'workspace');
    outside = path.join(dir, 'outside');
    mkdirSync(path.join(folder, '.opis', 'annotations'), { recursive: true });
    refused = [];
    trusted = false;
    await annotationFileIn(folder, 'in the folder');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('in Restricted Mode follows no link, so a store linked to a private file outside is neither read nor copied', async () => {
    symlinkSync(await annotationFileIn(outside, 'private'), path.join(folder, '.opis', 'annotations', 'linked.json'));
    writeFileSync(path.join(dir, 'id_rsa'), 'PRIVATE KEY');
    symlinkSync(path.join(dir, 'id_rsa'), path.join(folder, '.opis', 'annotations.json'));
    assert.deepEqual(await notes(), ['in the folder']);
    assert.deepEqual(refused.sort(), [
      'workspace/.opis/annotations.json is a symbolic link, which Opis does not follow in Restricted Mode',
      'workspace/.opis/annotations/linked.json is a symbolic link, which Opis does not follow in Restricted Mode',
    ]);
    assert.deepEqual(readdirSync(path.join(folder, '.opis')).sort(), ['annotations', 'annotations.json']);
    rmSync(path.join(folder, '.opis', 'annotations.json'));
    trusted = true;
    assert.deepEqual(await notes(), ['in the folder', 'private'], 'trusted, the link is followed');
  });

  it('in Restricted Mode reads no store whose folder is a link out of the workspace', async () => {
    await annotationFileIn(outside, 'private');
    rmSync(path.join(folder, '.opis'), { recursive: true });
    symlinkSync(path.join(outside, '.opis'), path.join(folder, '.opis'));
    assert.deepEqual(await notes(), []);
    assert.deepEqual(refused, ['workspace/.opis/annotations lies outside the workspace folder, which Opis does not read in Restricted Mode']);
  });

  it('reads no device and no file over the size limit, trusted or not', async () => {
    const files = path.join(folder, '.opis', 'annotations');
    writeFileSync(path.join(files, 'large.json'), ' '.repeat(65 * 1024));
    symlinkSync('/dev/zero', path.join(files, 'zero.json'));
    trusted = true;
    assert.deepEqual(await notes(), ['in the folder']);
    assert.deepEqual(refused.sort(), [
      'workspace/.opis/annotations/large.json is 0.1 MB, over the limit of 0.06 MB (setting opis.files.maxSizeMB)',
      'workspace/.opis/annotations/zero.json is not a regular file',
    ]);
  });
});
