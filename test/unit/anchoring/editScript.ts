// Edit scripts for anchoring tests: each step rewrites the text the way a person or a `git pull` would.
import * as assert from 'node:assert/strict';

export type Edit = (text: string) => string;

function indexOfOnce(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `edit script: "${needle}" not found`);
  assert.equal(text.indexOf(needle, at + 1), -1, `edit script: "${needle}" is ambiguous`);
  return at;
}

export const insertBefore = (needle: string, inserted: string): Edit => text => {
  const at = indexOfOnce(text, needle);
  return text.slice(0, at) + inserted + text.slice(at);
};

export const replace = (needle: string, replacement: string): Edit => text => {
  const at = indexOfOnce(text, needle);
  return text.slice(0, at) + replacement + text.slice(at + needle.length);
};

export const remove = (needle: string): Edit => replace(needle, '');

/** Cuts the paragraph starting with `paragraphStart` and pastes it after the line `afterLine`. */
export const moveParagraph = (paragraphStart: string, afterLine: string): Edit => text => {
  const start = indexOfOnce(text, paragraphStart);
  const end = text.indexOf('\n\n', start) + 2;
  const paragraph = text.slice(start, end);
  const rest = text.slice(0, start) + text.slice(end);
  const line = indexOfOnce(rest, afterLine) + afterLine.length + 1;
  return rest.slice(0, line) + '\n' + paragraph.trimEnd() + '\n' + rest.slice(line);
};

export function run(text: string, ...edits: Edit[]): string {
  return edits.reduce((t, edit) => edit(t), text);
}
