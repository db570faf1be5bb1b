// opis explain on the forms texts give terms in: an ordinary Russian word that shares its romanization with an
// entry's Latin name, Ukrainian forms, adjectives, English names written otherwise.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, Glossary, isReading, wordGloss, type GlossaryEntry } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string, using: Glossary = glossary) => explainTerm(using, written).map(e => e.term);

describe('opis explain: a Cyrillic word is an entry only as a form of the entry’s own Cyrillic', () => {
  it('reads охрана, the common noun (guard, protection), as no Okhrana, in any case, capitals or phrase', () => {
    for (const written of ['охрана', 'охраны', 'охрану', 'Охрана', 'ОХРАНА', 'охрана труда', 'вооружённая охрана', 'вооруженной охраны']) {
      assert.ok(!terms(written).includes('Okhrana'), written);
    }
  });

  it('reads охрана in the names of the bodies it is part of', () => {
    assert.deepEqual(terms('ОХРАНА МАТЕРИНСТВА И МЛАДЕНЧЕСТВА'), ['OMM']);
    assert.deepEqual(terms('охраны материнства и младенчества'), ['OMM']);
  });

  it('still finds the Okhrana by its own Cyrillic and its Latin name, and MOOP by its Russian name', () => {
    for (const written of ['охранка', 'охранки', 'Okhrana', 'okhranka']) assert.deepEqual(terms(written), ['Okhrana'], written);
    assert.deepEqual(terms('Министерства охраны общественного порядка'), ['MOOP']);
  });

  it('keeps case forms, a dropped vowel and a siglum or Latin form the entry writes with other Cyrillic', () => {
    assert.deepEqual(terms('колхоза'), ['kolkhoz']);
    assert.deepEqual(terms('трудодням'), ['trudoden’']);
    assert.deepEqual(terms('СНК'), ['Sovnarkom']);
    assert.deepEqual(terms('Наркомзему'), ['NKZem']);
  });

  it('holds for a workspace entry too: its own Cyrillic word decides', () => {
    const entry: GlossaryEntry = { term: 'Okhrana', kind: 'term', expansion: 'okhrannoe otdelenie', english: 'the tsarist secret police', cyrillic: 'охранка', aliases: ['okhranka'] };
    const small = new Glossary([entry]);
    assert.deepEqual(terms('охраны', small), []);
    assert.deepEqual(terms('охранкой', small), ['Okhrana']);
    assert.deepEqual(terms('охраны', new Glossary([{ ...entry, cyrillic: 'Охранное отделение' }])), ['Okhrana'], 'a phrase of Cyrillic is not compared');
  });
});

describe('opis explain: Ukrainian forms', () => {
  const kolkhoz: GlossaryEntry = { term: 'kolkhoz', kind: 'term', expansion: 'kollektivnoe khoziaistvo', english: 'collective farm', cyrillic: 'колхоз', aliases: ['kolhosp', 'колгосп'] };
  const small = new Glossary([kolkhoz]);

  it('romanizes a Ukrainian word by the Ukrainian table (г h, і i) and reads its Ukrainian case endings', () => {
    for (const written of ['колгоспів', 'колгоспам', 'Колгоспи', 'kolhosps']) assert.deepEqual(terms(written, small), ['kolkhoz'], written);
  });

  it('reads a Ukrainian form an entry gives in its other cases, with the vowel a genitive plural puts in', () => {
    for (const written of ['хлібозаготівель', 'хлібозаготівлями', 'хлібозаготівельна кампанія']) assert.deepEqual(terms(written), ['khlebozagotovki'], written);
  });

  it('finds the bundled entries by their Ukrainian forms, in Cyrillic and romanized in English prose', () => {
    for (const written of ['колгоспів', 'kolhosps', 'Kolhosp']) assert.deepEqual(terms(written), ['kolkhoz'], written);
    assert.deepEqual(terms('радгоспи'), ['sovkhoz']);
    assert.deepEqual(terms('НК РСІ'), ['Rabkrin']);
  });

  it('finds nothing for a Ukrainian word of another root', () => {
    assert.deepEqual(terms('городів', small), []);
  });
});

describe('opis explain: compounds and adjectives read by their parts, said to be inferred', () => {
  it('reads the local finance, supply and social-security bodies, the All-Union associations and the deliveries', () => {
    const read = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(read('райфо'), ['[inferred] district (raion) finance department']);
    assert.deepEqual(read('горсобеса'), ['[inferred] city social security']);
    assert.deepEqual(read('Союзпечати'), ['[inferred] All-Union association for press']);
    assert.deepEqual(read('хлебопоставок'), ['[inferred] grain deliveries']);
    assert.deepEqual(read('лесозаготовок'), ['[inferred] timber procurement']);
    assert.deepEqual(read('облпотребсоюза'), ['[inferred] regional (oblast’) union of consumer societies']);
    assert.deepEqual(read('культпросвет'), ['[inferred] cultural enlightenment (education)']);
    assert.deepEqual(read('госбезопасности'), ['[inferred] state security']);
    for (const word of ['запчасти', 'медаль', 'детство', 'агитатор', 'культура', 'союзом']) assert.deepEqual(explainTerm(glossary, word).filter(isReading), [], word);
  });

  it('reads a military or political -kom as the commissar it is, not a committee', () => {
    const read = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english.split(':')[0]}`);
    assert.deepEqual(read('военком'), ['military commissar']);
    assert.deepEqual(read('политкомы'), ['political commissar']);
    assert.deepEqual(read('райвоенкома'), ['[inferred] district (raion) military commissar']);
    assert.deepEqual(read('губвоенком'), ['[inferred] provincial (guberniia) military commissar']);
  });

  it('reads the worker and village correspondents (rab- + -kor, sel’- with its soft sign or without)', () => {
    const reading = (written: string) => {
      const [only, ...rest] = explainTerm(glossary, written);
      assert.equal(rest.length, 0, written);
      assert.ok(only && isReading(only), `${written} is read by its parts`);
      return only.parts.map(p => p.written);
    };
    assert.deepEqual(reading('рабкоры'), ['rab', 'kory']);
    assert.deepEqual(reading('selkors'), ['sel', 'kor']);
    assert.deepEqual(reading('sel’kor'), ['sel’', 'kor']);
    assert.deepEqual(reading('Рабселькоры'), ['rab', 'sel’', 'kory']);
    assert.deepEqual(reading('рабселькоровского'), ['rab', 'sel’', 'kor'], 'an adjective in -ovsk- read as its noun');
  });

  it('reads a union republic’s siglum and its krai committee by their parts', () => {
    const english = (written: string) => explainTerm(glossary, written).map(e => (isReading(e) ? `${e.english} (inferred)` : e.term));
    assert.deepEqual(english('KazSSR'), ['Kazakh Soviet Socialist Republic (inferred)']);
    assert.deepEqual(english('УзССР'), ['Uzbek Soviet Socialist Republic (inferred)']);
    assert.deepEqual(english('Kazkraikom'), [`Kazakh ${glossary.lookup('kraikom')?.english} (inferred)`]);
    assert.deepEqual(english('litkom'), [], 'lit- begins literaturnyi’s compounds too');
  });

  it('reads a word a suffix makes of a term as the term and the suffix: a member, a woman, a practice', () => {
    const read = (written: string) => {
      const [only, ...rest] = explainTerm(glossary, written);
      assert.equal(rest.length, 0, written);
      assert.ok(only && isReading(only), `${written} is read by its parts`);
      return [only.parts.map(p => p.entry?.term ?? p.word), only.english];
    };
    assert.deepEqual(read('комсомольцев'), [['Komsomol', '-ets'], `a member of ${glossary.lookup('Komsomol')?.english}`]);
    assert.deepEqual(read('komsomoltsy')[0], ['Komsomol', '-ets']);
    assert.deepEqual(read('колхозницы'), [['kolkhoznik', '-itsa'], `a woman ${glossary.lookup('kolkhoznik')?.english}`]);
    assert.deepEqual(read('ударничества')[0], ['udarnik', '-ichestvo']);
    for (const written of ['отцов', 'бойцы', 'купцы']) assert.deepEqual(terms(written), [], `${written}: no term before the suffix`);
    for (const written of ['Дворец', 'дворцов', 'Dvorets']) assert.deepEqual(terms(written), [], `${written}: a palace, no member of a household`);
  });

  it('reads neither Soviet as of a council nor ВО as a military district', () => {
    for (const written of ['Советский турист', 'советского государства', 'sovetskaia vlast’', 'Советский']) assert.ok(!terms(written).includes('sovet'), written);
    assert.deepEqual(terms('ВО Союзпушнина'), [], 'ВО is an All-Union association here');
    assert.deepEqual(terms('военного округа'), ['voennyi okrug']);
    assert.deepEqual(terms('сельсоветов'), ['sel’sovet']);
  });

  it('reads the commissariats’, ministries’ and chief administrations’ compounds by the body and the branch', () => {
    const read = (written: string) => {
      const [only, ...rest] = explainTerm(glossary, written);
      assert.equal(rest.length, 0, written);
      assert.ok(only && isReading(only), `${written} is read by its parts`);
      return [only.parts.map(p => p.written), only.english];
    };
    assert.deepEqual(read('Минтяжмаш'), [['min', 'tiazh', 'mash'], 'Ministry of heavy machine building']);
    assert.deepEqual(read('Минлегпрома'), [['min', 'leg', 'proma'], 'Ministry of light industry']);
    assert.deepEqual(read('Наркомчермета')[0], ['narkom', 'cher', 'meta']);
    assert.deepEqual(read('Главпромстрой')[0], ['glav', 'prom', 'stroi']);
    assert.deepEqual(read('Minzdrav')[0], ['min', 'zdrav']);
    assert.deepEqual(read('политорганов'), [['polit', 'organov'], 'political body (organ)']);
    assert.deepEqual(read('Минтруда'), [['min', 'truda'], 'Ministry of labour']);
    assert.deepEqual(read('погранотрядов'), [['pogran', 'otriadov'], 'border detachment']);
    for (const written of ['министр', 'минимум', 'торговля', 'промах']) assert.deepEqual(terms(written), [], written);
  });

  it('reads a noun declined as an adjective in its plural cases (уполномоченных)', () => {
    assert.deepEqual(terms('уполномоченных'), ['upolnomochennyi']);
    assert.deepEqual(terms('уполномоченными'), ['upolnomochennyi']);
  });

  it('reads a noun in -ie in its other cases (ускорения, оседания, оседанием)', () => {
    assert.deepEqual(terms('ускорения'), ['uskorenie']);
    assert.deepEqual(terms('оседания'), ['osedanie']);
    assert.deepEqual(terms('оседанием'), ['osedanie'], 'the instrumental in -iem');
  });

  it('reads a participle in -izirovannyi as the process in -izatsiia (коллективизированных, украинизированные)', () => {
    assert.deepEqual(terms('коллективизированных'), ['kollektivizatsiia']);
    assert.deepEqual(terms('коллективизированы'), ['kollektivizatsiia'], 'a short form');
    assert.deepEqual(terms('украинизированные'), ['ukrainizatsiia']);
    assert.deepEqual(terms('организованных'), [], 'no participle of a process the glossary holds');
  });

  it('reads two nouns joined by a hyphen as the entries each is (колхозников-отходников), not a compound adjective', () => {
    assert.deepEqual(terms('колхозников-отходников'), ['kolkhoznik', 'otkhodnik']);
    assert.deepEqual(terms('рабочих-стахановцев'), ['stakhanovets'], 'the one that is an entry');
    assert.deepEqual(terms('партийно-советских'), [], 'a first part in -o: a compound adjective');
  });

  it('reads the genitive plural of a noun in -ka, with the vowel put before its k (хлебозаготовок, разверсток)', () => {
    assert.deepEqual(terms('хлебозаготовок'), ['khlebozagotovki']);
    assert.deepEqual(terms('разверсток'), ['razverstka']);
  });

  it('reads the case forms of a plural an entry gives', () => {
    assert.deepEqual(terms('власовцев'), ['ROA']);
    assert.deepEqual(terms('дно'), [], 'no siglum of a common word is given as a form');
  });

  it('reads an adjective in -sk- as the entry of its noun', () => {
    assert.deepEqual(terms('комсомольской'), ['Komsomol']);
    assert.deepEqual(terms('колхозная'), ['kolkhoz']);
  });
});

describe('opis explain: English names as texts write them', () => {
  it('reads a hyphen as a space and an ordinal before the name', () => {
    for (const written of ['Five Year Plan', 'first Five-Year Plan', 'the second five year plan', '2nd Five-Year Plan']) assert.deepEqual(terms(written), ['piatiletka'], written);
  });

  it('reads a gloss’s name without its article or the clause after it, and labor as labour', () => {
    assert.deepEqual(terms('state farms'), ['sovkhoz']);
    assert.deepEqual(terms('shock workers'), ['udarnik']);
    assert.deepEqual(terms('corrective labor camps'), ['ITL']);
  });

  it('gives every entry an English name of several words is the gloss of (special settlers in two periods)', () => {
    assert.deepEqual(terms('special settlers'), ['spetspereselenets', 'spetsposelenets']);
  });

  it('reads an article of a code by its number', () => {
    assert.deepEqual(terms('article 70'), ['stat’ia 70']);
    assert.deepEqual(terms('Article 58'), ['stat’ia 58']);
    assert.deepEqual(terms('article 12'), []);
  });

  it('reads a process in -ization that a gloss names before saying more of it', () => {
    assert.deepEqual(terms('collectivization'), ['kollektivizatsiia']);
    assert.deepEqual(terms('Collectivisation'), ['kollektivizatsiia']);
    assert.deepEqual(terms('department'), [], 'a head that names no one entry');
  });
});

describe('opis explain: a name of several words in another case', () => {
  it('takes two words for forms of one only where what differs is an ending (organizatsii is not organizator)', () => {
    assert.deepEqual(
      explainTerm(glossary, 'партийных организаций').map(e => e.english),
      ['party organization (the name translated word by word, not a glossary entry)'],
      'a party organisation is no partorg',
    );
    assert.ok(!terms('комсомольских организаций').includes('komsorg'), 'nor a Komsomol organisation a komsorg');
    assert.deepEqual(terms('Совета Министров СССР'), ['Sovmin']);
    assert.deepEqual(terms('машинно-тракторные станции'), ['MTS']);
    assert.deepEqual(terms('отделах народного образования'), ['ONO']);
    assert.deepEqual(terms('профессионально-технического образования'), ['PTU'], 'an adjective’s Cyrillic -ого against -ое');
    assert.deepEqual(terms('сплошной коллективизацией'), ['sploshnaia kollektivizatsiia'], 'romanized -oi against -aia');
  });

  it('reads a siglum in capitals as no abbreviation whose dot was left off (СМ is the Council of Ministers, no см.)', () => {
    assert.deepEqual(terms('СМ СССР'), ['Sovmin', 'SSSR']);
    assert.deepEqual(terms('см'), ['sm.']);
    assert.deepEqual(terms('ll'), ['ll.']);
  });

  it('reads a name without the words its entry gives in parentheses (oblastnoi komitet (partii))', () => {
    assert.deepEqual(terms('областные комитеты ВЛКСМ'), ['Obkom', 'Komsomol']);
    assert.deepEqual(terms('районного комитета'), ['raikom']);
    assert.deepEqual(terms('oblastnoi komitet partii'), ['Obkom']);
  });

  it('finds a name of several words in another case inside a longer phrase', () => {
    assert.deepEqual(terms('Управления пропаганды и агитации ЦК ВКП(б)'), ['Agitprop', 'TsK', 'VKP(b)']);
    assert.deepEqual(terms('председатель Совета Министров СССР'), ['председатель', 'Sovmin'], 'the official translated beside it');
  });

  it('names a commissar of a field by the commissariat he heads', () => {
    assert.deepEqual(terms('народного комиссара обороны СССР'), ['NKO']);
  });
});

describe('opis explain: a union republic’s communist party', () => {
  it('reads the party and the republic by their parts, said to be inferred, in either script and in a phrase', () => {
    const read = (written: string) =>
      explainTerm(glossary, written).map(e => (isReading(e) ? `${e.parts.map(p => p.english).join(' + ')} (inferred)` : e.term));
    assert.deepEqual(read('ЦК Компартии Узбекистана'), ['TsK', 'Communist Party + Uzbekistan (inferred)']);
    assert.deepEqual(read('Коммунистической партии Литвы'), ['Communist Party + Lithuania (inferred)']);
    assert.deepEqual(read('KP(b) Gruzii'), ['Communist Party + Georgia (inferred)']);
    assert.deepEqual(read('Communist Party of Armenia'), ['Communist Party + Armenia (inferred)']);
    assert.deepEqual(read('Georgian Communist Party'), ['Communist Party + Georgia (inferred)'], 'the republic first, in English');
    assert.deepEqual(read('the Uzbekistan Communist Party'), ['Communist Party + Uzbekistan (inferred)']);
  });

  it('gives the entry where the glossary has that party', () => {
    assert.deepEqual(terms('Компартии Казахстана'), ['KP(b)K']);
    assert.deepEqual(terms('ЦК КП Украины'), ['TsK', 'KP(b)U']);
    assert.deepEqual(terms('Компартия'), []);
  });
});

describe('opis explain: sigla written otherwise', () => {
  it('reads a siglum with a dot after each letter as the siglum', () => {
    assert.deepEqual(terms('R.S.F.S.R.'), ['RSFSR']);
    assert.deepEqual(terms('Ц.К.'), ['TsK']);
    assert.deepEqual(terms('i t. d.'), ['i t. d.'], 'an abbreviation of words keeps its dots');
  });

  it('reads НК and a field the glossary has no entry for as a people’s commissariat, inferred, the field untranslated', () => {
    const [reading, ...rest] = explainTerm(glossary, 'НКТруда');
    assert.equal(rest.length, 0);
    assert.ok(reading && isReading(reading));
    assert.equal(reading.expansion, 'narodnyi komissariat truda');
    assert.deepEqual(terms('НКЗдрава'), ['Narkomzdrav'], 'an entry where there is one');
  });
});

describe('opis explain: a state body named in full', () => {
  it('reads a ministry, commissariat, state committee or main administration by its kind, inferred, the field untranslated', () => {
    const read = (written: string) => explainTerm(glossary, written).map(e => (isReading(e) ? `${e.expansion} (inferred)` : e.term));
    assert.deepEqual(read('Министерство авиационной промышленности'), ['ministerstvo aviatsionnoi promyshlennosti (inferred)']);
    assert.deepEqual(read('Государственный комитет по оборонной технике'), ['gosudarstvennyi komitet po oboronnoi tekhnike (inferred)']);
    assert.deepEqual(read('Главного управления РККА'), ['glavnoe upravlenie RKKA (inferred)', 'RKKA'], 'with the entries its field names');
  });

  it('translates the field word by word, said to be so, where every word of it is a known one', () => {
    const english = (written: string) => explainTerm(glossary, written).map(e => e.english);
    assert.deepEqual(english('Министерство авиационной промышленности'), ['Ministry of aviation industry (the field translated word by word)']);
    assert.deepEqual(english('Государственный комитет по оборонной технике'), ['State Committee for defence technology (the field translated word by word)']);
    assert.deepEqual(english('Министерство промышленности средств связи'), ['Ministry of industry of means of communications (the field translated word by word)']);
    assert.deepEqual(english('Министерство электропромышленности'), ['Ministry of electrical industry (the field translated word by word)']);
    assert.deepEqual(english('НКТруда'), ['People’s Commissariat of labour (the field translated word by word)']);
    assert.equal(english('Министерство вооружения СССР')[0], 'Ministry of armament of the USSR (the field translated word by word)');
    assert.equal(english('Министерство путей сообщения')[0], 'Ministry of railways (ways of communication) (the field translated word by word)');
    assert.equal(english('Главного управления РККА')[0], 'Main Administration of RKKA (the field as written, untranslated)', 'a siglum is no field word');
    assert.equal(english('наркомом танковой промышленности')[0], 'People’s Commissar of tank industry (the field translated word by word)', 'the head of a body');
    assert.equal(english('министра иностранных дел СССР')[0], 'Minister of foreign affairs of the USSR (the field translated word by word)');
    assert.equal(english('Министерства земледелия и заготовок')[0], 'Ministry of agriculture and procurement (the field translated word by word)');
  });

  it('reads an administration or a department with a field of common words, not before a body’s siglum', () => {
    const english = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(english('Управление специальных институтов'), ['[inferred] Administration of special institutes (the field translated word by word)']);
    assert.deepEqual(english('отдела кадров'), ['[inferred] Department of cadres (the field translated word by word)']);
    assert.deepEqual(terms('Управление НКВД по Ленинградской области'), ['UNKVD', 'oblast’']);
    assert.deepEqual(english('Отдел науки ЦК КПСС'), ['[inferred] Department of science (the field translated word by word)', 'Central Committee', explainTerm(glossary, 'KPSS')[0].english], 'with the body it belongs to');
    assert.deepEqual(terms('Управления пропаганды и агитации ЦК ВКП(б)'), ['Agitprop', 'TsK', 'VKP(b)']);
    assert.deepEqual(terms('Управление'), []);
  });

  it('gives the entry where the glossary has the body', () => {
    assert.deepEqual(terms('Министерство внутренних дел'), ['MVD']);
    assert.deepEqual(terms('Главное управление лагерей'), ['Gulag']);
    assert.deepEqual(terms('Министерство'), []);
  });
});

describe('opis explain: a term in another romanization than the glossary’s, and in more case endings', () => {
  it('reads ISO 9, the scholarly system, BGN/PCGN and popular forms as the LC term they spell', () => {
    const cases: [string, string][] = [
      ['kolhoz', 'kolkhoz'],
      ['kolhozy', 'kolkhoz'],
      ['Ždanovščina', 'zhdanovshchina'],
      ['čistka', 'chistka'],
      ['raskulačivanie', 'raskulachivanie'],
      ['kollektivizacija', 'kollektivizatsiia'],
      ['kollektivizatsiya', 'kollektivizatsiia'],
      ['rajkom', 'raikom'],
      ['Politbyuro', 'Politbiuro'],
      ['specpereselency', 'spetspereselenets'],
      ['s”yezd', 's’’ezd'],
    ];
    for (const [written, term] of cases) assert.deepEqual(terms(written), [term], written);
    assert.deepEqual(terms('CK VKP(b)'), ['TsK', 'VKP(b)'], 'ISO 9 sigla in a phrase');
  });

  it('leaves English words and Cyrillic as they are', () => {
    assert.deepEqual(terms('Commissariat of Enlightenment'), ['Narkompros']);
    assert.deepEqual(terms('Vetlugales'), []);
  });

  it('reads the dative plural and the plural instrumental of a soft noun', () => {
    for (const written of ['raikomam', 'райкомам']) assert.deepEqual(terms(written), ['raikom'], written);
    assert.deepEqual(terms('obkomam'), ['Obkom']);
    for (const written of ['trudodniami', 'трудоднями', 'trudodnyami']) assert.deepEqual(terms(written), ['trudoden’'], written);
  });
});

describe('opis explain: a deputy, the deputy of an official or of a body’s head, inferred', () => {
  const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);

  it('reads zam- before an official’s title, whole or cut short, and the body he heads', () => {
    assert.deepEqual(said('замнаркома'), ['[inferred] deputy People’s Commissar']);
    assert.deepEqual(said('замминистра'), ['[inferred] deputy Minister']);
    assert.deepEqual(said('зампред'), ['[inferred] deputy chairman']);
    assert.deepEqual(said('замначальника'), ['[inferred] deputy head']);
    assert.match(said('зампредсовнаркома')[0], /^\[inferred\] deputy chairman of Council of People’s Commissars/);
  });

  it('reads zam- before a body as the deputy of its head, never a deputy body', () => {
    for (const written of ['замнаркомзема', 'zamnarkomzema']) assert.equal(said(written)[0], '[inferred] deputy head of People’s Commissariat of Agriculture', written);
  });

  it('reads заместитель before an official or a body in a phrase, then what follows', () => {
    assert.deepEqual(said('заместитель министра земледелия'), [
      '[inferred] deputy Minister of agriculture (the field translated word by word)',
      '[inferred] Minister of agriculture (the field translated word by word)',
    ]);
    assert.deepEqual(said('заместителем секретаря обкома'), ['[inferred] deputy secretary of regional party committee', 'regional party committee']);
    assert.deepEqual(said('заместитель начальника ГУЛАГа'), ['[inferred] deputy head of Main Administration of Camps', 'Main Administration of Camps']);
  });

  it('leaves words that only begin with зам and an entry for a deputy as they are', () => {
    for (const written of ['замок', 'заметки', 'Замоскворечье', 'замена', 'заместитель']) assert.deepEqual(said(written), [], written);
    assert.deepEqual(terms('замполит'), ['zampolit']);
  });
});

describe('opis explain: the capitals’ bodies by their parts', () => {
  it('reads Mos- and Len- as Moscow and Leningrad before a body, inferred, and leaves the words they begin', () => {
    const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.match(said('Мосгорисполкома')[0], /^\[inferred\] Moscow .*city soviet/);
    assert.match(said('Lenoblispolkom')[0], /^\[inferred\] Leningrad regional executive committee/);
    assert.match(said('Ленсовета')[0], /^\[inferred\] Leningrad soviet/);
    for (const written of ['Ленин', 'Ленинград', 'мостом']) assert.deepEqual(said(written), [], written);
  });

  it('reads rev- as revolutionary and -vnudel as internal affairs', () => {
    const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(said('ревкома'), ['[inferred] revolutionary committee']);
    assert.deepEqual(said('ревтрибунала'), ['[inferred] revolutionary tribunal']);
    assert.deepEqual(said('Наркомвнудела'), ['[inferred] People’s Commissariat of internal affairs']);
    assert.deepEqual(terms('Revvoensovet'), ['Revvoensovet']);
    assert.deepEqual(said('ревизии'), []);
    assert.deepEqual(said('Стройуправления'), ['[inferred] construction administration']);
    assert.deepEqual(said('партсобрания'), ['[inferred] party meeting']);
    assert.deepEqual(said('погранвойск'), ['[inferred] border troops']);
    assert.deepEqual(said('сельхозналога'), ['[inferred] agricultural tax']);
    assert.deepEqual(said('госзайма'), ['[inferred] state loan']);
    assert.deepEqual(said('Промбанк'), ['[inferred] industrial bank']);
    assert.deepEqual(terms('Госбанк'), ['Gosbank'], 'an entry first');
    for (const written of ['банк', 'актив']) assert.deepEqual(said(written), [], `${written}: a head alone is no compound`);
  });
});

describe('opis explain: adjectives of terms, compound adjectives and the camps’ names', () => {
  it('reads an adjective in -atsk- by its noun in -ak and one in -ovsk- by its member in -ovets', () => {
    assert.deepEqual(terms('кулацких хозяйств'), ['kulak']);
    assert.deepEqual(terms('батрацкой'), ['batrak']);
    assert.deepEqual(terms('стахановского движения'), ['stakhanovets']);
    assert.deepEqual(terms('спецпоселенческой'), ['spetsposelenets'], 'one in -chesk- by its noun in -ets');
    assert.deepEqual(terms('охранной'), [], 'still no Okhrana');
  });

  it('reads a compound adjective only where both its parts are terms', () => {
    assert.deepEqual(terms('колхозно-совхозного'), ['kolkhoz', 'sovkhoz']);
    assert.deepEqual(terms('партийно-советских'), []);
  });

  it('reads a capitalised first part and -lag as a camp by its name, inferred, and no common word', () => {
    const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(said('Берлага'), ['[inferred] Berlag: a corrective labour camp of the Gulag, by its name']);
    assert.deepEqual(said('Норильлага'), ['[inferred] Noril’lag: a corrective labour camp of the Gulag, by its name']);
    assert.deepEqual(said('Dmitlag'), ['[inferred] Dmitlag: a corrective labour camp of the Gulag, by its name']);
    assert.deepEqual(terms('Сиблага'), ['Siblag'], 'an entry first');
    for (const written of ['Архипелага', 'Флаг', 'флага']) assert.deepEqual(said(written), [], written);
  });
});

describe('the romanized-word hover’s gloss (wordGloss)', () => {
  it('finds a word’s entry as explain does, in any form and romanization, and no reading by parts', () => {
    assert.equal(wordGloss(glossary, 'kolhozy')?.term, 'kolkhoz');
    assert.equal(wordGloss(glossary, 'raikomam')?.term, 'raikom');
    assert.equal(wordGloss(glossary, 'kulatskikh')?.term, 'kulak');
    assert.equal(wordGloss(glossary, 'okrispolkoma'), undefined, 'a compound read by its parts is no entry');
  });
});

describe('opis explain: the words of official papers beside a term in a phrase', () => {
  const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);

  it('translates them, said to be, beside the terms the phrase holds', () => {
    assert.deepEqual(said('Постановление Совмина СССР').slice(0, 2), [
      '[inferred] resolution (the word translated, not a glossary entry)',
      'Council of Ministers (the government from 1946)',
    ]);
    assert.deepEqual(terms('докладная записка НКВД'), ['докладная', 'записка', 'NKVD']);
    assert.deepEqual(terms('протокол заседания Политбюро'), ['протокол', 'заседания', 'Politbiuro']);
  });

  it('translates an official named by the body he serves in the genitive', () => {
    assert.deepEqual(said('секретаря райкома'), ['[inferred] secretary (the word translated, not a glossary entry)', 'district party committee']);
    assert.deepEqual(terms("sekretar' obkoma"), ["sekretar'", 'Obkom']);
    assert.deepEqual(terms('начальник УНКВД'), ['начальник', 'UNKVD']);
    assert.deepEqual(terms('члены Политбюро'), ['члены', 'Politbiuro']);
    assert.deepEqual(terms('первый секретарь'), ['pervyi sekretar’'], 'an entry first');
  });

  it('explains no phrase of such words alone, nor a longer word they begin', () => {
    for (const written of ['решение', 'протокол заседания', 'планирование', 'секретарь', 'редактор газеты', 'секретарских']) assert.deepEqual(said(written), [], written);
  });
});

describe('a compound abbreviation joined by a hyphen (с.-х., ж.-д.)', () => {
  it('is no abbreviation its parts spell alone (с. page, д. file), in text or asked', () => {
    assert.deepEqual(glossary.findAll('с.-х. артели и ж.-д. станции'), []);
    assert.deepEqual(terms('с.-х.'), []);
    assert.deepEqual(glossary.findAll('Там же, с. 5; op. 2, d. 5, ll. 12ob.-14').map(m => m.entry.term), ['Ibid.', 's.', 'op.', 'd.', 'll.']);
  });
});

describe('opis explain: a body with its number or with a republic’s siglum', () => {
  const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.term}: ${e.english.split(/[:,]/u)[0]}`);

  it('reads a body written with its number as the body, not a letter as an abbreviation', () => {
    assert.deepEqual(terms('Конструкторское бюро № 11'), ['KB']);
    assert.deepEqual(terms('лагпункт № 3'), ['lagpunkt']);
    assert.deepEqual(terms('НИИ-88'), ['NII']);
    for (const written of ['Т-34', 'Ил-2', 'Lag No. 7']) assert.deepEqual(terms(written), [], written);
  });

  it('reads the code name of a closed town of the nuclear industry as that town, with its name today, inferred', () => {
    assert.deepEqual(said('Челябинск-40'), ['[inferred] Челябинск-40: a closed town (ZATO) known by a city’s name and a number']);
    const [town] = explainTerm(glossary, 'Arzamas-16');
    assert.ok(town && isReading(town) && town.parts[1].entry?.term === 'ZATO');
    assert.match(town.english, /today Sarov \(Саров\)/u);
    for (const written of ['Chelyabinsk-65', 'Cheliabinsk-70', 'Tomsk-7']) assert.equal(explainTerm(glossary, written).length, 1, written);
  });

  it('reads no other city’s name and number as a closed town: a station, a spacecraft, a car', () => {
    for (const written of ['Москва-1', 'Курск-2', 'Восток-1', 'Союз-11', 'Салют-7', 'Волга-3', 'Челябинск-1']) assert.deepEqual(said(written), [], written);
  });

  it('reads a union body’s siglum with a republic’s as that republic’s body, inferred', () => {
    assert.deepEqual(said('АН УССР'), ['[inferred] АН УССР: Academy of Sciences of the Ukrainian Soviet Socialist Republic (the union body’s name with the republic’s)']);
    assert.deepEqual(said('ЦИК БССР'), ['[inferred] ЦИК БССР: the Central Executive Committee of the Belorussian Soviet Socialist Republic (the union body’s name with the republic’s)']);
    assert.deepEqual(said('AN KazSSR'), ['[inferred] AN KazSSR: Academy of Sciences of the Kazakh Soviet Socialist Republic (the union body’s name with the republic’s)']);
    assert.deepEqual(terms('АН СССР'), ['AN SSSR']);
    assert.deepEqual(terms('НКВД УССР'), ['NKVD', 'UkrSSR'], 'a body whose entry names no state');
  });
});

describe('opis explain: a name of common words the glossary lacks, translated word by word', () => {
  const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);

  it('translates every word, adjectives before their noun, said to be, in any case', () => {
    assert.deepEqual(said('добровольного общества'), ['[inferred] voluntary society (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(said('научно-технических обществ'), ['[inferred] scientific-technical society (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(said('служителей культа'), ['[inferred] ministers (servants) of cult (worship) (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(said('средней школы'), ['[inferred] secondary school (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(said('sportivnogo obshchestva'), ['[inferred] sport society (the name translated word by word, not a glossary entry)'], 'romanized');
    assert.deepEqual(said('агентурно-осведомительной сети'), ['[inferred] agent-informer network (the name translated word by word, not a glossary entry)']);
  });

  it('translates the names of unions and schools by the people they are for', () => {
    assert.deepEqual(said('Союз журналистов'), ['[inferred] union of journalists (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(said('школы рабочей молодежи'), ['[inferred] school of workers’ youth (the name translated word by word, not a glossary entry)']);
  });

  it('gives the entry where the glossary has the name, and translates no phrase with a word it does not know', () => {
    assert.deepEqual(terms('производственные совещания'), ['proizvodstvennye soveshchaniia']);
    for (const written of ['протокол заседания', 'Курской области', 'религиозных', 'voluntary sport societies', 'bank front', 'религиозных объединений 1929 г.']) {
      assert.ok(!said(written).some(english => english.includes('translated word by word')), written);
    }
  });
});

describe('opis explain: a union republic named by its adjective and SSR', () => {
  it('gives the republic’s entry where the glossary has one, else reads it by its parts, inferred', () => {
    assert.deepEqual(terms('Украинской ССР'), ['UkrSSR']);
    assert.deepEqual(terms('Белорусской ССР'), ['BSSR']);
    const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(said('Казахской ССР'), ['[inferred] Kazakh Soviet Socialist Republic']);
    assert.deepEqual(said('Uzbekskoi SSR'), ['[inferred] Uzbek Soviet Socialist Republic']);
    assert.deepEqual(terms('НКВД Грузинской ССР'), ['NKVD', 'Грузинской ССР']);
    assert.deepEqual(terms('Казахской'), [], 'an adjective alone');
  });

  it('reads the English adjective and SSR, also with dots, as English prose writes them', () => {
    const said = (written: string) => explainTerm(glossary, written).map(e => `${isReading(e) ? '[inferred] ' : ''}${e.english}`);
    assert.deepEqual(said('Uzbek S.S.R.'), ['[inferred] Uzbek Soviet Socialist Republic']);
    assert.deepEqual(said('Georgian SSR'), ['[inferred] Georgian Soviet Socialist Republic']);
    assert.deepEqual(terms('Ukrainian S.S.R.'), ['UkrSSR']);
    assert.deepEqual(terms('Uzbek'), []);
  });
});
