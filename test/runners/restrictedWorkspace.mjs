// The hostile workspace of the Restricted Mode run (test/restricted): a fresh copy of corpus/ that someone else
// prepared to read what is not theirs and to track its reader, beside an `outside` folder with private files.
//   .vscode/settings.json            "opis.corpus.include": "**/*" (every file, of any kind and size)
//   notes.txt                        text naming an official, which only that setting would index
//   secret-link.md                   a link to outside/secret.md
//   .opis/annotations.json           a link to outside/id_rsa (a store, so once copied into the folder as damaged)
//   .opis/annotations/<a>.json       a note on the article whose note and tags carry remote images, HTML and a command link
//   .opis/annotations/<b>.json       a note whose source is ../outside/secret.md
//   .opis/annotations/<c>.json       a link to outside/private-note.json, a note of the reader's own
// The notes are written by the command line (dist/cli.js) as any store file is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { freshWorkspace } from './workspace.mjs';

const ARTICLE = 'harris-dual-subordination.md';
/** Text the outside files hold: found anywhere in what Opis shows, it was read from outside the folder. */
export const OUTSIDE_MARK = 'OUTSIDE-SECRET';
const TRACKER = 'https://tracker.example';

/** Builds the workspace under `cacheDir`; returns { folder, outside }. `cli` is the built command line. */
export function restrictedWorkspace(cacheDir, cli) {
  const root = path.join(cacheDir, 'workspaces', 'restricted');
  rmSync(root, { recursive: true, force: true });
  const folder = freshWorkspace(cacheDir, path.join('restricted', 'workspace'));
  const outside = path.join(root, 'outside');
  const notes = path.join(folder, '.opis', 'annotations');
  mkdirSync(outside, { recursive: true });
  mkdirSync(notes, { recursive: true });
  mkdirSync(path.join(folder, '.vscode'));
  writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'opis.corpus.include': '**/*' }, null, 2));
  writeFileSync(path.join(folder, 'notes.txt'), 'A text file naming Kabakov, which is no article.\n');
  writeFileSync(path.join(outside, 'secret.md'), `# Private\n\n${OUTSIDE_MARK}: Kabakov wrote to me.\n`);
  writeFileSync(path.join(outside, 'id_rsa'), `-----BEGIN ${OUTSIDE_MARK} KEY-----\n`);

  /** Adds a note with the command line; returns its file in the store. */
  const annotate = (quote, note, tags = []) => {
    const run = spawnSync(process.execPath, [cli, 'annotate', ARTICLE, '--quote', quote, '--note', note, ...tags.flatMap(t => ['--tag', t]), '--annotations', notes, '--json'], { cwd: folder, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`opis annotate failed: ${run.stderr}`);
    const id = JSON.parse(run.stdout).id;
    const file = readdirSync(notes).find(name => decodeURIComponent(name) === `${id}.json`);
    if (!file) throw new Error(`no store file for ${id}`);
    return path.join(notes, file);
  };
  annotate(
    'The local ChK/OGPU helped the party leaders fend off challenges',
    `Crafted note ![pixel](${TRACKER}/note.png) <img src="${TRACKER}/note-html.png"> [run](command:workbench.action.terminal.new) ${TRACKER}/autolink`,
    [`x\` ![tag](${TRACKER}/tag.png) \``, `<img src=${TRACKER}/tag-html.png>`],
  );
  const elsewhere = annotate('They helped local party leaders promote regional economic plans', 'A note whose source lies outside');
  const stored = JSON.parse(readFileSync(elsewhere, 'utf8'));
  stored.target.source = '../outside/secret.md';
  writeFileSync(elsewhere, JSON.stringify(stored, null, 2));
  const own = annotate('Who did the Soviet political police answer to?', `${OUTSIDE_MARK} note of the reader's own`);
  renameSync(own, path.join(outside, 'private-note.json'));
  symlinkSync(path.join(outside, 'private-note.json'), own);
  symlinkSync(path.join(outside, 'id_rsa'), path.join(folder, '.opis', 'annotations.json'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(folder, 'secret-link.md'));
  return { folder, outside };
}
