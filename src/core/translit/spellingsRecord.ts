// A file's romanized spellings as plain JSON, for the persisted index: [word key, [spelling, count]…]…
import type { Spellings } from './consistency';

export type SpellingsRecord = [string, [string, number][]][];

export function spellingsToRecord(spellings: Spellings): SpellingsRecord {
  return [...spellings].map(([key, forms]) => [key, [...forms]]);
}

export function spellingsFromRecord(record: SpellingsRecord): Spellings {
  return new Map(record.map(([key, forms]) => [key, new Map(forms)]));
}

export function isSpellingsRecord(data: unknown): data is SpellingsRecord {
  return Array.isArray(data) && data.every(item =>
    Array.isArray(item) && typeof item[0] === 'string' && Array.isArray(item[1])
    && item[1].every((form: unknown) => Array.isArray(form) && typeof form[0] === 'string' && typeof form[1] === 'number'));
}
