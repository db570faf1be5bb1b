// The mentions of the people in one file: plain JSON, so the persisted index can keep them. The index keeps them as
// arrays (`packMentions`), without the text: a start serves an unchanged file without reading it.
// The line around a mention (for pick lists, the tree and hovers) is taken from the text when it is shown, not kept
// for every mention of a library.
import type { Mention, MentionFinder } from './mentions';

export interface FileMentionsRecord {
  mentions: Mention[];
}

export function findFileMentions(finder: MentionFinder, text: string): FileMentionsRecord {
  return { mentions: finder.find(text) };
}

/**
 * The mention's line in `text`, shortened to 50 characters on each side of it; undefined when the text no longer
 * has the mention there (it changed since the mention was found).
 */
export function mentionContext(text: string, mention: Pick<Mention, 'start' | 'end' | 'character'>): string | undefined {
  const lineStart = mention.start - mention.character;
  if (lineStart < 0 || mention.end > text.length || /[\r\n]/.test(text.slice(lineStart, mention.end))) return undefined;
  if (lineStart > 0 && !/[\r\n]/.test(text[lineStart - 1])) return undefined;
  const eol = /[\r\n]/g;
  eol.lastIndex = mention.end;
  const line = text.slice(lineStart, eol.exec(text)?.index ?? text.length);
  const at = mention.character;
  const from = Math.max(0, at - 50);
  const to = Math.min(line.length, mention.end - lineStart + 50);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

const FORMS: Mention['form'][] = ['surname', 'initials', 'full'];
/** [official, start, end, form, possessive, inflected, line and column of start, line and column of end, the words]. */
type PackedMention = [string, number, number, number, 0 | 1, 0 | 1, number, number, number, number, string];

export function packMentions(record: FileMentionsRecord): PackedMention[] {
  return record.mentions.map(m => {
    return [m.officialId, m.start, m.end, FORMS.indexOf(m.form), m.possessive ? 1 : 0, m.inflected ? 1 : 0, m.line, m.character, m.endLine, m.endCharacter, m.text];
  });
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * The record again from its packed mentions; undefined when they are damaged. An article names its people again and
 * again: each id and wording is one string for the whole file, not one per mention as JSON or a thread gives them.
 */
export function unpackMentions(kept: unknown): FileMentionsRecord | undefined {
  if (!Array.isArray(kept)) return undefined;
  const mentions: Mention[] = [];
  const strings = new Map<string, string>();
  const shared = (s: string) => strings.get(s) ?? (strings.set(s, s), s);
  for (const item of kept) {
    const [officialId, start, end, form, possessive, inflected, startLine, startCharacter, endLine, endCharacter, words] = Array.isArray(item) ? item : [];
    if (typeof officialId !== 'string' || !isCount(start) || !isCount(end) || end < start || !FORMS[form] || typeof words !== 'string') return undefined;
    if (![startLine, startCharacter, endLine, endCharacter].every(isCount) || endLine < startLine) return undefined;
    mentions.push({
      officialId: shared(officialId), start, end,
      line: startLine, character: startCharacter, endLine, endCharacter,
      text: shared(words),
      form: FORMS[form], possessive: possessive === 1, inflected: inflected === 1,
    });
  }
  return { mentions };
}

export function isFileMentionsRecord(data: unknown): data is FileMentionsRecord {
  const record = data as Partial<FileMentionsRecord> | null;
  return typeof record === 'object' && record !== null && Array.isArray(record.mentions)
    && record.mentions.every(m => typeof m?.officialId === 'string' && typeof m.start === 'number' && typeof m.end === 'number' && typeof m.text === 'string' && [m.line, m.character, m.endLine, m.endCharacter].every(n => typeof n === 'number'));
}
