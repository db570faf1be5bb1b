// Finds where a value sits in the text of a JSON file (jsonc-parser keeps each node's offset), so problems with one
// field can be reported at that field.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { LineIndex, type Range } from '../text/range';

/** Range of the value at `path` (e.g. ['sections', 2, 'claims', 0, 'quote']) in `text`, if present. */
export function jsonPathRange(text: string, path: (string | number)[]): Range | undefined {
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, path);
  if (!node) return undefined;
  return new LineIndex(text).rangeOf(node.offset, node.offset + node.length);
}
