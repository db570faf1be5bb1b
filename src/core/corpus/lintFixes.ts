// Quick fixes for the corpus diagnostics where the repair is obvious; editors apply the edits as given.
import { LineIndex, type Range } from '../text/range';
import type { CorpusDiagnostic } from './lint';

export interface CorpusFix {
  title: string;
  edits: { range: Range; newText: string }[];
}

export function fixesFor(diagnostic: CorpusDiagnostic, text: string): CorpusFix[] {
  const { code, data, range } = diagnostic;
  if (code === 'undefined-reference' && data?.label) {
    const end = new LineIndex(text).positionAt(text.length);
    const separator = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return [{
      title: `Add a definition stub for [^${data.label}]`,
      edits: [{ range: { start: end, end }, newText: `${separator}[^${data.label}]: \n` }],
    }];
  }
  if ((code === 'residue-replacement-char' || code === 'residue-quadrupled') && data?.replacement !== undefined) {
    const shown = data.replacement.trim() === '' ? 'a space' : `“${data.replacement}”`;
    return [{ title: `Replace with ${shown}`, edits: [{ range, newText: data.replacement }] }];
  }
  return [];
}
