// The words the name of a state body gives its field with (Министерство авиационной промышленности, Государственный
// комитет по оборонной технике, НКТруда), translated word by word where every word is one of them: the branches of
// industry, the sectors of government and their adjectives, as the lists of the people's commissariats and ministries
// name them (Wikipedia, People's Commissariat of Heavy Industry: its successors of 1939; Military-Industrial Commission:
// the defence-industry ministries). Forms are Library of Congress romanizations in lower case; a word is one of these
// stems and a case ending of up to four letters.

import { NAME_WORDS, type WordKind } from './nameWords';

const adjective = (english: string): [string, WordKind] => [english, 'adjective'];
const noun = (english: string): [string, WordKind] => [english, 'noun'];

/** Word stems (longest wins) and what they are in English. */
const WORDS: ReadonlyMap<string, [string, WordKind]> = new Map([
  ['aviatsionn', adjective('aviation')],
  ['oboronn', adjective('defence')],
  ['tiazhel', adjective('heavy')],
  ['legk', adjective('light')],
  ['pishchev', adjective('food')],
  ['mestn', adjective('local')],
  ['khimichesk', adjective('chemical')],
  ['neftian', adjective('oil')],
  ['gazov', adjective('gas')],
  ['ugol’n', adjective('coal')],
  ['lesn', adjective('timber')],
  ['bumazhn', adjective('paper')],
  ['tekstil’n', adjective('textile')],
  ['rybn', adjective('fishing')],
  ['miasn', adjective('meat')],
  ['molochn', adjective('dairy')],
  ['sudostroitel’n', adjective('shipbuilding')],
  ['tankov', adjective('tank')],
  ['elektrotekhnichesk', adjective('electrical engineering')],
  ['radiotekhnichesk', adjective('radio engineering')],
  ['elektronn', adjective('electronics')],
  ['elektrichesk', adjective('electric')],
  ['stankostroitel’n', adjective('machine-tool')],
  ['sredn', adjective('medium')],
  ['obshch', adjective('general')],
  ['transportn', adjective('transport')],
  ['sel’skokhoziaistvenn', adjective('agricultural')],
  ['vnutrenn', adjective('internal')],
  ['vneshn', adjective('foreign')],
  ['inostrann', adjective('foreign')],
  ['gosudarstvenn', adjective('state')],
  ['vyssh', adjective('higher')],
  ['spetsial’n', adjective('special')],
  ['morsk', adjective('maritime')],
  ['rechn', adjective('river')],
  ['grazhdansk', adjective('civil')],
  ['voenn', adjective('military')],
  ['narodn', adjective('public')],
  ['sotsial’n', adjective('social')],
  ['chern', adjective('ferrous')],
  ['tsvetn', adjective('non-ferrous')],
  ['stroitel’n', adjective('building')],
  ['zheleznodorozhn', adjective('railway')],
  ['avtomobil’n', adjective('motor')],
  ['vodn', adjective('water')],
  ['material’n', adjective('material')],
  ['atomn', adjective('atomic')],
  ['iadern', adjective('nuclear')],
  ['raketn', adjective('rocket')],
  ['mineral’n', adjective('mineral')],
  ['montazhn', adjective('assembly')],
  ['kommunal’n', adjective('communal')],
  ['zhilishchn', adjective('housing')],
  ['pogranichn', adjective('border')],
  ['pozharn', adjective('fire')],
  ['arkhivn', adjective('archive')],
  ['shossein', adjective('highway')],
  ['nauchn', adjective('scientific')],
  ['issledovatel’sk', adjective('research')],
  ['uchebn', adjective('educational')],
  ['ispravitel’n', adjective('corrective')],
  ['trudov', adjective('labour')],
  ['detsk', adjective('children’s')],
  ['vozdushn', adjective('air')],
  ['promyshlennost', noun('industry')],
  ['mashinostroeni', noun('machine building')],
  ['priborostroeni', noun('instrument making')],
  ['vooruzheni', noun('armament')],
  ['boepripas', noun('ammunition')],
  ['sviaz', noun('communications')],
  ['torgovl', noun('trade')],
  ['finans', noun('finance')],
  ['iustitsi', noun('justice')],
  ['oboron', noun('defence')],
  ['zdravookhraneni', noun('health')],
  ['prosveshcheni', noun('education (enlightenment)')],
  ['obrazovani', noun('education')],
  ['kul’tur', noun('culture')],
  ['trud', noun('labour')],
  ['khoziaistv', noun('economy')],
  ['stroitel’stv', noun('construction')],
  ['material', noun('materials')],
  ['energetik', noun('power engineering')],
  ['elektrostantsi', noun('power stations')],
  ['stantsi', noun('stations')],
  ['elektrifikatsi', noun('electrification')],
  ['geologi', noun('geology')],
  ['metallurgi', noun('metallurgy')],
  ['transport', noun('transport')],
  ['flot', noun('fleet')],
  ['aviatsi', noun('aviation')],
  ['pocht', noun('posts')],
  ['telegraf', noun('telegraphs')],
  ['del', noun('affairs')],
  ['bezopasnost', noun('security')],
  ['kontrol', noun('control')],
  ['snabzheni', noun('supply')],
  ['zagotov', noun('procurement')],
  ['prodovol’stvi', noun('food supply')],
  ['tekhnik', noun('technology')],
  ['nauk', noun('science')],
  ['lager', noun('camps')],
  ['kolkhoz', noun('collective farms')],
  ['sovkhoz', noun('state farms')],
  ['melioratsi', noun('land reclamation')],
  ['rezerv', noun('reserves')],
  ['sredstv', noun('means')],
  ['iskusstv', noun('arts')],
  ['religi', noun('religion')],
  ['kinematografi', noun('cinema')],
  ['pechat', noun('press')],
  ['izdatel’stv', noun('publishing')],
  ['radioveshchani', noun('broadcasting')],
  ['televideni', noun('television')],
  ['tsen', noun('prices')],
  ['statistik', noun('statistics')],
  ['planirovani', noun('planning')],
  ['udobreni', noun('fertilizers')],
  ['obespecheni', noun('provision')],
  ['neft', noun('oil')],
  ['gaz', noun('gas')],
  ['okhran', noun('protection')],
  ['militsi', noun('militia')],
  ['dorog', noun('roads')],
  ['kadr', noun('cadres')],
  ['propagand', noun('propaganda')],
  ['agitatsi', noun('agitation')],
  ['zemledeli', noun('agriculture')],
  ['zhivotnovodstv', noun('livestock farming')],
  ['institut', noun('institutes')],
  ['uchrezhdeni', noun('institutions')],
  ['proizvodstv', noun('production')],
  ['koloni', noun('colonies')],
]);

/** Names of two words that English renders as one thing. */
const PHRASES: ReadonlyMap<string, string> = new Map([
  ['sel’skogo khoziaistva', 'agriculture'],
  ['sel’skoe khoziaistvo', 'agriculture'],
  ['putei soobshcheniia', 'railways (ways of communication)'],
  ['mest zakliucheniia', 'places of confinement'],
  ['sotsial’nogo obespecheniia', 'social security'],
  ['sredniaia shkola', 'secondary school'],
  ['srednei shkoly', 'secondary school'],
  ['srednei shkole', 'secondary school'],
  ['srednie shkoly', 'secondary schools'],
  ['srednikh shkol', 'secondary schools'],
]);

/** The state a body's name may end with (Министерство вооружения СССР), as a noun. */
const STATES: ReadonlyMap<string, string> = new Map([
  ['sssr', 'the USSR'],
  ['rsfsr', 'the RSFSR'],
  ['ussr', 'the Ukrainian SSR'],
  ['bssr', 'the Belorussian SSR'],
]);

/** First parts a branch is written with in one word (elektropromyshlennosti, radiopromyshlennosti). */
const PREFIXES: readonly [string, string][] = [
  ['elektro', 'electrical'],
  ['radio', 'radio'],
  ['avia', 'aircraft'],
];

const CONNECTIVES: ReadonlyMap<string, string> = new Map([
  ['i', 'and'],
  ['po', 'for'],
]);

const MAX_ENDING = 4;

/** A field's words and the common words of names, a field's sense first where a stem is both. */
const ALL_WORDS: ReadonlyMap<string, [string, WordKind]> = new Map([...NAME_WORDS, ...WORDS]);

/** The English of one romanized word, if it is a known stem with an ending; a word of two joined by a hyphen, each part's
 * (nauchno-tekhnicheskikh: scientific-technical, priemnik-raspredelitel’: reception centre-distribution centre). */
function wordOf(word: string): [string, WordKind] | undefined {
  const halves = word.split('-');
  if (halves.length === 2 && halves.every(Boolean)) {
    const [first, second] = halves.map(wordOf);
    return first && second ? [`${first[0]}-${second[0]}`, second[1]] : undefined;
  }
  let found: string | undefined;
  for (const stem of ALL_WORDS.keys()) {
    if (word.startsWith(stem) && word.length - stem.length <= MAX_ENDING && (!found || stem.length > found.length)) found = stem;
  }
  if (found) return ALL_WORDS.get(found);
  for (const [prefix, english] of PREFIXES) {
    const rest = word.startsWith(prefix) ? wordOf(word.slice(prefix.length)) : undefined;
    if (rest?.[1] === 'noun') return [`${english} ${rest[0]}`, 'noun'];
  }
  return undefined;
}

/**
 * The field in English, word by word, where every word is known: an adjective goes before its noun, and a noun after
 * another noun takes “of” (promyshlennosti sredstv sviazi: industry of means of communications).
 */
export function translateField(latin: string): string | undefined {
  return translateWords(latin)?.english;
}

/** The words in English, and whether a noun is among them. */
export function translateWords(latin: string): { english: string; noun: boolean } | undefined {
  const words = latin.toLowerCase().replace(/['ʼ′]/gu, '’').split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  let afterNoun = false;
  let noun = false;
  for (let i = 0; i < words.length; i++) {
    const connective = CONNECTIVES.get(words[i]);
    const phrase = PHRASES.get(`${words[i]} ${words[i + 1] ?? ''}`);
    const state = STATES.get(words[i]);
    const [english, kind] = connective ? [connective, undefined] : phrase || state ? [phrase ?? state, 'noun' as const] : (wordOf(words[i]) ?? []);
    if (!english) return undefined;
    if (phrase) i++;
    if (kind && afterNoun) out.push('of');
    out.push(english);
    afterNoun = kind === 'noun';
    noun ||= afterNoun;
  }
  return out.length ? { english: out.join(' '), noun } : undefined;
}
