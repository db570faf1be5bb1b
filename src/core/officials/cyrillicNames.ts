// Russian names written in Cyrillic: the given names (as the list prints them, or in the genitive a man's name takes
// after `убийство`, `фигура`: Соломона, Лаврентия) and a surname's nominative where its case ending leaves no doubt.
import data from '../../../corpus/given-names.json';

const GIVEN = new Set(data.givenNames);
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}’'-]+$/u;
/** Surname stems whose genitive in -а is also a woman's nominative (Голубова, Аллилуева). */
const GENDERED_STEM = /(?:ов|ев|ёв|ин|ын)$/u;

/** Nouns after which Russian names a person in the genitive (`смерти Сталина`, `кабинета Маленкова`, `по приказу
 * Иосифа Сталина`), and a second name joined to the first by и (`убийстве С. М. Михоэлса и В. И. Голубова`). */
const GENITIVE_NOUN = '(?:[Сс]мерт(?:и|ью)|[Аа]рест(?:а|е|ом|у)|[Уу]бийств(?:а|е|ом|у)|[Рр]асстрел(?:а|е|ом|у)|[Кк]азн(?:и|ью)|[Дд]ел(?:а|е|о|у|ом)|[Зз]аписк(?:а|и|е|у|ой)|[Пп]исьм(?:а|е|о|ом|у)|[Пп]риказ(?:а|у|е|ом)?|[Кк]абинет(?:а|е|ом|у)?|[Дд]опрос(?:а|е|ом|у|ы)?|[Пп]оказани(?:я|й|ях|ям)|[Сс]удьб(?:а|ы|е|у|ой))';
const INITIALS = '(?:\\p{Lu}\\.[\\s\\u00a0]?){0,2}';
/** Prepositions that put a name in the genitive (`у Хрущева`, `от Маленкова`), nouns of a post held under someone
 * (`ставленника Берия`, `членов ЦК Кузнецова`) and of a post someone holds, with the body after it (`председателя
 * комиссии Элиавы`, `секретаря ЦК Жданова`). */
const GENITIVE_PREPOSITION = '(?:[Уу]|[Оо]т|[Дд]о|[Дд]ля|[Бб]ез|[Пп]ротив|[Оо]коло|[Пп]осле|[Кк]роме|[Сс]реди|[Вв]место|[Сс]тавленник(?:а|ом|у)?|[Чч]лен(?:а|ов|ам|ами)?(?:[\\s\\u00a0]+\\p{Lu}{2,5})?|(?:[Пп]редседател|[Зз]аместител|[Сс]екретар)(?:я|ем|ём|ю)(?:[\\s\\u00a0]+(?:\\p{Lu}{2,5}|\\p{Ll}+(?:ии|ого|ой)))?)';
/** …and the names listed after the first, joined by commas or и (`убийстве С. М. Михоэлса и В. И. Голубова`,
 * `Кузнецова, Попкова, Родионова`). */
const GENITIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${GENITIVE_NOUN}|${GENITIVE_PREPOSITION})[\\s\\u00a0]+(?:${INITIALS}\\p{Lu}\\p{Ll}+(?:,|[\\s\\u00a0]+и)[\\s\\u00a0]+)*${INITIALS}$`, 'u');
/** A surname's nominative ending that no common word capitalised in Russian prose takes (Маленков, Лозовский). */
const BARE_SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|[сц]кий|енко|дзе|швили|ян)$/u;
/** The endings of Russian, Ukrainian and Caucasian surnames in the nominative (Georgian -ава and -уа: Элиава, Гогуа). */
const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|ич|енко|дзе|швили|ян|ук|ава|уа)$/u;

/** A Cyrillic word that reads as a man's surname by itself: a nominative's ending (`Ее предложил Маленков`,
 * `(Лозовский)`), or the instrumental only a man's surname takes (`со Сталиным`), given back in the nominative. */
export function bareSurname(word: string): string | undefined {
  if (BARE_SURNAME_ENDING.test(word)) return word;
  const instrumental = /^(.+(?:ов|ев|ёв|ин|ын))ым$/u.exec(word);
  return instrumental?.[1];
}

/** Whether the text before a Cyrillic name (and its initials) puts it in the genitive. */
export function genitiveBefore(before: string): boolean {
  return GENITIVE_BEFORE.test(before);
}

/** Surnames Russian leaves undeclined (Берия in Avtorkhanov's usage, Орджоникидзе, Джугашвили, Шевченко, Черных). */
const INDECLINABLE_SURNAME = /(?:ия|дзе|швили|енко|[ыи]х)$/u;

/** A surname's nominative after a noun that puts it in the genitive, when it ends as a surname does, or a surname
 * left undeclined there (`ставленника Берия`): no common noun keeps its nominative after one. */
export function surnameAfterGenitiveNoun(word: string): string | undefined {
  const nominative = nominativeOfGenitive(word);
  if (nominative === word) return INDECLINABLE_SURNAME.test(word) ? word : undefined;
  return SURNAME_ENDING.test(nominative) ? nominative : undefined;
}

export function isCyrillicWord(word: string): boolean {
  return CYRILLIC_WORD.test(word);
}

/** A given name's oblique endings, each with the nominative's ending it replaces: a man's genitive (`Соломона`,
 * `Лаврентия`) and instrumental (`Михаилом`, `Алексеем`), a name in -а or -я in the genitive, accusative or
 * instrumental (`Анны`, `Анну`, `Анной`, `Марии`, `Никиту`). */
const GIVEN_OBLIQUE: ReadonlyArray<[RegExp, string[]]> = [
  [/(?<![аяйь])а$/u, ['']],
  [/я$/u, ['й', 'ь']],
  [/(?<![аяйь])ом$/u, ['']],
  [/ем$/u, ['й', 'ь']],
  [/[ыу]$/u, ['а']],
  [/ой$/u, ['а']],
  [/[июе]$/u, ['я']],
  [/ей$/u, ['я']],
];

/** A Cyrillic given name, as listed or in an oblique case (`genitive`: any case but the nominative, which puts the
 * surname after it in the same case): `Соломона` → Соломон, `Анной` → Анна. */
export function cyrillicGivenName(word: string): { name: string; genitive: boolean } | undefined {
  if (GIVEN.has(word)) return { name: word, genitive: false };
  for (const [ending, nominatives] of GIVEN_OBLIQUE) {
    const match = ending.exec(word);
    if (!match) continue;
    const stem = word.slice(0, match.index);
    const name = nominatives.map(end => stem + end).find(candidate => GIVEN.has(candidate));
    if (name) return { name, genitive: true };
  }
  return undefined;
}

/** The nominative of a surname in the genitive (after a given name in the genitive or a noun that governs it):
 * Михоэлса, Маленкова, Берии, Вознесенского, Ягоды, and a woman's Аллилуевой, Крупской; an accusative Щербину. */
export function nominativeOfGenitive(surname: string): string {
  if (/[сц]кого$/u.test(surname)) return surname.slice(0, -3) + 'ий';
  if (/(?:ов|ев|ёв|ин|ын)ой$/u.test(surname)) return surname.slice(0, -2) + 'а';
  if (/[сц]кой$/u.test(surname)) return surname.slice(0, -2) + 'ая';
  if (/ии$/u.test(surname)) return surname.slice(0, -1) + 'я';
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(surname)) return surname.slice(0, -1);
  if (/[бвдзлмнпрстфц]ы$/u.test(surname)) return surname.slice(0, -1) + 'а';
  // the accusative a man's given name shares with the genitive puts a surname in -а in -у (`Владимира Щербину`), as a
  // woman's does (`Анну Ахматову`)
  if (/[бвгджзклмнпрстфхцчшщ]у$/u.test(surname)) return surname.slice(0, -1) + 'а';
  // a man's instrumental (`Сталиным`, `Михоэлсом`, `Кагановичем`)
  if (/(?:ов|ев|ёв|ин|ын)ым$/u.test(surname)) return surname.slice(0, -2);
  if (/[бвгдзклмнпрстфх]ом$|[жчшщц]ем$/u.test(surname)) return surname.slice(0, -2);
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
