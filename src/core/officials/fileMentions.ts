// The mentions of the people in one file, with the line around each (for pick lists and the tree) instead of the
// file's text: plain JSON, so the persisted index can keep them. The index keeps less (`packMentions`): the
// official, offsets and form of each; its words, lines and columns and the lines around it come back from the text.
import { LineIndex } from '../text/range';
import type { Mention, MentionFinder } from './mentions';

export interface FileMentionsRecord {
  mentions: Mention[];
  /** [start of a mention, its line shortened to 50 characters on each side]. */
  contexts: [number, string][];
}

export function findFileMentions(finder: MentionFinder, text: string): FileMentionsRecord {
  return withContexts(finder.find(text), new LineIndex(text));
}

function withContexts(mentions: Mention[], lines: LineIndex): FileMentionsRecord {
  return { mentions, contexts: mentions.map(m => [m.start, around(lines.lineText(m.range.start.line), m)]) };
}

const FORMS: Mention['form'][] = ['surname', 'initials', 'full'];
/** [official, start, end, form, possessive, inflected, the words when they are not the text's at those offsets]. */
type PackedMention = [string, number, number, number, 0 | 1, 0 | 1, string?];

export function packMentions(record: FileMentionsRecord, text: string): PackedMention[] {
  return record.mentions.map(m => {
    const packed: PackedMention = [m.officialId, m.start, m.end, FORMS.indexOf(m.form), m.possessive ? 1 : 0, m.inflected ? 1 : 0];
    if (text.slice(m.start, m.end) !== m.text) packed.push(m.text);
    return packed;
  });
}

/** The record again from its packed mentions and the file's text; undefined when they are damaged. */
export function unpackMentions(kept: unknown, text: string): FileMentionsRecord | undefined {
  if (!Array.isArray(kept)) return undefined;
  const lines = new LineIndex(text);
  const mentions: Mention[] = [];
  for (const item of kept) {
    const [officialId, start, end, form, possessive, inflected, words] = Array.isArray(item) ? item : [];
    if (typeof officialId !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length || !FORMS[form]) return undefined;
    mentions.push({
      officialId, start, end, range: lines.rangeOf(start, end), text: typeof words === 'string' ? words : text.slice(start, end),
      form: FORMS[form], possessive: possessive === 1, inflected: inflected === 1,
    });
  }
  return withContexts(mentions, lines);
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
