// The officials of a corpus as the data file describes them, and the names derived from that description.

export interface Role {
  title: string;
  /** As the article states them, e.g. "1928" or "1946-1952". */
  years?: string;
  affiliation?: string;
}

export interface Official {
  id: string;
  /** Nominative surname as the article spells it. */
  surname: string;
  /** Given name and patronymic, nominative. */
  given?: string;
  /** Initials the article gives when it gives no given name. */
  initials?: string;
  /** Cyrillic name, same order and extent as the English one. */
  cyrillic: string;
  englishForms?: string[];
  roles: Role[];
  affiliations?: string[];
  note?: string;
}

export interface Author {
  id: string;
  name: string;
}

export interface OfficialsData {
  officials: Official[];
  authors: Author[];
}

/** Given name words, e.g. ["Ivan", "Dmitrievich"]; empty when the article gives none. */
export function givenNames(official: Official): string[] {
  return official.given ? official.given.split(' ') : [];
}

/** Initial letters in order, e.g. ["I", "D"] or ["V", "Ia"]. */
export function initialLetters(official: Official): string[] {
  if (official.given) return givenNames(official).map(word => word[0]);
  if (official.initials) return official.initials.split(/\s+/).map(initial => initial.replace(/\.$/, ''));
  return [];
}

/** "Ivan Dmitrievich Kabakov", "I. D. Kabakov" or "Reshetov". */
export function fullName(official: Official): string {
  const first = official.given ?? official.initials;
  return first ? `${first} ${official.surname}` : official.surname;
}

/** The Cyrillic surname: the last word of the Cyrillic name. */
export function cyrillicSurname(official: Official): string {
  const words = official.cyrillic.trim().split(/\s+/);
  return words[words.length - 1];
}

/** Every affiliation, the person's own first, then those of the roles, without repeats. */
export function affiliationsOf(official: Official): string[] {
  const all = [...(official.affiliations ?? []), ...official.roles.flatMap(role => (role.affiliation ? [role.affiliation] : []))];
  return [...new Set(all)];
}

/** "Sovnarkom chairman (1928); …", or the note when there is no role. */
export function roleSummary(official: Official): string {
  if (official.roles.length === 0) return official.note ?? '';
  return official.roles.map(role => (role.years ? `${role.title} (${role.years})` : role.title)).join('; ');
}
