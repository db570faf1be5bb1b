// Opis: Convert Selection to Cyrillic / to LC / to BGN. An empty selection converts the word at the cursor.
import * as vscode from 'vscode';
import { convertText, type Target } from '../../core/translit';
import type { CorpusData } from '../shared/corpusData';

const COMMANDS: Array<[string, Target]> = [
  ['opis.translit.toCyrillic', 'cyrillic'],
  ['opis.translit.toLC', 'lc'],
  ['opis.translit.toBGN', 'bgn'],
];

/** Latin or Cyrillic letters with the signs romanization writes inside and after words. */
const WORD = /[\p{L}’'ʹʺ]+/u;

export function registerConvertCommands(data: CorpusData): vscode.Disposable[] {
  // A plain command rather than a text-editor command: the conversion awaits the corpus data, and a text-editor
  // command's edit builder is only valid synchronously.
  return COMMANDS.map(([id, target]) =>
    vscode.commands.registerCommand(id, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const { lexicon } = await data.forDocument(editor.document.uri);
      const ranges = editor.selections.map(s => (s.isEmpty ? editor.document.getWordRangeAtPosition(s.active, WORD) : s));
      const edits = ranges
        .filter((r): r is vscode.Range => r !== undefined)
        .map(range => ({ range, text: convertText(editor.document.getText(range), target, { lexicon }) }));
      if (!edits.length) {
        void vscode.window.showInformationMessage('Opis: select the text to convert, or put the cursor on a word.');
        return;
      }
      await editor.edit(builder => edits.forEach(e => builder.replace(e.range, e.text)));
    }),
  );
}
