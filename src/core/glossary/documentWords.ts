// The ordinary words of official papers that stand beside a term in a phrase (Постановление Совмина СССР, минимума
// трудодней, протокол заседания Политбюро, докладная записка НКВД): no glossary entries, but a phrase explained part by
// part says what they are, each translated and said to be. Forms are Library of Congress romanizations, lower case; a
// word is one of these stems and a case ending of up to three letters.
import { romanize } from '../translit/romanize';
import type { PartsReading } from './readByParts';

/** Stem, the word, its Cyrillic, its English. */
const WORDS: readonly [string, string, string, string][] = [
  ['postanovleni', 'postanovlenie', 'постановление', 'resolution'],
  ['reshen', 'reshenie', 'решение', 'decision'],
  ['prikaz', 'prikaz', 'приказ', 'order'],
  ['ukaz', 'ukaz', 'указ', 'decree'],
  ['rasporiazheni', 'rasporiazhenie', 'распоряжение', 'instruction (order)'],
  ['direktiv', 'direktiva', 'директива', 'directive'],
  ['instruktsi', 'instruktsiia', 'инструкция', 'instruction'],
  ['tsirkuliar', 'tsirkuliar', 'циркуляр', 'circular'],
  ['protokol', 'protokol', 'протокол', 'minutes (protocol)'],
  ['zasedani', 'zasedanie', 'заседание', 'session (sitting)'],
  ['soveshchani', 'soveshchanie', 'совещание', 'conference (meeting)'],
  ['komissi', 'komissiia', 'комиссия', 'commission'],
  ['doklad', 'doklad', 'доклад', 'report'],
  ['dokladn', 'dokladnaia', 'докладная', 'report (memorandum)'],
  ['zapisk', 'zapiska', 'записка', 'note (memorandum)'],
  ['spravk', 'spravka', 'справка', 'information note'],
  ['otchet', 'otchet', 'отчёт', 'report (account)'],
  ['svedeni', 'svedeniia', 'сведения', 'information'],
  ['vypisk', 'vypiska', 'выписка', 'extract'],
  ['proekt', 'proekt', 'проект', 'draft'],
  ['pis’m', 'pis’mo', 'письмо', 'letter'],
  ['telegramm', 'telegramma', 'телеграмма', 'telegram'],
  ['zakon', 'zakon', 'закон', 'law'],
  ['ustav', 'ustav', 'устав', 'statute (charter)'],
  ['polozheni', 'polozhenie', 'положение', 'regulation (statute)'],
  ['prigovor', 'prigovor', 'приговор', 'sentence (verdict)'],
  ['plan', 'plan', 'план', 'plan'],
  ['norm', 'norma', 'норма', 'norm (quota)'],
  ['minimum', 'minimum', 'минимум', 'minimum'],
  // The officials a phrase names by a body in the genitive (секретаря райкома, начальник УНКВД, член Политбюро).
  ['sekretar', 'sekretar’', 'секретарь', 'secretary'],
  ['predsedatel', 'predsedatel’', 'председатель', 'chairman'],
  ['nachal’nik', 'nachal’nik', 'начальник', 'head (chief)'],
  ['zaveduiushch', 'zaveduiushchii', 'заведующий', 'head (manager)'],
  ['direktor', 'direktor', 'директор', 'director'],
  ['komandir', 'komandir', 'командир', 'commander'],
  ['redaktor', 'redaktor', 'редактор', 'editor'],
  ['sledovatel', 'sledovatel’', 'следователь', 'investigator'],
  ['sotrudnik', 'sotrudnik', 'сотрудник', 'officer (staff member)'],
  ['rabotnik', 'rabotnik', 'работник', 'worker (employee)'],
  ['chlen', 'chlen', 'член', 'member'],
];

const MAX_ENDING = 3;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word of official papers, translated: an inference like a reading by parts, said to be a translation. */
export function documentWord(written: string): PartsReading | undefined {
  const latin = (CYRILLIC.test(written) ? romanize(written, 'lc') : written).toLowerCase().replace(/['ʼ′]/gu, '’');
  const found = WORDS.filter(([stem]) => latin.startsWith(stem) && latin.length - stem.length <= MAX_ENDING).sort((a, b) => b[0].length - a[0].length)[0];
  if (!found) return undefined;
  const [, word, cyrillic, english] = found;
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [{ written, word, cyrillic, english }],
    expansion: word,
    english: `${english} (the word translated, not a glossary entry)`,
  };
}
