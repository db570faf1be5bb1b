// A camp of the Gulag named by a word cut short and -lag (lager’, camp), as most camps were: Berlag, Steplag,
// Karlag, Noril’lag, Ukhtpechlag (Memorial's directory of the camps, Sistema ispravitel’no-trudovykh lagerei v SSSR,
// 1923–1960, on their short names: Березлаг, http://old.memo.ru/history/nkvd/gulag/guide/ch4.htm). The first part
// is a place's or a task's name, which is not translated; read as an inference.
import { romanize } from '../translit/romanize';
import type { PartsReading } from './readByParts';

/** A capitalised first part ending in a consonant or a soft sign (not архипела-), then -lag in any case. */
const CAMP = /^(\p{Lu}\p{L}{0,14}[^\P{L}aeiouyаеёиоуыэюяAEIOUYАЕЁИОУЫЭЮЯ]|\p{Lu}\p{L}{1,14}[ьʹ’'])(лаг|lag)(а|у|ом|е|и|ов|ам|ами|ах|a|u|om|e|i|ov|am|ami|akh)?$/u;

export function readCampName(written: string): PartsReading | undefined {
  const [, first, lag] = CAMP.exec(written) ?? [];
  if (!first || !lag) return undefined;
  const latin = romanize(first, 'lc').replace(/['ʹ]/gu, '’');
  const name = `${latin}lag`;
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [
      { written: first, word: latin, cyrillic: /\p{Script=Cyrillic}/u.test(first) ? first : '—', english: `${latin}- (a place’s or a task’s name, untranslated)` },
      { written: lag, word: 'lager’', cyrillic: 'лагерь', english: 'camp' },
    ],
    expansion: `${latin} lager’`,
    english: `${name}: a corrective labour camp of the Gulag, by its name`,
  };
}
