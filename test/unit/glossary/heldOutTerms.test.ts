// opis explain measured on sigla, abbreviations and Soviet terms as passages of published scholarship write them
// (test/fixtures/glossary/held-out-terms*.json, with sources), against a key written before explain was run: a term
// is known when the glossary finds an entry for it as written and the entry says what the key says.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

interface KeyedTerm {
  term: string;
  source: string;
  means: string[];
}

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'glossary');
const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));

/**
 * How many each set explained when measured (the issue asks for 90 %); fewer is a regression.
 * First set: 21 of 44 at first, 28 once terms were read as texts write them, 31 with the entries for ВКВС, ЦЧО and
 * ГАНИ УО, 33 once a phrase's spacing and signs, stems and other forms of several words were read, 40 with entries
 * for the missed sigla and terms, each checked against a source.
 * Second set (gathered after the first had been used): 24 of 46 as first run, 31 with the reading above before any
 * entry was added for its misses, 43 with the new entries and abbreviations found by the word they stand for.
 * Third set (gathered after both had been used): 25 of 40 as first run; 29 once a vowel that drops before an
 * ending (trudoden’ → трудодням), a body's name ending with its state (Совет Министров СССР) and Soviet compounds
 * (сельхозартели → artel’) were read; 38 with entries for its misses (Ukrainian inflection and a second English
 * rendering of OGPU are still missed).
 * Fourth set (gathered after the first three had been used): 16 of 37 at first run — the glossary lacked the army's
 * organs, the censorship, the nationalities and Ukrainian sigla; 32 with entries for them (RKKA, Revvoensovet, PUR,
 * Glavlit, Gosizdat, RAPP, Narkomnats, korenizatsiia, SSSR, SSR, UkrSSR …), 33 once a body's name may end with a
 * republic named by its adjective (Совета Министров Украинской ССР). The first set's 41 includes SSR.
 * Fifth set (gathered after all these changes and measured once with nothing changed on it): 21 of 30; 27 with the
 * entries then added for the kinds of term it missed (the war's organs, subbotnik, hujum …), and the first, second and
 * fourth sets 42, 46 and 34 with them.
 * Sixth set (gathered and keyed before those entries were written, measured once after them with nothing changed on
 * it: the figure a text not yet seen gives): 14 of 34.
 * Seventh set (gathered and keyed after the sixth had been measured, run once before any change of its round): 32 of
 * 52; then 40 once compounds were read by their parts (окрисполкома, Главспеццветмет, politruk), English names by
 * their renderings and without People's (Commissariat of Enlightenment, special departments, Joint State Political
 * Directorate) and inside a phrase (Central Committee of the VKP(b)), and a body's name without the body it is attached
 * to (… при Совете Министров СССР) or with наркомат for narodnyi komissariat; the first set 43, the third 39, the fifth
 * 28 and the sixth 18 with these readings. With entries for the families the sixth and seventh sets missed (the church
 * and its councils, the labour reserves, Belarus, the Arctic, refuseniks, national communists, Tuva, the Baltic
 * Forest Brothers …): the sixth 33 of 34, the seventh 51 of 52, the fourth 35; with a committee's siglum before a
 * party read by its letters (РК КПСС), the first 44 of 44 and the seventh 52 of 52.
 * Eighth set (gathered and keyed after all of the seventh's round, measured once with nothing changed on it: the
 * figure a text not yet seen gives after that round): 19 of 41. It missed the post-war campaigns (Zhdanovshchina,
 * Leningrad Affair, Doctors' Plot), Soviet science (VASKhNIL), Transcaucasia (ZSFSR), higher education (rabfak, vuz),
 * the virgin lands and re-evacuation. With entries for those families, a noun in -iia read in its other cases
 * (реэвакуации) and evako- read as a compound's first part: 37 of 41, and the fourth set 36.
 * Ninth set (gathered and keyed after those entries, measured once with nothing changed on it: the figure a text not
 * yet seen gives at the end of this round): 10 of its first 27, 12 of 30 with three terms of its passages keyed and
 * run after (Ukrainian forms, the women's departments, the correspondents, conscription, Kazakhstan's archives and
 * party are what it missed). Its misses, by kind: absent families (the black boards, the women's delegates and the
 * protection of motherhood, conscription and the national units, sedentarization, a film archive, Kazakhstan's party:
 * 8), Ukrainian forms (kolhosps, хлібозаготівельна, НК РСІ: 3), compounds not read by parts (rabkors, selkors,
 * Рабселькоры and an adjective of one: 4), English names written otherwise (first Five Year Plan, collectivization: 2)
 * and охрана read as the Okhrana (1). With охрана no longer the Okhrana, rab- and -kor as compound parts, the soft sign
 * left out of a first part, an adjective in -ovsk- read by parts, a space for a hyphen and an ordinal in an English
 * name, a process in -ization a gloss names first and Ukrainian forms (romanization, endings, the entries' Ukrainian
 * forms): 19 of 30, and the third set 40 of 40; with entries for the absent families: 30 of 30. An article of a code
 * named in English (article 70) then gave the fifth set 29.
 * Tenth set (gathered and keyed after all of this round's changes, measured once with nothing changed on it: the figure
 * a text not yet seen gives at the end of this round): 26 of 49. It missed the late Soviet shadow economy
 * (Vneshposyltorg, fartsovshchiki, tsekhoviki, unearned income, speculation, people's control), the planners' words (val,
 * realizatsiia, union-republic ministries), RAN and the Siberian Branch, the student brigades, a regional archive, the
 * Uzbek party, the people's deputies, polpred, the military commissariat of 1918, INOTASS and Foreign Commissar.
 * One of its answers was wrong (komsorg for комсомольских организаций: organizatsii taken for a case form of
 * organizator); with two words taken for forms of one only where what differs is an ending, 27 (a change made after
 * measuring it, for that wrong answer; a commissar of a field is now named by the commissariat he heads, as the loose
 * match had done for the fifth set). With entries then made for the families it missed (the shadow economy:
 * Vneshposyltorg, fartsovshchik, tsekhovik, unearned income, speculation, people's control; gross output, polpred, RAN,
 * the Siberian Branch, the student brigades, NKVM): 40 of 49, a figure fitted to it, not one to expect on a new text;
 * 41 once a union republic's party is read by its parts (ЦК Компартии Узбекистана); 42 with the entry for the Congress
 * of People's Deputies.
 * Eleventh set (gathered and keyed after those changes, measured once with nothing changed on it: the figure a text not
 * yet seen gives at the end of this round): 14 of 32. It missed the councils for religious affairs and their
 * plenipotentiaries, the Znanie society, the CC's departments (culture, ideology, agitprop in another name), the press
 * committees, the Writers' Union, the RTS, and English names of the deportations' terms (special settlers, special
 * commandant's offices, special contingent, decossackization, dispossession). After measuring it: СМ is no longer read
 * as см. (a wrong answer it showed), and a noun declined as an adjective is read in its plural cases (уполномоченных): 15.
 * With entries for the families it missed (SDR, Znanie, Goskomizdat, the Writers' Union, the CC's departments of culture
 * and ideology, RTS, spetskomendatura, spetskontingent, raskazachivanie; Agitprop's name of 1939–1948): 26, and 27 once a
 * name of several words is found in another case inside a longer phrase; fitted to it, not a figure for a new text;
 * 28 once an English name of several entries gives them all (special settlers).
 * Twelfth set (gathered and keyed after all of that and entries for further constant families, measured once with
 * nothing changed on it: the figure a text not yet seen gives at the end of this round): 21 of 31. It missed the housing
 * cooperatives of the 1920s (RZhSKT, zhilkooperatsiia, zhiltovarishchestva, the house committees, gorkommunkhozy, the
 * new housing policy), NKTruda, DOSAAF, politorgan and a siglum written with dots (R.S.F.S.R.). After measuring it: a
 * siglum with dots read as the siglum, НК and a field read as a people's commissariat (inferred): 23; with entries for
 * the housing cooperatives and house committees, kommunkhoz and DOSAAF: 29, fitted to it.
 * Thirteenth set (gathered and keyed after all of that and the late Soviet families, measured once with nothing changed
 * on it: the figure a text not yet seen gives at the end of this round): 8 of 31. Its passages name bodies by their full
 * names (Министерство авиационной промышленности, Государственный комитет по оборонной технике), which the glossary
 * has no entry for, and families it lacked: the human-rights movement (MKhG, pravozashchitniki, politzakliuchennye),
 * vocational education (PTU, proftekhobrazovanie), the rocket industry (BRDD, ZUR, RNII). After measuring it: a state
 * body named in full is read by its kind (ministry, people's commissariat, state committee, main administration) as an
 * inference, the field romanized and untranslated: 16; with entries for the human-rights movement (MKhG,
 * pravozashchitnik, politzakliuchennyi) and PTU, and an adjective's Cyrillic -ого read against -ое: 24, fitted to it.
 * Later readings (a name without the words its entry gives in parentheses, the commissariats' and ministries' compounds,
 * a people's commissar named with his field) gave the eighth 38, the tenth 43 and the twelfth 30.
 * Fourteenth set (gathered and keyed after all of that and 86 entries for the field's constant families, from passages
 * no entry was taken from, measured once with nothing changed on it: the figure a text not yet seen gives at the end of
 * this round): 20 of 43. It missed case forms not read (оседанием, сплошной коллективизацией, раскулачено), a siglum
 * written short (НКЗ), the schools and sport of the 1920s-1930s (ШКМ, ФЗС, ГТО, Всевобуч, the sports societies), the
 * trade unions' bodies (фабзавкомы, production conferences, Наркомтруд), the resettlers' words (обратничество,
 * старожилы, красноармейцы), the People's Assemblies of 1939, the Middle Volga krai and the dzhut. After measuring it,
 * two case forms were read (a noun in -ie in its instrumental, оседанием; romanized -aia against -oi in a name of several
 * words, сплошной коллективизацией): 22, a figure fitted to it, not one to expect on a new text; 26 with entries for the
 * trade unions' factory committees, the schools and sport of the 1920s-1930s (fabzavkom, FZMK, ShKM, the unified labour
 * school, GTO, Vsevobuch), the military districts and the Supreme Soviet's chambers, and -trud ending a compound
 * (Наркомтруд); 27 with the food dictatorship of 1918 among the war communism's entries; 28 with the krais of the 1930s
 * (the Middle Volga krai) among entries for the Comintern, the fleet and the air forces, the ChON and the OMSBON; 39
 * with the Red Army man, the old settlers, the insurgency, the production conferences, the people's assemblies of 1939,
 * dzhut, the factory seven-year school, НКЗ and the participles of раскулачивание (all fitted to it).
 * Fifteenth set (gathered and keyed after the whole round: 727 entries and the participles in -izirovannyi; passages
 * on the evacuation of 1941, the sovnarkhoz reform, the post-war village and the famine of 1946-1947 and the virgin
 * lands, none a source of an entry; measured once with nothing changed on it: the figure a text not yet seen gives at
 * the end of this round): 29 of 41. It missed the genitive plural of a noun in -ka with its inserted vowel
 * (хлебозаготовок, хлебопоставок), the second noun of a hyphenated pair (колхозников-отходников), a common word beside a
 * term (минимума трудодней, заместитель министра земледелия), an abbreviated phrase (адм.-экон. районы) and families
 * it lacks: the virgin lands, the black-earth regions, ration cards, the Supreme Commander-in-Chief, kampaneishchina.
 * After measuring it, the genitive plural of a noun in -ka read (хлебозаготовок): 30; two nouns joined by a hyphen read
 * as the entries each is (колхозников-отходников): 31; with entries for the black-earth and non-black-earth regions,
 * the Supreme Commander-in-Chief and kampaneishchina, and the Cyrillic forms of the virgin lands and the ration cards:
 * 37; 38 with the obligatory minimum of labour days, fitted to it; 39 once заместитель before an official is read as
 * his deputy (заместитель министра земледелия, a general reading of the next round).
 * Sixteenth set (gathered and keyed after the next round: terms in other romanizations read as LC, the deputy of an
 * official or of a body's head, adjectives by their nouns, compound adjectives, camps by their names and 18 entries, 750
 * in all; passages on the atomic project, the NKVD's children's colonies, the census of 1937, the closed distribution
 * and rationing, Torgsin and the closed cities, none a source of an entry; measured once with nothing changed on it: the
 * figure a text not yet seen gives at the end of this round): 21 of 45. Its misses: absent families (the First Chief
 * Directorate, design bureaus, the post-office box, the combine, the children's colonies and reception centres,
 * homelessness and neglect, the TsUNKhU, the closed distribution and special rations, the science cities, the
 * Trotskyist-Zinovievite centre: 20), СМ for the Council of Ministers (1), a phrase with a word the glossary lacks
 * (Постановление Совмина: 1), a stump compound (Стройуправления: 1), and one key too narrow for a right answer (the
 * Torgsin entry does not say its own name). After measuring it, fitted to it: СМ read as the Council of Ministers (the
 * eleventh set 29) and stroi- as a compound's first part (Стройуправления); with entries for the First Chief Directorate,
 * design bureaus, the post-office box, the combine, the TsUNKhU, the closed distribution and special rations, the
 * science and academic towns, the labour colonies, reception centres, homelessness and neglect (most from its own
 * passages): 41; 42 with the party's documents (the closed letter, the cipher telegram, the information summary) and
 * the Trotskyist-Zinovievite centre, from passages it was not gathered from; 43 once the words of official papers are
 * translated beside a term in a phrase (Постановление Совмина СССР); 44 once an administration with a field of common
 * words is read (Управление специальных институтов, a general reading of the next round).
 * The next round's general readings (names of common words translated word by word, officials by their bodies, numbered
 * bodies, more compound parts) gave the thirteenth 26, the fourteenth 41 and the fifteenth 40.
 * Seventeenth set (gathered and keyed after that round: 783 entries; passages on the BAM, the Uzbek cotton affair, the
 * Jewish Anti-Fascist Committee, the abortion ban and pronatalism, rural health care and the deportation of the Chechens
 * and Ingush, none a source of an entry; measured once with nothing changed on it: the figure a text not yet seen gives
 * at the end of this round): 24 of 44. Its misses: absent families (OBKhSS, UVD, GOSET, the special holdings, the Lenin
 * Library, Mother Heroine, the Motherhood Glory order, rodovspomozhenie, Mosgiprotrans: 9), names with a word the common
 * words lack (5), English names in another order or with an English adjective (Uzbekistan Communist Party, Uzbek
 * S.S.R., regional health departments: 3), adjectives and compounds not read (органами госбезопасности,
 * спецпоселенческой системы: 2) and a body whose kind the glossary lacks (Генеральной прокуратуры СССР). After measuring
 * it, fitted to it: a republic by its English adjective and SSR (Uzbek S.S.R.) and a republic's party with the republic
 * first (Uzbekistan Communist Party); an adjective in -chesk- by its noun in -ets (спецпоселенческой), -bezopasnost' as a
 * compound's head (госбезопасности), more common words of names (motherhood, childhood, unit, network, diseases, agent,
 * informer) and 8 entries (OBKhSS, UVD, the procuracy, GBL, RGB, spetskhran, Mother Heroine, Motherhood Glory, some from
 * its own passages): 37; 39 once a department is read with the body it belongs to after its field (отделу внешней
 * политики ЦК) and storage and holdings are common words (фонды специального хранения). The next round's readings gave it
 * 41 (a body named after someone: Государственной библиотеки имени В.И.Ленина; gipro- in a compound: Мосгипротранса) and
 * its entries 43 (GOSET and rodovspomozhenie, fitted to it); the tenth set 44 and the thirteenth 27.
 * Eighteenth set (gathered and keyed after that round: 810 entries, a siglum's plural, BGN and popular spellings, short
 * nouns' case forms, English names in another order, republics' and their parties' sigla by their parts, names after
 * someone; passages on the Soviet Germans' deportation and labour mobilisation, the railways' political departments, the
 * Leningrad NKVD and Kirov's murder, the film industry, the Baltic deportation of 1949 and the pioneer camps, none a source
 * of an entry; measured once with nothing changed on it: the figure a text not yet seen gives at the end of this round):
 * 28 of 52. Its misses: absent families (the labour-mobilised Germans and their columns, the Volga Germans' cantons, the
 * red terror, the Zinovievite opposition, Mezhrabpom, the Red Cross, bourgeois nationalists, the pioneer leader and
 * Zarnitsa: 11), compounds not read by their parts (Sovkino, Proletkino, Mosfilm, Mezhrabpomfilm, пионерлагерей: 5), names
 * of common words the common words lack (Московского комитета партии, областным финансовым отделом, агентурно-
 * осведомительная работа, Верховный Суд АССР НП: 4), a republic's siglum with its people's letters (АССР НП), a siglum
 * among the words of a phrase (Указ Президиума ВС СССР: the Presidium lost), a phrase with one part missing (пионерские
 * дружины: the pioneers, not the druzhina) and one key too narrow for a right answer (Ленинградского управления НКВД
 * gives the UNKVD entry, which does not say internal affairs).
 * After measuring it, fitted to it: a siglum among the words of a name read by the name it stands for (Указ Президиума
 * ВС СССР): 29; sov-, prolet- and pioner- as first parts and -fil'm and -lager' as heads (Sovkino, Proletkino, Mosfilm,
 * пионерлагерей): 33; the capitals' adjectives and the party among the common words of names (Московского комитета
 * партии): 34; 35 with the next round's entry for the Supreme Court (Верховный Суд АССР НП).
 * Nineteenth set (gathered and keyed after that round: 816 entries; passages on the theatre censorship, the trusts and
 * planning bodies of the 1920s, the procuracy, the destruction battalions and city defence committees of 1941, the penal
 * system and the GULAG's regional administrations, the kulak exile, the party in the army at Stalingrad, the proletarian
 * writers, the Komsomol of the 1920s, political education and the Interregional Deputies Group, none a source of an
 * entry but four (found only after the run: the trusts' page, Ginsburgs on the procuracy, the encyclopedia's article on
 * the Interregional Deputies Group and a Komsomol biography, sources of trest, prokuratura, MDG, the Congress of People's
 * Deputies and Komsomol); measured once with nothing changed on it: the figure a text not yet seen gives at the end of
 * this round): 24 of 61, 18 of the 51 terms from the other passages. Four of its misses were right answers its key
 * was too narrow for (Главрепертком and ГРК: the Chief Repertory Committee, where the key asked for repertoire;
 * Главполитпросвета and politprosvet: political enlightenment, where it asked for political education); those patterns
 * were widened after the run (28 with that alone). After measuring it, fitted to it: a committee's name without the
 * owner its entry leaves out is no party committee when a genitive names another (городским комитетом обороны was the
 * gorkom, a wrong answer), English names without the body a gloss attaches them to and in American spelling (Council
 * of Labor and Defense, State Committee for Defense), a state body named in English by its kind (People's Commissariat
 * of Tank Industry, inferred): 31; with 14 entries for the families it missed, each with a source none of its passages
 * is (СУ, УЛАГ, УИТЛК, ОИТК, ВАПП, ВОАПП, МАПП, Glavpolitprosvet, РКСМ, the military council, the party conference,
 * the destruction battalions, the city defence committees, the planning commissions): 42; 43 with the Procurator-General
 * among entries for further families of its topics, none from its passages (the courts and the Supreme Court, the Light
 * Cavalry, LEF, the Central Institute of Labour, exile to settlement, Lend-Lease, state acceptance, Democratic Russia,
 * the Committee for Arts Affairs, katorga, the political isolators, the counter-plan, local air defence, new thinking);
 * 44 once youth and young, league and union render one word in English names (All-Union Leninist Communist Union of
 * Youth: Komsomol).
 * Twentieth set (gathered and keyed after the next round: 866 entries, the commissariats, ministries and state
 * committees read by their branch and entries for the defence-industry commissariats and further families the
 * eighteenth and nineteenth sets missed; passages on tourism and holidays, the composers' and architects' unions and
 * groups, civil aviation, banking and the currency, the Soviet bar and early radio, none a source of an entry;
 * measured once with nothing changed on it: the figure a text not yet seen gives at the end of this round): 6 of 63.
 * Nearly all its misses are families the glossary lacks: tourism, resorts and Intourist (turbaza, OPTE, Sovtur, the
 * putevka, the kurort, the trade unions' tourism and resort administrations, Goskomturist: 21), the music and
 * architecture unions and groups of the 1920s-1930s (the Composers' Union and its Orgkomitet, ASM, RAPM, Muzfond,
 * VAAP, VOPRA, ASNOVA, OSA, VKhUTEIN: 15), civil aviation (Dobrolet, Ukrvozdukhput', Deruluft, Zakavia, the Civil Air
 * Fleet and its administration, Aeroflot: 8), banking and the currency (the People's Bank, the savings banks, the
 * currency reform, the chervonets, the Bank for Foreign Trade: 6), the bar (the colleges of defenders, the advokatura,
 * socialist legality: 4) and early radio and the posts (3). Two of its answers were wrong, not missing: ВО ГВФ read as
 * a military district (ВО is an All-Union association there) and Советский турист as a soviet (the adjective read as
 * the council); a body named in full was read by its kind with its field untranslated (Главное управление гражданского
 * воздушного флота, наркому почт и телеграфов), and ССК СССР and Народный банк РСФСР gave only the Union or the
 * republic.
 * After measuring it, fitted to it: sovetskii no longer read as of a council and ВО no longer a military district (the
 * two wrong answers), the common words of tourism, savings, the currency and the bar and the fields posts, telegraphs
 * and air (Общества пролетарского туризма и экскурсий, денежной реформе, наркому почт и телеграфов: translated word by
 * word, inferred): 13; with 26 entries for the families it missed, each from a source none of its passages is (OPTE,
 * Sovtur, TEU, turbaza, putevka, kurort, dom otdykha, pansionat, Intourist, Dobrolet, GVF, Ukrvozdukhput', Zakavia,
 * Deruluft, the Composers' Union, ASM, RAPM, VOPRA, ASNOVA, OSA, VKhUTEMAS, the chervonets, the currency reform of 1947,
 * the college of defenders, the advokatura, socialist legality; 892 entries): 44. English aliases were left out (their
 * words would join the romanized-word lexicon as Russian) and glosses worded so that canton, rest home and bar stay
 * unread, which costs Rest homes and bourgeois nationalists (the eighteenth set 45); 46 once bash-, tat- and sber- are
 * first parts and -kassa a head (Башсовнаркома, сберкасс; inferred).
 * Twenty-first set (gathered and keyed after the next round: 944 entries, whole families added from named sources by
 * scripts/glossary/families.mjs: the military districts, the commissariats of the 1936 Constitution, the CC's
 * departments, OGIZ; passages on the peasant mutual-aid committees, the oil trusts, water transport, the fisheries, the
 * sports societies, the elections of 1937, the glavki, the armoured directorate and military industry of 1919-1941,
 * the school reform of 1958 and the geological service, none a source of an entry; measured once with nothing changed
 * on it: the figure a text not yet seen gives at the end of this round): 13 of 60. Its 47 misses: families the
 * glossary lacks (the mutual-aid committees and their funds, the oil trusts by their places, the fisheries' bodies and
 * institutes, the sports societies and the Red Sport International, the armoured directorate, the military industry's
 * chief administration, the geological committee, ministry and institutes: 28), words and names of common words not
 * held (пароходств, разнарядке, лишением избирательных прав, характеристик, сменные школы, восьмилетнее образование,
 * оргмоботдел, военинженеру 1 ранга, генерал-лейтенант танковых войск, Танк-бюро, главкизма, Главного геологического
 * управления, Motor-boat fishing stations, labor polytechnic schools: 14), a phrase with one part read and the other
 * not (Высший Совет Физической Культуры as a soviet, рыбопромышленного треста as a trust, правлениями колхозов as a
 * kolkhoz: 3), НКВТ (left unread on purpose: foreign trade or water transport) and one wrong answer (Промвоенсовет read
 * as a soviet, an elected council: it was the Council of Military Industry). One answer counted as known names the
 * wrong body (Калмыцкого ЦИКа as the TsIK of the USSR, where it is the Kalmyk republic's).
 * After measuring it, fitted to it: a name of common words is translated word by word also where single words of it
 * have entries, before those entries (Высший Совет Физической Культуры: higher council of physical culture, and the
 * sovet; правлениями колхозов), with more common words (physical, geological, fishing-industry, shift, evening,
 * eight-year, electoral, mutual aid, board, council, trust …); -sovet after a field is a council, not the elected
 * soviet (Промвоенсовет: no longer a wrong answer); and 18 entries for the families it missed (the mutual-aid
 * committees, the voluntary sports societies, Dinamo, TsSKA, Sportintern, the Spartakiad, the Geological Committee,
 * VSEGEI, TsNIGRI, VIMS, Mingeo, GABTU, ABTU, ABTV, Glavryba, Plavmorin, PINRO, the motor fishing stations; some from
 * its own passages' pages): 39 of 60. The eighteenth set 47 with this round's families.
 */
const SETS: [file: string, measured: number][] = [
  ['held-out-terms.json', 44],
  ['held-out-terms-2.json', 46],
  ['held-out-terms-3.json', 40],
  ['held-out-terms-4.json', 36],
  ['held-out-terms-5.json', 29],
  ['held-out-terms-6.json', 33],
  ['held-out-terms-7.json', 52],
  ['held-out-terms-8.json', 38],
  ['held-out-terms-9.json', 30],
  ['held-out-terms-10.json', 44],
  ['held-out-terms-11.json', 29],
  ['held-out-terms-12.json', 30],
  ['held-out-terms-13.json', 27],
  ['held-out-terms-14.json', 41],
  ['held-out-terms-15.json', 40],
  ['held-out-terms-16.json', 44],
  ['held-out-terms-17.json', 43],
  ['held-out-terms-18.json', 47],
  ['held-out-terms-19.json', 46],
  ['held-out-terms-20.json', 46],
  ['held-out-terms-21.json', 39],
];

function explains(keyed: KeyedTerm): boolean {
  const entries = explainTerm(glossary, keyed.term);
  if (!entries.length) return false;
  const said = entries.map(entry => [entry.expansion, entry.english, isReading(entry) ? '' : entry.description ?? ''].join(' ')).join(' ');
  return keyed.means.every(pattern => new RegExp(pattern, 'iu').test(said));
}

for (const [file, measured] of SETS) {
  const { sources, terms } = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as { sources: { id: string; url: string }[]; terms: KeyedTerm[] };

  describe(`opis explain on the terms of published scholarship (${file})`, () => {
    it('has a source for every term', () => {
      const ids = new Set(sources.map(s => s.id));
      assert.ok(terms.length >= 30, `${terms.length} terms`);
      assert.ok(terms.every(t => ids.has(t.source)), 'every term names one of the sources');
    });

    it(`explains at least ${measured} of ${terms.length} as written`, () => {
      const missed = terms.filter(t => !explains(t)).map(t => t.term);
      const known = terms.length - missed.length;
      assert.ok(known >= measured, `${known} of ${terms.length}; not explained: ${missed.join(', ')}`);
    });
  });
}
