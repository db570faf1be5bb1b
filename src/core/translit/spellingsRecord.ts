// A file's romanized spellings as one string, for the persisted index and the corpus counts: a line per word key,
// `key<TAB>spelling<TAB>count…`. One string per file, where arrays of arrays (or maps of maps) cost a library of a
// thousand articles a hundred megabytes; keys and spellings are single words, never holding a tab or a newline.
import type { Spellings } from './consistency';

export type SpellingsRecord = string;

const FIELD = '\t';
const LINE = '\n';

export function spellingsToRecord(spellings: Spellings): SpellingsRecord {
  const lines: string[] = [];
  for (const [key, forms] of spellings) {
    const fields = [key];
    for (const [form, count] of forms) if (!/[\t\n]/.test(form)) fields.push(form, String(count));
    if (fields.length > 1 && !/[\t\n]/.test(key)) lines.push(fields.join(FIELD));
  }
  return lines.join(LINE);
}

/** Calls `each` with every word key of the record and its spellings' counts, in the record's order. */
export function forEachSpelling(record: SpellingsRecord, each: (key: string, form: string, count: number) => void): void {
  if (!record) return;
  for (const line of record.split(LINE)) {
    const fields = line.split(FIELD);
    for (let i = 1; i + 1 < fields.length; i += 2) each(fields[0], fields[i], Number(fields[i + 1]));
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

/** A line: a key, then one or more spellings each with a whole positive count (fields never hold a tab or newline). */
const RECORD_LINE = '[^\\t\\n]+(?:\\t[^\\t\\n]+\\t[1-9]\\d*)+';
/** Linear: every field ends at a tab or a newline, so no part of the text can be read two ways. */
const RECORD = new RegExp(`^${RECORD_LINE}(?:\\n${RECORD_LINE})*$`);

/** Whether `data` is a record: every line a key and one or more spellings, each with a whole positive count. */
export function isSpellingsRecord(data: unknown): data is SpellingsRecord {
  return typeof data === 'string' && (data === '' || RECORD.test(data));
}
