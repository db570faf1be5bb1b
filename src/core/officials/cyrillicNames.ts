// Russian names written in Cyrillic: the given names (as the list prints them, or in the genitive a man's name takes
// after `убийство`, `фигура`: Соломона, Лаврентия) and a surname's nominative where its case ending leaves no doubt.
import data from '../../../corpus/given-names.json';

const GIVEN = new Set(data.givenNames);
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}’'-]+$/u;
/** Surname stems whose genitive in -а is also a woman's nominative (Голубова, Аллилуева). */
const GENDERED_STEM = /(?:ов|ев|ёв|ин|ын)$/u;

export function isCyrillicWord(word: string): boolean {
  return CYRILLIC_WORD.test(word);
}

/** A Cyrillic given name, as listed, or a man's in the genitive (`Соломона` → Соломон, `Лаврентия` → Лаврентий). */
export function cyrillicGivenName(word: string): { name: string; genitive: boolean } | undefined {
  if (GIVEN.has(word)) return { name: word, genitive: false };
  const stem = word.slice(0, -1);
  if (word.endsWith('а') && GIVEN.has(stem) && !/[аяйь]$/u.test(stem)) return { name: stem, genitive: true };
  for (const end of ['й', 'ь']) if (word.endsWith('я') && GIVEN.has(stem + end)) return { name: stem + end, genitive: true };
  return undefined;
}

/** The nominative of a man's surname in the genitive (after a given name in the genitive): Михоэлса, Маленкова,
 * Берии, Вознесенского, Ягоды. */
export function nominativeOfGenitive(surname: string): string {
  if (/[сц]кого$/u.test(surname)) return surname.slice(0, -3) + 'ий';
  if (/ии$/u.test(surname)) return surname.slice(0, -1) + 'я';
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(surname)) return surname.slice(0, -1);
  if (/[бвдзлмнпрстфц]ы$/u.test(surname)) return surname.slice(0, -1) + 'а';
  return surname;
}

/** The nominative of a surname in a case only a man's surname takes (Маленкову, Хрущеве, Маленковым, Вознесенского),
 * else the surname as written: Голубова is a genitive or a woman's name. */
export function unambiguousNominative(surname: string): string {
  const gendered = /^(.+(?:ов|ев|ёв|ин|ын))(?:у|ым|е)$/u.exec(surname);
  if (gendered) return gendered[1];
  if (/[сц]к(?:ого|ому|им)$/u.test(surname)) return surname.replace(/(?:ого|ому|им)$/u, 'ий');
  return surname;
}

/** The case forms of a man's Cyrillic surname that no other name has: not the -а of Голубова (a woman's name too). */
export function cyrillicCaseForms(surname: string): string[] {
  if (/[сц]кий$/u.test(surname)) return ['ого', 'ому', 'им', 'ом'].map(end => surname.slice(0, -2) + end);
  if (/ия$/u.test(surname)) return ['ии', 'ию', 'ией'].map(end => surname.slice(0, -1) + end);
  if (GENDERED_STEM.test(surname)) return ['у', 'ым', 'е'].map(end => surname + end);
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(surname)) return ['а', 'у', 'ом', 'е'].map(end => surname + end);
  return [];
}
