// A seeded roster of officials at the size of a national archive's name index: surnames drawn with a Zipf-like
// weight (the most common first), so a few common surnames (Ivanov, Smirnov, Kuznetsov, …) own a large share of the
// names, as in real rosters; the bundled corpus's own surnames are among them. Given names and patronymics are
// drawn the same way. The same roster every run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Official } from '../src/core/officials/model';
import { romanize } from '../src/core/translit';
import { CORPUS } from './generatedCorpus';

/** The most common Russian surnames, most common first (after published frequency lists). */
const COMMON_SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
  'Федоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семенов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьев', 'Борисов', 'Яковлев', 'Григорьев', 'Романов',
  'Воробьев', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королев', 'Гусев', 'Киселев', 'Ильин', 'Максимов',
  'Поляков', 'Сорокин', 'Виноградов', 'Ковалев', 'Белов', 'Медведев', 'Антонов', 'Тарасов', 'Жуков', 'Баранов', 'Филиппов',
  'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров', 'Матвеев', 'Титов', 'Марков', 'Миронов',
  'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов', 'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов',
  'Савельев', 'Тимофеев', 'Фомин', 'Чернов', 'Абрамов', 'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин',
  'Исаев', 'Чернышев', 'Быков', 'Маслов', 'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов', 'Филатов', 'Пономарев',
  'Голубев', 'Кудрявцев', 'Прохоров', 'Наумов', 'Потапов', 'Журавлев', 'Овчинников', 'Трофимов', 'Леонов', 'Соболев',
  'Ермаков', 'Колесников', 'Гончаров', 'Емельянов', 'Никифоров', 'Грачев', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов',
  'Кириллов', 'Малышев', 'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов', 'Еремин',
  'Тихомиров', 'Галкин', 'Лукьянов', 'Михеев', 'Скворцов', 'Юдин', 'Белоусов', 'Нестеров', 'Симонов', 'Прокофьев', 'Харитонов',
  'Князев', 'Цветков', 'Левин', 'Митрофанов', 'Воронов', 'Аксенов', 'Софронов', 'Мальцев', 'Логинов', 'Горшков', 'Савин',
  'Краснов', 'Майоров', 'Демидов', 'Елисеев', 'Рыбаков', 'Сафонов', 'Плотников', 'Демин', 'Хохлов', 'Жданов', 'Носков',
  'Шевченко', 'Бондаренко', 'Коваленко', 'Ткаченко', 'Кравченко', 'Мельник', 'Шевчук', 'Бойко', 'Ковальчук', 'Лысенко'];
const GIVEN = ['Иван', 'Александр', 'Николай', 'Михаил', 'Сергей', 'Василий', 'Петр', 'Алексей', 'Владимир', 'Андрей',
  'Федор', 'Дмитрий', 'Григорий', 'Павел', 'Яков', 'Семен', 'Борис', 'Константин', 'Георгий', 'Степан', 'Егор', 'Лазарь',
  'Евгений', 'Виктор', 'Анатолий', 'Илья', 'Матвей', 'Филипп', 'Тимофей', 'Роман', 'Мария', 'Анна', 'Екатерина', 'Ольга'];
const PATRONYMICS = ['Иванович', 'Александрович', 'Николаевич', 'Михайлович', 'Сергеевич', 'Васильевич', 'Петрович',
  'Алексеевич', 'Владимирович', 'Андреевич', 'Федорович', 'Дмитриевич', 'Григорьевич', 'Павлович', 'Яковлевич',
  'Семенович', 'Борисович', 'Константинович', 'Георгиевич', 'Степанович', 'Егорович', 'Ильич', 'Матвеевич', 'Романович'];
const ROLES = ['obkom first secretary', 'raikom secretary', 'chairman of the oblispolkom', 'director of the trust',
  'NKVD representative', 'people’s commissar', 'member of the presidium', 'chief engineer', 'procurator', 'party organizer'];
const AFFILIATIONS = ['Obkom', 'NKVD', 'OGPU', 'VSNKh', 'Politbiuro', 'Sovnarkom', 'Glavmetall', 'Gosplan', 'Uralmash'];

/** The corpus's own officials' Cyrillic surnames, so the roster holds the names an article mentions. */
function corpusSurnames(): string[] {
  const data = JSON.parse(fs.readFileSync(path.join(CORPUS, 'officials.json'), 'utf8')) as { officials: Official[] };
  return data.officials.map(official => official.cyrillic.split(' ').pop() ?? '').filter(Boolean);
}

/** Picks from `list` with weight 1/(rank+1): the head of the list is drawn far more often than its tail. */
function zipf<T>(list: readonly T[]): (random: () => number) => T {
  const cumulative: number[] = [];
  let total = 0;
  list.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))));
  return random => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

/** `size` officials, the same every run for the same size. */
export function roster(size: number): Official[] {
  let state = 20_251_203;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  // Common surnames first, then the corpus's, then rarer forms made from common stems (Ivanovskii, Smirnitskii…).
  const rare = COMMON_SURNAMES.flatMap(name => ['ский', 'ин', 'ченко', 'цкий'].map(ending => name.replace(/(ов|ев|ин|ко|ук|ик|ь)?$/u, '') + ending));
  const surname = zipf([...COMMON_SURNAMES, ...corpusSurnames(), ...rare]);
  const given = zipf(GIVEN);
  const patronymic = zipf(PATRONYMICS);
  const lexicon = new Map<string, string>();
  const latin = (cyrillic: string) => lexicon.get(cyrillic) ?? lexicon.set(cyrillic, romanize(cyrillic, 'lc')).get(cyrillic)!;
  return Array.from({ length: size }, (_, i) => {
    const last = surname(random);
    const first = `${given(random)} ${patronymic(random)}`;
    return {
      id: `p${i}`,
      surname: latin(last),
      given: first.split(' ').map(latin).join(' '),
      cyrillic: `${first} ${last}`,
      roles: [{ title: ROLES[Math.floor(random() * ROLES.length)], years: String(1917 + (i % 37)), affiliation: AFFILIATIONS[Math.floor(random() * AFFILIATIONS.length)] }],
    };
  });
}
