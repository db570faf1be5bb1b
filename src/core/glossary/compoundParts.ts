// The parts Soviet compound words are made of, for reading a compound the glossary does not hold by its parts
// (okrispolkom: okr- + ispolkom; kraizu: krai- + ZU; Glavspetstsvetmet: glav- + spets- + tsvetmet). Such words are
// formed from the beginnings of words, or from a beginning and a whole word (Great Soviet Encyclopedia, 3rd ed.,
// “Abbreviations, Words Compounded of”: mestkom, gorono, komroty, Gosplan; https://encyclopedia2.thefreedictionary.com/Abbreviations,+Words+Compounded+of).
// Forms are Library of Congress romanizations, in lower case, with ’ for the soft sign.

export interface CompoundPart {
  /** The part as compounds write it. */
  part: string;
  /** The word (or words) it stands for, romanized, and in Cyrillic. */
  word: string;
  cyrillic: string;
  english: string;
}

/** A part that ends a compound: the noun it is a kind of, with the stems its case forms keep. */
export interface CompoundHead extends CompoundPart {
  stems: string[];
}

const first = (part: string, word: string, cyrillic: string, english: string): CompoundPart => ({ part, word, cyrillic, english });
const head = (part: string, word: string, cyrillic: string, english: string, stems: string[] = [part]): CompoundHead => ({ part, word, cyrillic, english, stems });

/** Parts that begin a compound (an adjective or a noun in the genitive, cut short), longest first where one starts another. */
export const FIRST_PARTS: readonly CompoundPart[] = [
  first('glav', 'glavnoe upravlenie', 'главное управление', 'chief administration of'),
  first('spets', 'spetsial’nyi', 'специальный', 'special'),
  first('trud', 'trudovoi', 'трудовой', 'labour'),
  first('polit', 'politicheskii', 'политический', 'political'),
  first('part', 'partiinyi', 'партийный', 'party'),
  first('prof', 'profsoiuznyi', 'профсоюзный', 'trade-union'),
  first('rab', 'rabochii', 'рабочий', 'workers’'),
  first('obl', 'oblastnoi', 'областной', 'regional (oblast’)'),
  first('krai', 'kraevoi', 'краевой', 'territorial (krai)'),
  first('rai', 'raionnyi', 'районный', 'district (raion)'),
  first('okr', 'okruzhnoi', 'окружной', 'okrug (district of the 1920s)'),
  first('gor', 'gorodskoi', 'городской', 'city'),
  first('gub', 'gubernskii', 'губернский', 'provincial (guberniia)'),
  first('uezd', 'uezdnyi', 'уездный', 'county (uezd)'),
  first('vol', 'volostnoi', 'волостной', 'rural-district (volost’)'),
  first('sel’khoz', 'sel’skokhoziaistvennyi', 'сельскохозяйственный', 'agricultural'),
  first('sel’', 'sel’skii', 'сельский', 'village'),
  first('zem', 'zemel’nyi', 'земельный', 'land'),
  first('prod', 'prodovol’stvennyi', 'продовольственный', 'food supply'),
  first('gos', 'gosudarstvennyi', 'государственный', 'state'),
  first('nar', 'narodnyi', 'народный', 'people’s'),
  first('verkh', 'verkhovnyi', 'верховный', 'supreme'),
  first('mest', 'mestnyi', 'местный', 'local'),
  first('tsentro', 'tsentral’nyi', 'центральный', 'central'),
  first('vse', 'vsesoiuznyi ili vserossiiskii', 'всесоюзный или всероссийский', 'All-Union or All-Russian'),
  first('sev', 'severnyi', 'северный', 'northern'),
  first('zap', 'zapadnyi', 'западный', 'western'),
  first('vost', 'vostochnyi', 'восточный', 'eastern'),
  first('iuzh', 'iuzhnyi', 'южный', 'southern'),
  first('sib', 'sibirskii', 'сибирский', 'Siberian'),
  first('sred', 'srednii', 'средний', 'middle'),
  first('dal’', 'dal’nii', 'дальний', 'far'),
  first('ukr', 'ukrainskii', 'украинский', 'Ukrainian'),
  // The union republics as their sigla begin (KazSSR, UzSSR, Kazkraikom); not G (GSSR: one letter says too little)
  // nor Lit (LitSSR), which begins literaturnyi's compounds too (Litfond).
  first('kaz', 'kazakhskaia', 'казахская', 'Kazakh'),
  first('uz', 'uzbekskaia', 'узбекская', 'Uzbek'),
  first('turkm', 'turkmenskaia', 'туркменская', 'Turkmen'),
  first('kirg', 'kirgizskaia', 'киргизская', 'Kirghiz'),
  first('tadzh', 'tadzhikskaia', 'таджикская', 'Tajik'),
  first('gruz', 'gruzinskaia', 'грузинская', 'Georgian'),
  first('arm', 'armianskaia', 'армянская', 'Armenian'),
  first('az', 'azerbaidzhanskaia', 'азербайджанская', 'Azerbaijani'),
  first('latv', 'latviiskaia', 'латвийская', 'Latvian'),
  first('est', 'estonskaia', 'эстонская', 'Estonian'),
  first('mold', 'moldavskaia', 'молдавская', 'Moldavian'),
  // The largest autonomous republics as their bodies' compounds begin (Bashsovnarkom, Tatsovnarkom, Bashobkom).
  first('bash', 'bashkirskaia', 'башкирская', 'Bashkir'),
  first('tat', 'tatarskaia', 'татарская', 'Tatar'),
  first('evako', 'evakuatsionnyi', 'эвакуационный', 'evacuation'),
  // The two capitals as their bodies' compounds begin (Mossovet, Mosgorispolkom, Lensovet, Lenoblispolkom).
  first('mos', 'moskovskii', 'московский', 'Moscow'),
  first('len', 'leningradskii', 'ленинградский', 'Leningrad'),
  // The bodies that govern a branch, and the branches, as the commissariats, ministries and their chief administrations
  // are named (Narkomtiazhprom: narkom- + tiazh- + -prom; Minsredmash: min- + sred- + -mash; Glavneft’: glav- + -neft’).
  first('narkom', 'narodnyi komissariat', 'народный комиссариат', 'People’s Commissariat of'),
  first('min', 'ministerstvo', 'министерство', 'Ministry of'),
  first('tiazh', 'tiazhelaia', 'тяжёлая', 'heavy'),
  first('leg', 'legkaia', 'лёгкая', 'light'),
  first('pishche', 'pishchevaia', 'пищевая', 'food'),
  first('oboron', 'oboronnaia', 'оборонная', 'defence'),
  first('khim', 'khimicheskaia', 'химическая', 'chemical'),
  first('cher', 'chernaia', 'чёрная', 'ferrous'),
  first('obshche', 'obshchii', 'общий', 'general'),
  first('vnesh', 'vneshnii', 'внешний', 'foreign'),
  first('prom', 'promyshlennyi', 'промышленный', 'industrial'),
  first('pogran', 'pogranichnyi', 'пограничный', 'border'),
  first('rev', 'revoliutsionnyi', 'революционный', 'revolutionary'),
  first('stroi', 'stroitel’nyi', 'строительный', 'construction'),
  // The branches of the wartime and later commissariats, ministries and state committees (Narkomaviaprom,
  // Narkomtankprom, Minradioprom, Minelektronprom, Minstankoprom, Minnefteprom, Goskomtrud, Goskomtsen).
  first('avia', 'aviatsionnaia', 'авиационная', 'aviation'),
  first('tank', 'tankovaia', 'танковая', 'tank'),
  first('radio', 'radiotekhnicheskaia', 'радиотехническая', 'radio'),
  first('elektron', 'elektronnaia', 'электронная', 'electronics'),
  first('stanko', 'stankostroitel’naia', 'станкостроительная', 'machine-tool'),
  first('nefte', 'neftianaia', 'нефтяная', 'oil'),
  first('goskom', 'gosudarstvennyi komitet', 'государственный комитет', 'State Committee for'),
  // The savings banks (sberkassa, Sberbank).
  first('sber', 'sberegatel’naia', 'сберегательная', 'savings'),
  // The All-Union associations (Soiuzpechat’, Soiuzsbyt), the army's, culture's, agitation's, children's and medicine's
  // compounds (voenruk, kul’tprosvet, agitbrigada, detdom, medpunkt), and the products of deliveries (khlebopostavki).
  first('soiuz', 'vsesoiuznoe ob’’edinenie', 'всесоюзное объединение', 'All-Union association for'),
  first('voen', 'voennyi', 'военный', 'military'),
  first('kul’t', 'kul’turnyi', 'культурный', 'cultural'),
  first('agit', 'agitatsionnyi', 'агитационный', 'agitation'),
  first('det', 'detskii', 'детский', 'children’s'),
  first('med', 'meditsinskii', 'медицинский', 'medical'),
  first('san', 'sanitarnyi', 'санитарный', 'sanitary'),
  first('khlebo', 'khlebnyi', 'хлебный', 'grain'),
  first('miaso', 'miasnoi', 'мясной', 'meat'),
  first('moloko', 'molochnyi', 'молочный', 'milk'),
  first('leso', 'lesnoi', 'лесной', 'timber'),
  // Health before a body (oblzdravotdel, gorzdravotdel) and the state design institutes (Giprotrans, Mosgiprotrans).
  first('zdrav', 'zdravookhranenie', 'здравоохранение', 'health'),
  first('gipro', 'gosudarstvennyi institut proektirovaniia', 'государственный институт проектирования', 'state design institute for'),
  // The film studios' and trusts' names (Sovkino, Proletkino, Mosfil’m) and the pioneers' bodies (pionerlager’, pionervozhatyi).
  first('sov', 'sovetskii', 'советский', 'Soviet'),
  first('prolet', 'proletarskii', 'пролетарский', 'proletarian'),
  first('pioner', 'pionerskii', 'пионерский', 'pioneer'),
];

/** Parts that end a compound; a glossary term may end one too (sel’khozartel’, gorsovet). */
export const HEADS: readonly CompoundHead[] = [
  head('kom', 'komitet', 'комитет', 'committee'),
  head('otdel', 'otdel', 'отдел', 'department'),
  head('upravlenie', 'upravlenie', 'управление', 'administration', ['upravlenie', 'upravleni']),
  head('zo', 'zemel’nyi otdel', 'земельный отдел', 'land department'),
  head('zu', 'zemel’noe upravlenie', 'земельное управление', 'land administration'),
  head('ono', 'otdel narodnogo obrazovaniia', 'отдел народного образования', 'department of public education'),
  head('ruk', 'rukovoditel’', 'руководитель', 'leader'),
  head('org', 'organizator', 'организатор', 'organizer'),
  head('kor', 'korrespondent', 'корреспондент', 'correspondent'),
  head('sud', 'sud', 'суд', 'court'),
  head('lag', 'lager’', 'лагерь', 'camp'),
  head('lager’', 'lager’', 'лагерь', 'camp', ['lager’', 'lager']),
  head('fil’m', 'fil’m', 'фильм', 'film', ['fil’m', 'film']),
  head('komendatura', 'komendatura', 'комендатура', 'commandant’s office', ['komendatura', 'komendatur']),
  head('poselok', 'poselok', 'посёлок', 'settlement', ['poselok', 'poselk']),
  head('poselenets', 'poselenets', 'поселенец', 'settler', ['poselenets', 'poselents']),
  head('pereselenets', 'pereselenets', 'переселенец', 'resettled person', ['pereselenets', 'pereselents']),
  head('tsvetmet', 'tsvetnye metally', 'цветные металлы', 'non-ferrous metals'),
  head('eshelon', 'eshelon', 'эшелон', 'train'),
  head('punkt', 'punkt', 'пункт', 'point'),
  head('gospital’', 'gospital’', 'госпиталь', 'hospital', ['gospital’', 'gospital']),
  head('ssr', 'Sovetskaia Sotsialisticheskaia Respublika', 'Советская Социалистическая Республика', 'Soviet Socialist Republic'),
  head('prom', 'promyshlennost’', 'промышленность', 'industry'),
  head('mash', 'mashinostroenie', 'машиностроение', 'machine building', ['mash', 'mashem']),
  head('met', 'metallurgiia', 'металлургия', 'metallurgy'),
  head('torg', 'torgovlia', 'торговля', 'trade'),
  head('stroi', 'stroitel’stvo', 'строительство', 'construction', ['stroi', 'stroem', 'stroe']),
  head('zdrav', 'zdravookhranenie', 'здравоохранение', 'health'),
  head('fin', 'finansy', 'финансы', 'finance'),
  head('neft’', 'neft’', 'нефть', 'oil', ['neft’', 'neft']),
  head('organ', 'organ', 'орган', 'body (organ)'),
  head('trud', 'trud', 'труд', 'labour'),
  head('vnudel', 'vnutrennie dela', 'внутренние дела', 'internal affairs'),
  head('tribunal', 'tribunal', 'трибунал', 'tribunal'),
  head('sobranie', 'sobranie', 'собрание', 'meeting', ['sobranie', 'sobrani']),
  head('aktiv', 'aktiv', 'актив', 'activists'),
  head('voiska', 'voiska', 'войска', 'troops', ['voisk']),
  head('kollegiia', 'kollegiia', 'коллегия', 'board (collegium)', ['kollegiia', 'kollegi']),
  head('nalog', 'nalog', 'налог', 'tax'),
  head('zaem', 'zaem', 'заём', 'loan', ['zaem', 'zaim']),
  head('bank', 'bank', 'банк', 'bank'),
  head('otriad', 'otriad', 'отряд', 'detachment'),
  head('komitet', 'komitet', 'комитет', 'committee'),
  head('fo', 'finansovyi otdel', 'финансовый отдел', 'finance department'),
  head('sobes', 'sotsial’noe obespechenie', 'социальное обеспечение', 'social security'),
  head('snab', 'snabzhenie', 'снабжение', 'supply'),
  head('sbyt', 'sbyt', 'сбыт', 'sales'),
  head('pechat’', 'pechat’', 'печать', 'press', ['pechat’', 'pechat']),
  head('kino', 'kinematografiia', 'кинематография', 'cinema'),
  head('teleradio', 'televidenie i radioveshchanie', 'телевидение и радиовещание', 'television and radio'),
  head('prosvet', 'prosveshchenie', 'просвещение', 'enlightenment (education)'),
  head('vuz', 'vysshee uchebnoe zavedenie', 'высшее учебное заведение', 'higher educational institution'),
  head('potrebsoiuz', 'soiuz potrebitel’skikh obshchestv', 'союз потребительских обществ', 'union of consumer societies'),
  head('brigada', 'brigada', 'бригада', 'brigade', ['brigada', 'brigad']),
  head('dom', 'dom', 'дом', 'home (house)'),
  head('postavki', 'postavki', 'поставки', 'deliveries', ['postavki', 'postavk', 'postavok']),
  head('zagotovki', 'zagotovki', 'заготовки', 'procurement', ['zagotovki', 'zagotovk', 'zagotovok']),
  head('trans', 'transport', 'транспорт', 'transport'),
  head('narobraz', 'narodnoe obrazovanie', 'народное образование', 'public education', ['narobraz']),
  head('bezopasnost’', 'bezopasnost’', 'безопасность', 'security', ['bezopasnost’', 'bezopasnost']),
  // The fields the commissariats and ministries are named by (Narkomles, Narkomsviaz’, Narkomboepripasov, Narkomugol’,
  // Minugol’prom, Narkomrechflot, Minmorflot, Narkomelektrostantsii, Narkomiust, Minkul’tury, Minoborony, Minsel’khoz,
  // Minpros, Minvodkhoz, Minsudprom, Narkomvooruzheniia, Goskomstat, Goskomtsen).
  head('les', 'les', 'лес', 'timber (forest)', ['les', 'lesa']),
  head('sviaz’', 'sviaz’', 'связь', 'communications', ['sviaz’', 'sviaz', 'sviazi']),
  head('boepripasy', 'boepripasy', 'боеприпасы', 'ammunition', ['boepripasy', 'boepripas', 'boepripasov']),
  head('ugol’', 'ugol’', 'уголь', 'coal', ['ugol’', 'ugol', 'uglia']),
  head('ugol’prom', 'ugol’naia promyshlennost’', 'угольная промышленность', 'coal industry', ['ugol’prom', 'ugolprom']),
  head('rechflot', 'rechnoi flot', 'речной флот', 'river fleet'),
  head('morflot', 'morskoi flot', 'морской флот', 'merchant (sea) fleet'),
  head('elektrostantsii', 'elektrostantsii', 'электростанции', 'power stations', ['elektrostantsii', 'elektrostantsi', 'elektrostantsiia']),
  head('iust', 'iustitsiia', 'юстиция', 'justice'),
  head('kul’tura', 'kul’tura', 'культура', 'culture', ['kul’tura', 'kul’tur', 'kultur']),
  head('oborona', 'oborona', 'оборона', 'defence', ['oborona', 'oboron']),
  head('sel’khoz', 'sel’skoe khoziaistvo', 'сельское хозяйство', 'agriculture', ['sel’khoz', 'selkhoz']),
  head('pros', 'prosveshchenie', 'просвещение', 'enlightenment (education)'),
  head('vodkhoz', 'vodnoe khoziaistvo', 'водное хозяйство', 'water management'),
  head('sudprom', 'sudostroitel’naia promyshlennost’', 'судостроительная промышленность', 'shipbuilding industry'),
  head('vooruzhenie', 'vooruzhenie', 'вооружение', 'armament', ['vooruzhenie', 'vooruzheni']),
  head('stat', 'statistika', 'статистика', 'statistics'),
  head('tsen', 'tseny', 'цены', 'prices'),
  head('kassa', 'kassa', 'касса', 'office (kassa)', ['kassa', 'kass']),
];

/** The first letter of a party committee's siglum before the party's name (РК ВКП(б), GK KPSS), where it has one
 * reading only: ОК (oblast’ or okrug) and КК (a krai committee or a control commission) are not read. */
export const COMMITTEE_INITIALS: Readonly<Record<string, string>> = { р: 'rai', r: 'rai', г: 'gor', g: 'gor' };

/** A suffix that makes a word of a glossary term (komsomolets: Komsomol + -ets; kolkhoznitsa: kolkhoznik, -ik made
 * -itsa; udarnichestvo: udarnik + -ichestvo), in its case forms; `base` turns what the suffix leaves into the term. */
export interface DerivingSuffix extends CompoundPart {
  pattern: RegExp;
  base: (stem: string) => string;
}

const suffix = (part: string, cyrillic: string, english: string, pattern: RegExp, base: (stem: string) => string = stem => stem): DerivingSuffix => ({
  part,
  word: `-${part}`,
  cyrillic: `-${cyrillic}`,
  english,
  pattern,
  base,
});

export const DERIVING_SUFFIXES: readonly DerivingSuffix[] = [
  // A term of four letters before -ets is a word of its own more often than a member (dvorets, a palace, is no dvor).
  suffix('ets', 'ец', 'a member of', /^([\p{L}’]{5,}?)’?(?:ets|ts(?:y|a|u|e|om|ev|am|ami|akh))$/u),
  suffix('itsa', 'ица', 'a woman', /^([\p{L}’]{3,}?)its(?:a|y|e|u|ei|am|ami|akh)?$/u, stem => `${stem}ik`),
  suffix('ichestvo', 'ичество', 'the practice (movement) of:', /^([\p{L}’]{3,}?)ichestv(?:o|a|u|om|e)$/u, stem => `${stem}ik`),
];

/** The kinds of state body a name begins with. */
export const BODY_KINDS = {
  commissariat: { part: 'NK', word: 'narodnyi komissariat', cyrillic: 'народный комиссариат', english: 'People’s Commissariat' },
  ministry: { part: 'ministerstvo', word: 'ministerstvo', cyrillic: 'министерство', english: 'Ministry' },
  stateCommittee: { part: 'goskomitet', word: 'gosudarstvennyi komitet', cyrillic: 'государственный комитет', english: 'State Committee' },
  mainAdministration: { part: 'glavk', word: 'glavnoe upravlenie', cyrillic: 'главное управление', english: 'Main Administration' },
} as const satisfies Record<string, CompoundPart>;
