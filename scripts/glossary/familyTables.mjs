// Families of Soviet organs for scripts/glossary/families.mjs, each from one named reference source. A member is
// [term, Cyrillic form, romanized name, Cyrillic name, English, description?, further forms?].

const districts = 'Wikipedia, “Military districts of the Soviet Union” (the abbreviations of the 17 military districts of July 1940, with their Russian names; the districts of 1989), https://en.wikipedia.org/wiki/Military_districts_of_the_Soviet_Union';
const district = (term, cyrillic, adjective, adjectiveCyrillic, english, description) =>
  [term, cyrillic, `${adjective} voennyi okrug`, `${adjectiveCyrillic} военный округ`, `the ${english} Military District`, description];

export const FAMILIES = [
  {
    source: districts,
    members: [
      district('MVO', 'МВО', 'Moskovskii', 'Московский', 'Moscow'),
      district('BVO', 'БВО', 'Belorusskii', 'Белорусский', 'Belorussian', 'The Belorussian Special Military District (BOVO) from 1938 and the Western Special Military District (ZapOVO) from July 1940.'),
      ['BOVO', 'БОВО', 'Belorusskii osobyi voennyi okrug', 'Белорусский особый военный округ', 'the Belorussian Special Military District', 'Renamed the Western Special Military District (ZapOVO) in July 1940.'],
      district('KVO', 'КВО', 'Kievskii', 'Киевский', 'Kiev', 'The Kiev Special Military District (KOVO) in 1938–1941.'),
      district('ArkhVO', 'АрхВО', 'Arkhangel’skii', 'Архангельский', 'Arkhangel’sk'),
      district('ZabVO', 'ЗабВО', 'Zabaikal’skii', 'Забайкальский', 'Transbaikal'),
      district('ZakVO', 'ЗакВО', 'Zakavkazskii', 'Закавказский', 'Transcaucasian'),
      district('KalVO', 'КалВО', 'Kalininskii', 'Калининский', 'Kalinin', 'Abolished in July 1940.'),
      district('KhVO', 'ХВО', 'Khar’kovskii', 'Харьковский', 'Khar’kov'),
      district('OdVO', 'ОдВО', 'Odesskii', 'Одесский', 'Odessa'),
      district('OrVO', 'ОрВО', 'Orlovskii', 'Орловский', 'Orel'),
      ['PribOVO', 'ПрибОВО', 'Pribaltiiskii osobyi voennyi okrug', 'Прибалтийский особый военный округ', 'the Baltic Special Military District', 'Formed in 1940 in the annexed Baltic states; the North-Western Front from June 1941.'],
      district('PribVO', 'ПрибВО', 'Pribaltiiskii', 'Прибалтийский', 'Baltic'),
      district('PriVO', 'ПриВО', 'Privolzhskii', 'Приволжский', 'Volga'),
      district('SAVO', 'САВО', 'Sredneaziatskii', 'Среднеазиатский', 'Central Asian'),
      district('SKVO', 'СКВО', 'Severo-Kavkazskii', 'Северо-Кавказский', 'North Caucasus'),
      district('SibVO', 'СибВО', 'Sibirskii', 'Сибирский', 'Siberian'),
      district('UrVO', 'УрВО', 'Ural’skii', 'Уральский', 'Ural'),
      district('TurkVO', 'ТуркВО', 'Turkestanskii', 'Туркестанский', 'Turkestan'),
      district('PrikVO', 'ПрикВО', 'Prikarpatskii', 'Прикарпатский', 'Carpathian'),
    ],
  },
  {
    source: 'Конституция (Основной закон) Союза Советских Социалистических Республик, 5 декабря 1936 г., ст. 77–78 (общесоюзные и союзно-республиканские народные комиссариаты), Литературная газета, https://electro.nekrasovka.ru/books/6153930/pages/3',
    members: [
      ['Narkomvneshtorg', 'Наркомвнешторг', 'Narodnyi komissariat vneshnei torgovli', 'Народный комиссариат внешней торговли', 'the People’s Commissariat of Foreign Trade', 'An all-Union commissariat (1936 Constitution, art. 77); the Ministry of Foreign Trade from 1946. Its siglum НКВТ is not read: texts use it for the People’s Commissariat of Water Transport too.'],
      ['NKS', 'НКС', 'Narodnyi komissariat sviazi', 'Народный комиссариат связи', 'the People’s Commissariat of Communications (posts, telegraph, telephone and radio)', 'Also Narkomsviazi; an all-Union commissariat (1936 Constitution, art. 77); the Ministry of Communications from 1946.', ['Narkomsviazi', 'Наркомсвязи', 'НКСвязи']],
      ['Narkomvod', 'Наркомвод', 'Narodnyi komissariat vodnogo transporta', 'Народный комиссариат водного транспорта', 'the People’s Commissariat of Water Transport', 'An all-Union commissariat (1936 Constitution, art. 77), divided into the commissariats of the sea and the river fleet in 1939.', ['НКВод']],
      ['NKPP', 'НКПП', 'Narodnyi komissariat pishchevoi promyshlennosti', 'Народный комиссариат пищевой промышленности', 'the People’s Commissariat of the Food Industry', 'Also Narkompishcheprom; a union-republic commissariat (1936 Constitution, art. 78).', ['Narkompishcheprom', 'Наркомпищепром']],
      ['NKLP', 'НКЛП', 'Narodnyi komissariat legkoi promyshlennosti', 'Народный комиссариат легкой промышленности', 'the People’s Commissariat of Light Industry', 'Also Narkomlegprom; a union-republic commissariat (1936 Constitution, art. 78).', ['Narkomlegprom', 'Наркомлегпром', 'Народный комиссариат лёгкой промышленности']],
      ['NKLes', 'НКЛес', 'Narodnyi komissariat lesnoi promyshlennosti', 'Народный комиссариат лесной промышленности', 'the People’s Commissariat of the Timber Industry', 'Also Narkomles; a union-republic commissariat (1936 Constitution, art. 78).', ['Narkomles', 'Наркомлес']],
      ['Narkomsovkhozov', 'Наркомсовхозов', 'Narodnyi komissariat zernovykh i zhivotnovodcheskikh sovkhozov', 'Народный комиссариат зерновых и животноводческих совхозов', 'the People’s Commissariat of Grain and Livestock State Farms', 'A union-republic commissariat (1936 Constitution, art. 78), in charge of the sovkhozy.', ['НКСовхозов']],
      ['NKVnutorg', 'НКВнуторг', 'Narodnyi komissariat vnutrennei torgovli', 'Народный комиссариат внутренней торговли', 'the People’s Commissariat of Internal Trade', 'Also Narkomvnutorg; a union-republic commissariat (1936 Constitution, art. 78).', ['Narkomvnutorg', 'Наркомвнуторг']],
    ],
  },
  {
    source: 'People’s Commissariat, Great Soviet Encyclopedia, 3rd ed. (the commissions of the decree of 26 October 1917: labor, posts and telegraphs …; the all-Union and unified commissariats of 1922–1924), http://ed.newdu.com/k2101621.html; Sokolov, «Мотивация труда» (НКТ со всеми его местными органами был слит с аппаратом ВЦСПС, 23 июня 1933 г.), https://studfile.net/preview/3161413/page:4',
    members: [
      ['NKT', 'НКТ', 'Narodnyi komissariat truda', 'Народный комиссариат труда', 'the People’s Commissariat of Labour', 'Also Narkomtrud (1917–1933); merged with the apparatus of the trade unions’ VTsSPS in June 1933.', ['Narkomtrud', 'Наркомтруд']],
      ['NKPT', 'НКПТ', 'Narodnyi komissariat pocht i telegrafov', 'Народный комиссариат почт и телеграфов', 'the People’s Commissariat of Posts and Telegraphs', 'Also Narkompochtel’; one of the first commissariats of 1917 and an all-Union commissariat from 1923; the People’s Commissariat of Communications from 1932.', ['Narkompochtel’', 'Наркомпочтель', 'НКПиТ']],
    ],
  },
  {
    source: 'I. V. Pavlova, «Механизм сталинской власти: становление и функционирование. 1917–1941» (the CC’s departments at the start of the 1930s and after the XVII Congress), https://mybrary.info/books/nauchno-obrazovatelnaya/istoriya/page-86-71998-mehanizm-stalinskoi-vlasti-stanovlenie-i.html; «Отчет организационно-распределительного отдела ЦК за время с XIII по XIV партсъезд», https://opentextnn.ru/history/istorija-rossii/istorija-gosudarstvennogo-upravlenija-posle-1917-g/library-istorija-gosudarstvennogo-upravlenija-posle-1917-g/k-xiv-sezdu-rkp-b/otchet-organizacionno-raspredelitelnogo-otdela-ck-za-vremja-s-hiii-po-xiv-partsezd',
    members: [
      ['Orgraspred', 'Орграспред', 'Organizatsionno-raspredelitel’nyi otdel TsK', 'Организационно-распределительный отдел ЦК', 'the Organisation and Assignment Department of the Central Committee (1924–1930), which kept the records of the party’s officials and assigned them to posts', 'Formed before the XIII Congress by merging the organisation department with the records and assignment department (Uchraspred).'],
      ['Uchraspred', 'Учраспред', 'Uchetno-raspredelitel’nyi otdel TsK', 'Учетно-распределительный отдел ЦК', 'the Records and Assignment Department of the Central Committee, which kept the records of the party’s officials and assigned them', 'Merged into Orgraspred in 1924.'],
      ['Orginstruktorskii otdel TsK', 'Организационно-инструкторский отдел ЦК', 'Organizatsionno-instruktorskii otdel TsK', 'Организационно-инструкторский отдел ЦК', 'the Organisation and Instruction Department of the Central Committee (1930–1934), which supervised the local party organisations'],
      ['Raspredotdel', 'Распредотдел', 'Raspredelitel’nyi otdel TsK', 'Распределительный отдел ЦК', 'the Assignment Department of the Central Committee (1930–1934), which assigned officials to their posts'],
      ['Kul’tprop', 'Культпроп', 'Otdel kul’tury i propagandy TsK', 'Отдел культуры и пропаганды ЦК', 'the Culture and Propaganda Department of the Central Committee (from 1930; of Leninism, from 1934)', undefined, ['Отдел культуры и пропаганды ленинизма ЦК', 'Культпроп ЦК']],
      ['Sekretnyi otdel TsK', 'Секретный отдел ЦК', 'Sekretnyi otdel TsK', 'Секретный отдел ЦК', 'the Secret Department of the Central Committee, the office of its secret papers, replaced by the Special Sector in 1934'],
      ['Osobyi sektor TsK', 'Особый сектор ЦК', 'Osobyi sektor TsK', 'Особый сектор ЦК', 'the Special Sector of the Central Committee (from 1934), the office of the Politburo’s and the Secretariat’s secret papers', 'The obkoms and kraikoms had special sectors of their own.', ['Особый сектор']],
      ['ORPO', 'ОРПО', 'Otdel rukovodiashchikh partiinykh organov TsK', 'Отдел руководящих партийных органов ЦК', 'the Department of Leading Party Organs of the Central Committee (from 1934), in charge of the party committees and their officials', 'Formed by the reorganisation of the CC’s apparatus after the XVII Congress; the obkoms and kraikoms had departments of leading party organs too.', ['Отдел руководящих партийных органов', 'Отдел руководящих парторганов']],
      ['Sel’khozotdel TsK', 'Сельхозотдел ЦК', 'Sel’skokhoziaistvennyi otdel TsK', 'Сельскохозяйственный отдел ЦК', 'the Agricultural Department of the Central Committee (from 1934)'],
      ['Politiko-administrativnyi otdel TsK', 'Политико-административный отдел ЦК', 'Politiko-administrativnyi otdel TsK', 'Политико-административный отдел ЦК', 'the Political-Administrative Department of the Central Committee (from 1934), which oversaw the NKVD, the procuracy and the courts'],
    ],
  },
  {
    source: 'M. Lewin, «Советский век» (the CC’s reorganisation of 1948: the Cadres Administration replaced by branch departments, among them the department of party, Komsomol and trade-union organs and the administrative department overseeing the security services), https://user.bibliboba.online/books/sovetskii-vek-1/p/75',
    members: [
      ['Upravlenie kadrov TsK', 'Управление кадров ЦК', 'Upravlenie kadrov TsK VKP(b)', 'Управление кадров ЦК ВКП(б)', 'the Cadres Administration of the Central Committee (1939–1948), in charge of the selection and assignment of officials'],
      ['Otdel partiinykh organov TsK', 'Отдел партийных органов ЦК', 'Otdel partiinykh, profsoiuznykh i komsomol’skikh organov TsK', 'Отдел партийных, профсоюзных и комсомольских органов ЦК', 'the Department of Party, Trade-Union and Komsomol Organs of the Central Committee (from 1948; later the Department of Party Organs), in charge of the party committees and their officials', undefined, ['Отдел партийных органов']],
      ['Administrativnyi otdel TsK', 'Административный отдел ЦК', 'Administrativnyi otdel TsK', 'Административный отдел ЦК', 'the Administrative Department of the Central Committee (from 1948; later the Department of Administrative Organs), which oversaw the security services, the procuracy and the courts', undefined, ['Отдел административных органов ЦК', 'Отдел административных органов']],
    ],
  },
  {
    source: 'Wikipedia (uk), «Відділ ЦК КПРС зі зв’язків з комуністичними та робітничими партіями соціалістичних країн» (formed 21 February 1957, abolished in October 1988; before 1957 the International Department handled relations with ruling and non-ruling parties alike), via https://newkittyy.ru/zav-mezhdunarodnym-otdelom-ck-kpss-mezhdunarodnyi-otdel-ck-kpss',
    members: [
      ['Mezhdunarodnyi otdel TsK', 'Международный отдел ЦК', 'Mezhdunarodnyi otdel TsK KPSS', 'Международный отдел ЦК КПСС', 'the International Department of the Central Committee, in charge of relations with foreign communist parties (from 1957 with those not in power)', undefined, ['Международный отдел ЦК КПСС']],
      ['Otdel TsK po sviaziam s kompartiiami sotsstran', 'Отдел ЦК по связям с коммунистическими и рабочими партиями социалистических стран', 'Otdel TsK KPSS po sviaziam s kommunisticheskimi i rabochimi partiiami sotsialisticheskikh stran', 'Отдел ЦК КПСС по связям с коммунистическими и рабочими партиями социалистических стран', 'the Central Committee’s Department for Relations with the Communist and Workers’ Parties of the Socialist Countries (1957–1988)'],
    ],
  },
  {
    source: 'Wikipedia, “Publishing houses in the Soviet Union” (OGIZ, established by the Sovnarkom of the RSFSR on 8 August 1930; the publishers of the period of centralization), https://en.wikipedia-on-ipfs.org/wiki/Publishing_houses_in_the_Soviet_Union; «Объединение государственных книжно-журнальных издательств» (Центроиздат образован 13.06.1924, ликвидирован 15.08.1931), https://wikihandbk.com/wiki/Русская_Википедия:Объединение_государственных_книжно-журнальных_издательств',
    members: [
      ['OGIZ', 'ОГИЗ', 'Ob’’edinenie gosudarstvennykh knizhno-zhurnal’nykh izdatel’stv', 'Объединение государственных книжно-журнальных издательств', 'the Association of State Book and Magazine Publishers (1930–1949), the state publishing monopoly built on Gosizdat'],
      ['ZiF', 'ЗиФ', 'Zemlia i fabrika', 'Земля и фабрика', 'Land and Factory, a publishing house of the 1920s'],
      ['Tsentroizdat', 'Центроиздат', 'Tsentral’noe izdatel’stvo narodov SSSR', 'Центральное издательство народов СССР', 'the Central Publishing House of the Peoples of the USSR (1924–1931)'],
      ['Gosiurizdat', 'Госюриздат', 'Gosudarstvennoe izdatel’stvo iuridicheskoi literatury', 'Государственное издательство юридической литературы', 'the State Publishing House of Legal Literature'],
      ['Gosmedizdat', 'Госмедиздат', 'Gosudarstvennoe meditsinskoe izdatel’stvo', 'Государственное медицинское издательство', 'the State Medical Publishing House'],
      ['Gossel’khozizdat', 'Госсельхозиздат', 'Gosudarstvennoe izdatel’stvo sel’skokhoziaistvennoi literatury', 'Государственное издательство сельскохозяйственной литературы', 'the State Agricultural Publishing House'],
      ['Sovetskaia entsiklopediia', 'Советская энциклопедия', 'izdatel’stvo «Sovetskaia entsiklopediia»', 'издательство «Советская энциклопедия»', 'the Soviet Encyclopedia publishing house, publisher of the Great Soviet Encyclopedia'],
    ],
  },
];
