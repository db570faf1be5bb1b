// A file's romanized spellings as one string, for the persisted index and the corpus counts: a line per word key,
// `key<TAB>spelling<TAB>count…`. One string per file, where arrays of arrays (or maps of maps) cost a library of a
// thousand articles a hundred megabytes; keys and spellings are single words, never holding a tab or a newline.
// A character beyond Latin-1 (the ’ of a soft sign, Cyrillic) is written as DEL and four hex digits, which no word
// holds: the string then stays one byte a character in memory, where one ’ would make the whole record two.
import type { Spellings } from './consistency';

export type SpellingsRecord = string;

const FIELD = '\t';
const LINE = '\n';
const ESCAPE = '\x7f';
const WIDE = /[\u0100-\uffff\x7f]/g;
const ESCAPED = /\x7f([0-9a-f]{4})/g;

const encoded = (field: string) => field.replace(WIDE, ch => `${ESCAPE}${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const decoded = (field: string) => (field.includes(ESCAPE) ? field.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : field);

export function spellingsToRecord(spellings: Spellings): SpellingsRecord {
  const lines: string[] = [];
  for (const [key, forms] of spellings) {
    const fields = [encoded(key)];
    for (const [form, count] of forms) if (!/[\t\n]/.test(form)) fields.push(encoded(form), String(count));
    if (fields.length > 1 && !/[\t\n]/.test(key)) lines.push(fields.join(FIELD));
  }
  return lines.join(LINE);
}

/** Calls `each` with every word key of the record and its spellings' counts, in the record's order. */
export function forEachSpelling(record: SpellingsRecord, each: (key: string, form: string, count: number) => void): void {
  if (!record) return;
  for (const line of record.split(LINE)) {
    const fields = line.split(FIELD);
    const key = decoded(fields[0]);
    for (let i = 1; i + 1 < fields.length; i += 2) each(key, decoded(fields[i]), Number(fields[i + 1]));
  }
}

export function spellingsFromRecord(record: SpellingsRecord): Spellings {
  const spellings: Spellings = new Map();
  forEachSpelling(record, (key, form, count) => {
    let forms = spellings.get(key);
    if (!forms) spellings.set(key, (forms = new Map()));
    forms.set(form, count);
  });
  return spellings;
}

/**
 * A line: a key, then one or more spellings each with a whole positive count (fields never hold a tab or newline,
 * nor a character beyond Latin-1, nor DEL but as an escape).
 */
const FIELD_TEXT = '(?:[^\\t\\n\\x7f\\u0100-\\uffff]|\\x7f[0-9a-f]{4})+';
const RECORD_LINE = `${FIELD_TEXT}(?:\\t${FIELD_TEXT}\\t[1-9]\\d*)+`;
/** Linear: every field ends at a tab or a newline, so no part of the text can be read two ways. */
const RECORD = new RegExp(`^${RECORD_LINE}(?:\\n${RECORD_LINE})*$`);

/** Whether `data` is a record: every line a key and one or more spellings, each with a whole positive count. */
export function isSpellingsRecord(data: unknown): data is SpellingsRecord {
  return typeof data === 'string' && (data === '' || RECORD.test(data));
}
