// The browser host registers neither annotations nor Import (they need Node): none of their commands may be offered
// in vscode.dev's Command Palette, where running one would fail with "command not found", unless the browser host
// registers it to say why it cannot run there (Import Article…, offered before Opis starts and knows its host).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DESKTOP_ONLY = ['src/features/annotations', 'src/features/import'];
/** What the browser host registers in their place (imported by src/extension.web.ts). */
const IN_BROWSER = 'src/features/import/inBrowser.ts';

interface Manifest {
  contributes: { commands: { command: string }[]; menus: { commandPalette: { command: string; when?: string }[] } };
}

function sourcesUnder(dir: string): string {
  const files = fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).filter(f => f.endsWith('.ts') && path.join(dir, f) !== IN_BROWSER);
  return files.map(f => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')).join('\n');
}

describe('commands in the browser host', () => {
  it('hides every command registered only by the desktop host in the web Command Palette', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const desktop = DESKTOP_ONLY.map(sourcesUnder).join('\n');
    const when = new Map(manifest.contributes.menus.commandPalette.map(entry => [entry.command, entry.when ?? '']));
    const desktopOnly = manifest.contributes.commands.map(c => c.command).filter(id => desktop.includes(`'${id}'`));
    assert.ok(desktopOnly.includes('opis.importArticle') && desktopOnly.includes('opis.annotations.export'), `desktop-only commands found: ${desktopOnly.join(', ')}`);
    const explained = fs.readFileSync(path.join(ROOT, IN_BROWSER), 'utf8');
    // hidden: `false`, or a condition that requires opis.nodeHost (no alternative beside it)
    const hidden = (w: string) => w === 'false' || (w.includes('opis.nodeHost') && !w.includes('||'));
    const offered = desktopOnly.filter(id => !hidden(when.get(id) ?? '') && !explained.includes(`'${id}'`));
    assert.deepEqual(offered, [], `offered in the browser: ${offered.join(', ')}`);
  });

  it('registers in the browser host what it offers there of Import', () => {
    assert.match(fs.readFileSync(path.join(ROOT, 'src', 'extension.web.ts'), 'utf8'), /registerImportArticleInBrowser\(context\)/);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const when = manifest.contributes.menus.commandPalette.find(entry => entry.command === 'opis.importArticle')?.when;
    assert.equal(when, 'opis.nodeHost || !virtualWorkspace');
  });
});
