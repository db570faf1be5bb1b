// Finds where a value sits in the text of a JSON file (JSON is YAML, and the yaml parser keeps source
// ranges), so problems with one field can be reported at that field.
import { isNode, parseDocument } from 'yaml';
import { LineIndex, type Range } from '../text/range';

/** Range of the value at `path` (e.g. ['sections', 2, 'claims', 0, 'quote']) in `text`, if present. */
export function jsonPathRange(text: string, path: (string | number)[]): Range | undefined {
  const node: unknown = parseDocument(text).getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  return new LineIndex(text).rangeOf(node.range[0], node.range[1]);
}
