// The name Go to Symbol in Workspace gives a person the search found. The workbench keeps only the symbols whose
// name holds the typed letters in order, so a person found under another spelling or script (Yezhov or Ежов for
// Ezhov) is named with that spelling too, and one found despite a typo with what was typed, marked as near.
import { fullName, type Official } from './model';
import { spellingsOf } from './variants';

/** Whether the letters of `query` (any case, spaces aside) occur in `name` in order, as the workbench filters. */
export function holdsInOrder(name: string, query: string): boolean {
  const target = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase().replace(/\s+/g, '')) {
    at = target.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

export function symbolName(official: Official, query: string): string {
  const name = fullName(official);
  const typed = query.trim().replace(/\s+/g, ' ');
  if (holdsInOrder(name, typed)) return name;
  const { surnames, given } = spellingsOf(official);
  const spelling = [official.cyrillic, ...surnames, ...given].find(form => holdsInOrder(form, typed));
  return spelling ? `${name} (${spelling})` : `${name} (≈ ${typed})`;
}
