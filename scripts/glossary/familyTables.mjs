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
  {
    source: 'Wikipedia (ru), «Крестьянские комитеты общественной взаимопомощи» (c 1925 года — крестьянские общества взаимопомощи; также кресткомы, комвзаймы, крестпомы, ККОВ; декрет СНК РСФСР от 14 мая 1921 года; функции перешли к кассам взаимопомощи), https://xn--b1aeclack5b4j.su/wiki/%D0%9A%D0%9A%D0%9E%D0%92; L. V. Mostiaeva, «Крестьянские комитеты общественной взаимопомощи в 1921–1932 гг.» (dissertation, Riazan’, 2002), https://cheloveknauka.com/krestyanskie-komitety-obschestvennoy-vzaimopomoschi-v-1921-1932-gg',
    members: [
      ['KKOV', 'ККОВ', 'Krest’ianskii komitet obshchestvennoi vzaimopomoshchi', 'Крестьянский комитет общественной взаимопомощи', 'peasant committee of public mutual aid: the village body formed by the decree of 14 May 1921 to help poor households and Red Army families (a peasant mutual-aid society from 1925)', 'Also krestkom, krestpom, komvzaim; in the late 1920s its work passed to the mutual-aid funds (kassy vzaimopomoshchi).', ['крестком', 'кресткомы', 'крестпом', 'крестпомы', 'комвзаймы', 'Крестьянское общество взаимопомощи', 'крестьянские общества взаимопомощи']],
    ],
  },
  {
    source: 'Voluntary Sports Societies of the USSR (Dinamo, DOSAAF and CSKA; the VSS between 1935 and 1991), http://www.absoluteastronomy.com/topics/Voluntary_Sports_Societies_of_the_USSR; Red Sport International (Sportintern, established July 1921; its Spartakiads), http://theinfolist.com/html/ALL/s/R/Red_Sport_International.html',
    members: [
      ['DSO', 'ДСО', 'Dobrovol’nye sportivnye obshchestva', 'Добровольные спортивные общества', 'the voluntary sports societies, the trade unions’ and ministries’ sports organisations of 1935–1991 (Spartak, Lokomotiv, Burevestnik …)'],
      ['Dinamo', 'Динамо', 'Proletarskoe sportivnoe obshchestvo «Dinamo»', 'Пролетарское спортивное общество «Динамо»', 'Dinamo (Dynamo), the sports society of the security organs and the militia'],
      ['TsSKA', 'ЦСКА', 'Tsentral’nyi sportivnyi klub armii', 'Центральный спортивный клуб армии', 'the Central Sports Club of the Army, the armed forces’ sports society', undefined, ['CSKA']],
      ['Sportintern', 'Спортинтерн', 'Krasnyi sportivnyi internatsional', 'Красный спортивный интернационал', 'the Red Sport International (1921–1937), the Comintern’s international of workers’ sports associations, which held the Spartakiads'],
      ['Spartakiada', 'Спартакиада', 'Spartakiada', 'Спартакиада', 'the Spartakiad, the Soviet (and Red Sport International’s) mass sports games, from 1928'],
    ],
  },
  {
    source: 'Wikipedia (ru), «Геологический комитет» (сокр. Геолком; 1918 — Геологический комитет ВСНХ; упразднён в январе 1930), https://xn--b1aeclack5b4j.su/wiki/%D0%93%D0%95%D0%9E%D0%9B%D0%9A%D0%9E%D0%9C; A. V. Lapo, «Забытые эпизоды истории Геолкома — ВСЕГЕИ в 1920–1930-е годы» (Геолком, ЦНИГРИ, ВСЕГЕИ, ВИМС, Главное геологическое управление), https://cyberleninka.ru/article/n/zabytye-epizody-istorii-geolkoma-vsegei-v-1920-1930-e-gody; A. Fedorchuk, «О геологической службе бывшего СССР» (Министерство геологии СССР — Мингео), http://www.alv.me/O-geologicheskoj-sluzhbe-byvshego-SSSR/',
    members: [
      ['Geolkom', 'Геолком', 'Geologicheskii komitet', 'Геологический комитет', 'the Geological Committee (1882–1930), the state geological survey, under the VSNKh from 1918'],
      ['VSEGEI', 'ВСЕГЕИ', 'Vsesoiuznyi nauchno-issledovatel’skii geologicheskii institut', 'Всесоюзный научно-исследовательский геологический институт', 'the All-Union Geological Research Institute (Leningrad), a successor of the Geological Committee'],
      ['TsNIGRI', 'ЦНИГРИ', 'Tsentral’nyi nauchno-issledovatel’skii geologorazvedochnyi institut', 'Центральный научно-исследовательский геологоразведочный институт', 'the Central Geological Prospecting Research Institute, a successor of the Geological Committee'],
      ['VIMS', 'ВИМС', 'Vsesoiuznyi institut mineral’nogo syr’ia', 'Всесоюзный институт минерального сырья', 'the All-Union Institute of Mineral Raw Materials (Moscow)'],
      ['Mingeo', 'Мингео', 'Ministerstvo geologii SSSR', 'Министерство геологии СССР', 'the Ministry of Geology of the USSR, in charge of the geological survey and prospecting'],
    ],
  },
  {
    source: 'D. Glantz, «Восставшие из пепла» (Главное автобронетанковое управление Красной Армии, ГАБТУ КА, отвечало за все танковые, механизированные и автомобильные части), http://knigalit.ru/avtori/devid-glanc/book1089176/chitat/?page=19; «Порядок в танковых войсках?» (ЦАМО РФ, ф. 38: Главное автобронетанковое управление), https://loveread.me/read_book.php?id=12566&p=81',
    members: [
      ['GABTU', 'ГАБТУ', 'Glavnoe avtobronetankovoe upravlenie Krasnoi armii', 'Главное автобронетанковое управление Красной армии', 'the Chief Armoured (Auto-Armoured-Tank) Directorate of the Red Army, in charge of its tank, mechanised and motor units (1940–1942)', undefined, ['ГАБТУ КА', 'GABTU KA']],
      ['ABTU', 'АБТУ', 'Avtobronetankovoe upravlenie', 'Автобронетанковое управление', 'the Armoured (Auto-Armoured-Tank) Directorate of the Red Army (before 1940) or of a military district'],
      ['ABTV', 'АБТВ', 'avtobronetankovye voiska', 'автобронетанковые войска', 'the armoured (auto-armoured-tank) troops'],
    ],
  },
  {
    source: 'V. F. Korelsky, Fish, fishermen and fish industry in Russia (Bremen, 1993), pp. 27–28 (Glavryba; the research ship-institute Plavmorin of 10 March 1921, whose successor is PINRO; motor-boat fishing stations from 1932), http://kolanord.ru/html_public/col_avtory/KoreljskiyVF/KoreljskijVF_Fish-Fishermen_1993/27',
    members: [
      ['Glavryba', 'Главрыба', 'Glavnoe upravlenie rybnoi promyshlennosti', 'Главное управление рыбной промышленности', 'the Chief Administration of the Fishing Industry (of the VSNKh in the 1920s)'],
      ['Plavmorin', 'Плавморнин', 'Plavuchii morskoi nauchnyi institut', 'Плавучий морской научный институт', 'the Floating Marine Research Institute (1921), the research ship for the fisheries of the North, predecessor of PINRO'],
      ['PINRO', 'ПИНРО', 'Poliarnyi nauchno-issledovatel’skii institut morskogo rybnogo khoziaistva i okeanografii', 'Полярный научно-исследовательский институт морского рыбного хозяйства и океанографии', 'the Polar Research Institute of Marine Fisheries and Oceanography (Murmansk)'],
      ['motorno-rybolovnaia stantsiia', 'моторно-рыболовная станция', 'motorno-rybolovnaia stantsiia', 'моторно-рыболовная станция', 'motor fishing station: a state station (from 1932) that served the fishing kolkhozy with motor boats, as the MTS served the farms', undefined, ['МРС', 'моторно-рыболовные станции']],
    ],
  },
  {
    source: 'Художественная энциклопедия, «Союз художников СССР» (СХ СССР; союзы с 1932 по постановлению ЦК ВКП(б) от 23 апреля 1932; единый СХ СССР создан в 1957), https://terminy.info/literature/art-encyclopedia/soyuz-hudozhnikov-sssr; «СССР. Творческие союзы» (Союз архитекторов СССР, СА СССР; в 1932–55 — Союз советских архитекторов), http://australianembassy.ru/sssr-tvorcheskie-sojuzy/; A. B. Fetiukov, «Художественная интеллигенция в хрущёвский период» (Союз кинематографистов, Всероссийское театральное общество), https://cyberleninka.ru/article/n/hudozhestvennaya-intelligentsiya-v-hruschyovskiy-period-sostav-i-sotsialnyy-oblik-po-materialam-leningrada, and «Роль художественных фондов в осуществлении культурной политики в хрущёвский период» (Литфонд, Музфонд, художественные фонды при творческих союзах), https://cyberleninka.ru/article/n/rol-hudozhestvennyh-fondov-v-osuschestvlenii-kulturnoy-politiki-v-hruschyovskiy-period-po-materialam-leningradskih-otdeleniy',
    members: [
      ['SKh SSSR', 'СХ СССР', 'Soiuz khudozhnikov SSSR', 'Союз художников СССР', 'the Union of Artists of the USSR, the creative union of painters, sculptors and art critics (unions of artists from 1932, a single union from 1957)', undefined, ['Союз художников']],
      ['SA SSSR', 'СА СССР', 'Soiuz arkhitektorov SSSR', 'Союз архитекторов СССР', 'the Union of Architects of the USSR (the Union of Soviet Architects in 1932–1955)', undefined, ['Союз советских архитекторов', 'Союз архитекторов']],
      ['Soiuz kinematografistov SSSR', 'Союз кинематографистов СССР', 'Soiuz kinematografistov SSSR', 'Союз кинематографистов СССР', 'the Union of Cinematographers of the USSR, the creative union of film-makers', undefined, ['Союз кинематографистов']],
      ['VTO', 'ВТО', 'Vserossiiskoe teatral’noe obshchestvo', 'Всероссийское театральное общество', 'the All-Russian Theatrical Society, the creative organisation of actors, directors and theatre workers'],
      ['Muzfond', 'Музфонд', 'Muzykal’nyi fond SSSR', 'Музыкальный фонд СССР', 'the Music Fund of the USSR, the Composers’ Union’s fund for commissions and its members’ material support'],
      ['Khudfond', 'Худфонд', 'Khudozhestvennyi fond SSSR', 'Художественный фонд СССР', 'the Art Fund of the USSR, the Artists’ Union’s fund for commissions and its members’ material support'],
    ],
  },
  {
    source: 'Great Soviet Encyclopedia (1979), Communist University for Workers of the East (KUTV; the decree of 21 April 1921; closed in the late 1930s), https://encyclopedia2.thefreedictionary.com/Communist+University+for+Workers+of+the+East; Memorial, «Топография террора»: Коммунистический университет национальных меньшинств Запада (КУНМЗ) им. Ю. Ю. Мархлевского (1922–1936; учебное заведение Коминтерна наряду с КУТВ и Университетом трудящихся Китая), http://topos.memo.ru/kommunisticheskiy-universitet-nacionalnyh-menshinstv-zapada-kunmz-im-yu-yu-marhlevskogo',
    members: [
      ['KUTV', 'КУТВ', 'Kommunisticheskii universitet trudiashchikhsia Vostoka', 'Коммунистический университет трудящихся Востока', 'the Communist University of the Toilers of the East (Moscow, 1921–late 1930s), which trained party, Komsomol and trade-union workers of the Soviet East and Comintern cadres of Asia'],
      ['KUNMZ', 'КУНМЗ', 'Kommunisticheskii universitet natsional’nykh men’shinstv Zapada', 'Коммунистический университет национальных меньшинств Запада', 'the Communist University of the National Minorities of the West (Moscow, 1922–1936; named after Marchlewski), a Comintern school for the western nationalities of the USSR and European communists'],
      ['UTK', 'УТК', 'Universitet trudiashchikhsia Kitaia', 'Университет трудящихся Китая', 'the University of the Toilers of China (the Sun Yat-sen University in Moscow), a Comintern school for Chinese communists'],
    ],
  },
];
