// The browser host registers neither annotations nor Import (they need Node): none of their commands may be offered
// in vscode.dev's Command Palette, where running one would fail with "command not found".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DESKTOP_ONLY = ['src/features/annotations', 'src/features/import'];

interface Manifest {
  contributes: { commands: { command: string }[]; menus: { commandPalette: { command: string; when?: string }[] } };
}

function sourcesUnder(dir: string): string {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).filter(f => f.endsWith('.ts')).map(f => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')).join('\n');
}

describe('commands in the browser host', () => {
  it('hides every command registered only by the desktop host in the web Command Palette', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const desktop = DESKTOP_ONLY.map(sourcesUnder).join('\n');
    const when = new Map(manifest.contributes.menus.commandPalette.map(entry => [entry.command, entry.when ?? '']));
    const desktopOnly = manifest.contributes.commands.map(c => c.command).filter(id => desktop.includes(`'${id}'`));
    assert.ok(desktopOnly.includes('opis.importArticle') && desktopOnly.includes('opis.annotations.export'), `desktop-only commands found: ${desktopOnly.join(', ')}`);
    const offered = desktopOnly.filter(id => !/opis\.nodeHost|^false$/.test(when.get(id) ?? ''));
    assert.deepEqual(offered, [], `offered in the browser: ${offered.join(', ')}`);
  });
});
