// Core ranges (0-based line, UTF-16 character) to editor ranges.
import * as vscode from 'vscode';
import type { Range } from '../../core/text/range';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toCorePosition(position: vscode.Position): { line: number; character: number } {
  return { line: position.line, character: position.character };
}
