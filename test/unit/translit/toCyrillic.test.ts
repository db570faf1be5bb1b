import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ambiguousInText, Lexicon, romanize, toCyrillic } from '../../../src/core/translit';
import { corpusLexicon } from './helpers';

describe('toCyrillic', () => {
  const cases: Array<[string, string, string]> = [
    ['the issue’s examples', 'Politbiuro oblast’ s’’ezd Beriia Ezhov', 'Политбюро область съезд Берия Ежов'],
    ['ts is ц, but т+с before к and т', 'Tsentr sovetskii bogatstvo', 'Центр советский богатство'],
    ['word-initial e is е, but э in borrowed stems and pronouns', 'Ekaterinburg ekonomicheskii eto Evoliutsiia', 'Екатеринбург экономический это Эволюция'],
    ['-ii is ий in adjectives and names, ии in nouns', 'Rossiiskii Evgenii Nizhnii partii Istorii organizatsii', 'Российский Евгений Нижний партии Истории организации'],
    ['-nii after a prepositional preposition is -нии', 'o sostoianii protokoly zasedanii', 'о состоянии протоколы заседаний'],
    ['ia is я, but ия after i and иа in -ial- stems', 'Iagoda sentiabr’ Beriia materialy sotsial’nyi', 'Ягода сентябрь Берия материалы социальный'],
    ['i after a vowel is й', 'raion voina Sergei khoziaistvennyi', 'район война Сергей хозяйственный'],
    ['ASCII apostrophes and modifier letters are signs too', "s''ezd oblast' Tverʹ", 'съезд область Тверь'],
    ['acronyms spell letters; Roman numerals stay', 'TsK VKP(b) XII s’’ezd', 'ЦК ВКП(б) XII съезд'],
    ['capitals are kept per letter', 'NKVD Obkom OGPU', 'НКВД Обком ОГПУ'],
    ['text that is not a word is kept', '15-18 dekabria 1938 g., ll. 30, 34', '15-18 декабря 1938 г., лл. 30, 34'],
  ];
  for (const [what, latin, cyrillic] of cases) {
    it(what, () => assert.equal(toCyrillic(latin), cyrillic));
  }

  it('prefers the lexicon: whole words and stems', () => {
    const lexicon = new Lexicon([
      { latin: 'Andrianov', cyrillic: 'Андрианов' },
      { latin: 'moise', cyrillic: 'моисе', match: 'stem' },
    ]);
    assert.equal(toCyrillic('Andrianov', lexicon), 'Андрианов');
    assert.equal(toCyrillic('Lazar Moiseevich', lexicon), 'Лазарь Моисеевич'); // Lazar: a given name
    assert.equal(toCyrillic('Andrianov'), 'Андрянов'); // what the rules alone would give
  });

  it('gets the corpus officials right, in any of their known spellings', () => {
    const lexicon = corpusLexicon();
    assert.equal(toCyrillic('Lazar’ Moiseevich Kaganovich, Yezhov, Beria, Andrianov', lexicon), 'Лазарь Моисеевич Каганович, Ежов, Берия, Андрианов');
  });

  it('round-trips Cyrillic through LC for words the rules settle', () => {
    const words = ['Политбюро', 'область', 'съезд', 'Берия', 'Ежов', 'Орджоникидзе', 'советский', 'организация', 'партийный',
      'Российский', 'экономический', 'район', 'Центральный', 'хозяйственный', 'расчет', 'вредительство', 'Свердловск', 'Мрачковский',
      'щука', 'июля', 'деятельности', 'Уфимцев', 'Чубарь', 'Зиновьев'];
    for (const word of words) assert.equal(toCyrillic(romanize(word, 'lc')), word, word);
  });
});

describe('toCyrillic: endings, acronyms and other spellings', () => {
  const lexicon = corpusLexicon();
  const cases: Array<[string, string, string]> = [
    ['a lexicon word keeps its case ending', 'raionakh Plenuma obkomom sovnarkhozy kraia oblasti oblast’iu', 'районах Пленума обкомом совнархозы края области областью'],
    ['acronyms keep their case letter by letter', 'TsK NKFin KPSS', 'ЦК НКФин КПСС'],
    ['BGN/PCGN and popular spellings', 'Yezhov Yevgeniya Vyacheslav Fyodor Seryozha Nikolay Tolstoy Dmitriy', 'Ежов Евгения Вячеслав Фёдор Серёжа Николай Толстой Дмитрий'],
    ['-ye after a vowel, -yev after a consonant, -ye as LC', 'Dostoyevsky Andreyev Solovyev Lichnye', 'Достоевский Андреев Соловьев Личные'],
    ['ALA-LC diacritics and ties', 'Mikhaĭlovich Ėrenburg t͡sentr Tverʹ', 'Михайлович Эренбург центр Тверь'],
    ['straight-quote signs', 's"ezd s\'\'ezd oblast\'', 'съезд съезд область'],
    ['a closing double quote inside a word is the hard sign', 'ob”iatiia s”ezd', 'объятия съезд'],
    ['letters no romanization has leave the word as written', 'Rákosi Gömbös', 'Rákosi Gömbös'],
    ['a spelling no Russian word can have is left as written', 'O’Neill yy Aĭy', 'O’Neill yy Aĭy'],
    ['a closing quote is no sign', '‘Pravda’, ‘Sovnarkom’ i oblast’', '‘Правда’, ‘Совнарком’ и область'],
    ['given names and patronymics in any spelling', 'Pyotr Piotr Petr Yury Iurii Vasily Olga Kiril Alexei Lavrenti Fyodorovich', 'Пётр Пётр Петр Юрий Юрий Василий Ольга Кирилл Алексей Лаврентий Фёдорович'],
    ['a name with -ov or -ev is a surname, not a case form', 'Lazarev Mikhailov Lazaria Ivana Ivanna Kiril', 'Лазарев Михайлов Лазаря Ивана Иванна Кирилл'],
    ['an ending never splits LC ia', 'Istoriia Istorii', 'История Истории'],
    ['ts+k is ц unless -sk- ends an adjective or a town', 'Meretskov Uritskogo sovetskii Bratsk Irkutskom', 'Мерецков Уритского советский Братск Иркутском'],
    ['ae is ае but in aero-', 'Nikolaev Gulyaev aeroport', 'Николаев Гуляев аэропорт'],
    ['л before ск and ц is ль', 'Norilsk Olsky Ogoltsov Ural’skii Kol’tsov Volkov', 'Норильск Ольский Огольцов Уральский Кольцов Волков'],
    ['the prefix ne- before iz-, is- keeps и', 'neizvestnye neispravnost’ neitral’nyi', 'неизвестные неисправность нейтральный'],
    ['popular -y after a consonant in a popular spelling is -ый', 'Budyonny Protokoly', 'Будённый Протоколы'],
    ['a lone V or I opens a title before a word in lower case; else a numeral', 'V odnoi gazete; Chast’ V; I drugie', 'В одной газете; Часть V; И другие'],
    ['a possessive ’s stays English; dj is дж; a letter no rule reads leaves the word as written', 'Stalin’s Djugashvili Ehrenburg', 'Сталин’s Джугашвили Ehrenburg'],
    ['the suffixes -nost’ and -tel’ keep the sign a spelling drops; -ologii is a noun’s', 'Sovremennost lichnost pisatel stroitel khotel most ideologii Georgii', 'Современность личность писатель строитель хотел мост идеологии Георгий'],
    ['popular x is кс; л before р is ль', 'Alexandrovna Maxim Ulrikh', 'Александровна Максим Ульрих'],
    ['a known word whose sign the spelling drops takes it', 'Ded, Otets, Mat i Drugie; reportazhi i stati; Kreml', 'Дед, Отец, Мать и Другие; репортажи и статьи; Кремль'],
  ];
  for (const [what, latin, cyrillic] of cases) {
    it(what, () => assert.equal(toCyrillic(latin, lexicon), cyrillic));
  }

  it('names the words whose spelling allows another reading, with it: final -ii but not after k or l, i between a vowel and a consonant in a name; given names and English left out', () => {
    const found = ambiguousInText('The Protokoly partii o sostoianii, sovetskii, Vasilii and Arkadii met Mikhail Zaitsev in the raion and the Politbiuro.');
    assert.deepEqual(
      found.map(w => [w.word, w.cyrillic, w.alternatives]),
      [['partii', 'партии', ['партий']], ['sostoianii', 'состоянии', ['состояний']], ['Zaitsev', 'Зайцев', ['Заицев']]],
    );
    assert.deepEqual(ambiguousInText('Kondratiev').map(w => [w.cyrillic, w.alternatives]), [['Кондратиев', ['Кондратьев']]]);
    // oe inside a name (Михоэлс or Михоелс), a sign a known word takes (Мать or Мат), a known -ii in lower case.
    const known = new Lexicon([{ latin: 'mat’', cyrillic: 'мать' }, { latin: 'organizatsii', cyrillic: 'организаций' }, { latin: 'sovetskii', cyrillic: 'советский' }]);
    assert.deepEqual(ambiguousInText('Mikhoels; Mat i drugie; obshchestvennykh organizatsii; sovetskii', { lexicon: known }).map(w => [w.cyrillic, w.alternatives]),
      [['Михоелс', ['Михоэлс']], ['Мать', ['Мат']], ['организаций', ['организации']]]);
    assert.deepEqual(ambiguousInText('Политбюро and the raion'), []);
  });

  it('never writes ы, ь or ъ where Russian cannot have them', () => {
    const out = toCyrillic('Yevgeniya Yakovlevich Yuriy Maya Nikolay Dostoyevsky Tolstoy Sergey Yelena Ilʹya', lexicon);
    assert.doesNotMatch(out, /(?:^|\s|[аеёиоуыэюя])[ыьъ]/iu, out);
  });

  const table = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/translit/romanized-words.json'), 'utf8')) as {
    cases: Array<{ latin: string; cyrillic: string; now?: string }>;
  };
  const exact = table.cases.filter(c => c.now === undefined).length;
  describe(`published romanized words: ${exact} of ${table.cases.length} converted exactly`, () => {
    for (const c of table.cases) {
      it(`${c.latin} → ${c.now ?? c.cyrillic}${c.now ? ` (should be ${c.cyrillic})` : ''}`, () => assert.equal(toCyrillic(c.latin), c.now ?? c.cyrillic));
    }
  });
});
