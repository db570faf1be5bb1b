// Core positions and ranges (0-based line, UTF-16 character) to the editor's and back: the one place features
// cross between the two.
import * as vscode from 'vscode';
import type { Position, Range } from '../../core/text/range';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toCorePosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function toLocation(uri: vscode.Uri, range: Range): vscode.Location {
  return new vscode.Location(uri, toVscodeRange(range));
}
