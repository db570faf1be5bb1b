// Opis: Convert Selection to Cyrillic / to LC / to BGN. An empty selection converts the word at the cursor. Where
// a word's spelling allows another reading (partii: партии or партий), the words and their readings are shown
// first and the conversion waits for the user's yes.
import * as vscode from 'vscode';
import { ambiguousInText, convertText, type Lexicon, type Target } from '../../core/translit';
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
      const texts = edits.map(e => editor.document.getText(e.range));
      if (!(await confirmAmbiguous(texts, lexicon))) return;
      await editor.edit(builder => edits.forEach(e => builder.replace(e.range, e.text)));
    }),
  );
}

/** Lists the words read one way of two and asks before converting; true when there are none or the user agrees. */
async function confirmAmbiguous(texts: readonly string[], lexicon: Lexicon): Promise<boolean> {
  const words = texts.flatMap(text => ambiguousInText(text, { lexicon }));
  if (!words.length) return true;
  const detail = words.map(w => `${w.word} → ${w.cyrillic} (or ${w.alternatives.join(', ')})`).join('\n');
  const convert = 'Convert';
  const answer = await vscode.window.showInformationMessage(
    `Opis: ${words.length === 1 ? 'one word' : `${words.length} words`} could also be read another way.`,
    { modal: true, detail },
    convert,
  );
  return answer === convert;
}
