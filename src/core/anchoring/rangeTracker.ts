// Keeps a passage's range in step with edits while its document is open, without searching: the editor
// reports every change, so shifting the range is exact and cheap.
import type { OffsetRange, TextChange } from './types';

/**
 * The range after one change. Text inserted exactly at the start or end goes outside the passage; an edit
 * inside it (or overlapping an edge) keeps what is left. Undefined when the whole passage was deleted.
 */
export function applyChange(range: OffsetRange, change: TextChange): OffsetRange | undefined {
  const changeEnd = change.offset + change.length;
  const delta = change.text.length - change.length;
  if (changeEnd <= range.start) {
    return { start: range.start + delta, end: range.end + delta };
  }
  if (change.offset >= range.end) return range;
  if (change.offset <= range.start && changeEnd >= range.end) return undefined;
  const start = change.offset < range.start ? change.offset + change.text.length : range.start;
  const end = changeEnd > range.end ? change.offset : range.end + delta;
  return end > start ? { start, end } : undefined;
}

/** Applies the changes in the order given (VS Code reports them so that each applies to the previous result). */
export function applyChanges(range: OffsetRange, changes: readonly TextChange[]): OffsetRange | undefined {
  let current: OffsetRange | undefined = range;
  for (const change of changes) {
    if (!current) return undefined;
    current = applyChange(current, change);
  }
  return current;
}
