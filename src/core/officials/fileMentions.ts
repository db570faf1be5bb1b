// The mentions of the people in one file, with the line around each (for pick lists and the tree) instead of the
// file's text: plain JSON, so the persisted index can keep them.
import { LineIndex } from '../text/range';
import type { Mention, MentionFinder } from './mentions';

export interface FileMentionsRecord {
  mentions: Mention[];
  /** [start of a mention, its line shortened to 50 characters on each side]. */
  contexts: [number, string][];
}

export function findFileMentions(finder: MentionFinder, text: string): FileMentionsRecord {
  const mentions = finder.find(text);
  const lines = new LineIndex(text);
  return { mentions, contexts: mentions.map(m => [m.start, around(lines.lineText(m.range.start.line), m)]) };
}

export function isFileMentionsRecord(data: unknown): data is FileMentionsRecord {
  const record = data as Partial<FileMentionsRecord> | null;
  return typeof record === 'object' && record !== null && Array.isArray(record.mentions) && Array.isArray(record.contexts)
    && record.mentions.every(m => typeof m?.officialId === 'string' && typeof m.start === 'number' && typeof m.end === 'number' && typeof m.text === 'string' && typeof m.range?.start?.line === 'number')
    && record.contexts.every(c => Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'string');
}

function around(line: string, mention: Mention): string {
  const at = mention.range.start.character;
  const from = Math.max(0, at - 50);
  const to = Math.min(line.length, at + mention.text.length + 50);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}
