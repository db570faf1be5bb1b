// Hover on a romanized-Russian word: its Cyrillic, its forms in the other systems, and the gloss when the
// glossary knows the word in any form or romanization (as opis explain finds it), or the word's reading by its parts,
// said to be inferred. Glossary entries and officials' names have hovers of their own, so
// this one stays silent on them: one card per word.
import * as vscode from 'vscode';
import { escapeMarkdown as escape } from '../../core/document';
import { wordGlossBefore, wordReading, type Glossary } from '../../core/glossary';
import { romanize, toCyrillic, type Lexicon, type System } from '../../core/translit';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { DocumentAnalyses } from './documentAnalysis';

const SYSTEM_NAMES: Array<[System, string]> = [['lc', 'LC'], ['bgn', 'BGN/PCGN'], ['iso9', 'ISO 9'], ['popular', 'popular']];

export class RomanizedHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.analyses.of(document);
    const offset = document.offsetAt(position);
    const inside = (span: { start: number; end: number }) => span.start <= offset && offset < span.end;
    const word = analysis.romanized.find(inside);
    if (!word || analysis.glossary.some(inside) || analysis.officials.some(inside)) return undefined;
    const range = new vscode.Range(document.positionAt(word.start), document.positionAt(word.end));
    // The words after it say whether an adjective used as a noun qualifies one (krasnykh partizan are no Reds).
    const following = document.getText(new vscode.Range(range.end, document.positionAt(word.end + FOLLOWING)));
    return new vscode.Hover(card(word.text, following, analysis.data.lexicon, analysis.data.glossary), range);
  }
}

/** Enough of the text after a word to hold the next word. */
const FOLLOWING = 60;

function card(word: string, following: string, lexicon: Lexicon, glossary: Glossary): vscode.MarkdownString {
  const cyrillic = toCyrillic(word, lexicon);
  const md = safeMarkdown('');
  md.appendMarkdown(`**${escape(cyrillic)}** · romanized Russian\n\n`);
  md.appendMarkdown(`| ${SYSTEM_NAMES.map(([, name]) => name).join(' | ')} |\n|${SYSTEM_NAMES.map(() => '---').join('|')}|\n`);
  md.appendMarkdown(`| ${SYSTEM_NAMES.map(([system]) => escape(romanize(cyrillic, system))).join(' | ')} |\n`);
  const entry = wordGlossBefore(glossary, word, following);
  if (entry) md.appendMarkdown(`\n*${escape(entry.term)}*: ${escape(entry.english)}\n`);
  const reading = entry ? undefined : wordReading(glossary, word);
  if (reading) {
    const parts = reading.parts.map(p => (p.entry ? p.entry.term : `${p.written}-`)).join(' + ');
    md.appendMarkdown(`\n*${escape(parts)}* (read by its parts, inferred): ${escape(reading.english)}\n`);
  }
  return md;
}
