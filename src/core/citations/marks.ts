// Locator marks of archival references in both scripts and in words: `f.` `ф.` `fond`, `op.` `оп.` `opis’` `ap.` `per.`,
// `d.` `dd.` `д.` `delo` `sprava` `b.`, `t.` `т.` `tom`, `ch.` `ч.`, `l.` `ll.` `л.` `лл.` `list` `ark.`, and the marks of
// the other archives of the former USSR (Belarusian, Baltic, Caucasian, Central Asian; see OTHER_LANGUAGES) and of English
// translations (`inv.`, `case`, `sheets`). A mark counts only where a reference can go on: at the start, after
// `,` `;` `:` `(` or `)`, after the full stop of a number or before a capitalised mark (`Д. 199. Л. 12`, `f. 558. op. 1`),
// after the dash that parts the elements of a GOST reference (`Ф. 558. – Оп. 11`), or, for a fond, after an archive
// siglum (`RGIA f. 1289`). So `i t. d. 1921 g.` inside a file title is not a new delo.

export type Level = 'f' | 'op' | 'd' | 't' | 'ch' | 'l';

/** From the broadest to the narrowest. */
export const LEVELS: readonly Level[] = ['f', 'op', 'd', 't', 'ch', 'l'];

/** `per.` (perechen'), the inventory of RGANI's fond 89 (`f. 89, per. 40, d. 2`), stands at the level of the opis'. */
const ABBREVIATIONS: Record<string, Level> = {
  f: 'f', ф: 'f', op: 'op', оп: 'op', per: 'op', пер: 'op', inv: 'op', d: 'd', dd: 'd', д: 'd', дд: 'd', t: 't', т: 't', ch: 'ch', ч: 'ch', l: 'l', ll: 'l', л: 'l', лл: 'l',
  // Belarusian vopis (opis'); the Georgian pondi, anaweri, sakme (ფ. ან. საქ.); the Armenian fond (ֆ.); the Azerbaijani
  // siyahı (opis'); the Kazakh qor (fond, қ.).
  vop: 'op', воп: 'op', ფ: 'f', ან: 'op', საქ: 'd', ֆ: 'f', siy: 'op', қ: 'f',
  // English translations: collection (fond), sheet (list): `Coll. 7. Inv. 5. File. 1133. Sht. 153–154`.
  coll: 'f', sht: 'l',
  // German Blatt and Polish zespół, sygnatura (the file's shelf mark), as German and Polish notes abbreviate them; the
  // English and French folio, feuillets.
  bl: 'l', bll: 'l', zesp: 'f', sygn: 'd', fol: 'l', fols: 'l', ff: 'l',
};
const WORDS: Record<string, Level> = {
  fond: 'f', фонд: 'f', opis: 'op', "opis'": 'op', 'opis’': 'op', опись: 'op', delo: 'd', дело: 'd', tom: 't', том: 't', list: 'l', listy: 'l', лист: 'l', листы: 'l',
  // Ukrainian archives: sprava (file) and arkush (folio).
  sprava: 'd', справа: 'd', spr: 'd', спр: 'd', ark: 'l', арк: 'l',
  // English translations of the marks: inventory (opis'), case (delo), sheet (list); the Moldovan and Romanian inventar,
  // dosar and fila.
  inventory: 'op', case: 'd', file: 'd', sheet: 'l', sheets: 'l', inventar: 'op', dosar: 'd', fila: 'l', filele: 'l',
  // German (Bestand, Findbuch, Akte, Blatt), Polish (zespół, teczka) and French (fonds, inventaire, feuillet) notes.
  bestand: 'f', findbuch: 'op', akte: 'd', blatt: 'l', blätter: 'l', zespół: 'f', teczka: 'd', fonds: 'f', inventaire: 'op', feuillet: 'l', feuillets: 'l',
  // A file named by its kind: the FSB archives' archival investigative or criminal file (`АСД № Р–3454`, `ASD R-3454`).
  асд: 'd', ауд: 'd', asd: 'd',
  // The Smolensk archive's party files, named by their series (`WKP 186`).
  wkp: 'd',
};
/** Kinds of file that open a reference right after the archive, as a fond does: `ЦА ФСБ РФ, АСД № Р–3454`, `WKP 186`. */
const FILE_KINDS = new Set(['асд', 'ауд', 'asd', 'wkp']);
/** File kinds whose series is part of the file's designation, kept with its number (`WKP 186`). */
export const SERIES_KINDS = new Set(['wkp']);
/**
 * Marks that count only right after a mark of the levels given. The Lithuanian apyrašas (opis') and byla (file),
 * `LYA, f. K-1, ap. 3, b. 22, l. 5`, after the fond and the apyrašas, or opening a continuation that another mark
 * follows (`; b. 532, l. 3`), since `b. 1898` elsewhere is a year of birth. A page after a file is its folio
 * (`delo 1320, p. 14`, `pp. 191–4`), while a page after anything else is a book's.
 */
const CHAINED: Record<string, { level: Level; after: readonly Level[]; opens: boolean; bare?: true }> = {
  ap: { level: 'op', after: ['f'], opens: true },
  // The Armenian cucak, gorts, tert (`ֆ. 1, ց. 2, գ. 3, թ. 4`); the Uzbek ro'yxat and ish (`f. R-86, r. 1, i. 12`,
  // `ф. Р-86, р. 1, и. 12`), the Azerbaijani iş (`siy. 1, iş 45`), the Kazakh іс (`т. 1, іс 12`): a mark only right
  // after the mark above them.
  ց: { level: 'op', after: ['f'], opens: false },
  գ: { level: 'd', after: ['op'], opens: false },
  թ: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  r: { level: 'op', after: ['f'], opens: false },
  р: { level: 'op', after: ['f'], opens: false },
  i: { level: 'd', after: ['op'], opens: false },
  и: { level: 'd', after: ['op'], opens: false },
  iş: { level: 'd', after: ['op'], opens: false, bare: true },
  іс: { level: 'd', after: ['op'], opens: false, bare: true },
  иш: { level: 'd', after: ['op'], opens: false, bare: true },
  // The Georgian purceli (folio) shares the pondi's letter (`საქ. 12, ფ. 5`).
  ფურც: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  b: { level: 'd', after: ['op'], opens: true },
  p: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  pp: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  // English translations: `inv. 2, c. 57, sh. 58` (case, sheet), where `c. 1920` elsewhere is a date.
  c: { level: 'd', after: ['f', 'op'], opens: false },
  sh: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  // The Federal Archival Agency's English: collection, series, folder (`Coll. 17, ser. 163, fold. 1292, ff. 62–63`),
  // where `ser.` elsewhere is a publication's series.
  ser: { level: 'op', after: ['f'], opens: false },
  fold: { level: 'd', after: ['op'], opens: false },
  // A page of the file, in Russian: `Д. 2, стр. 324`, `Д. 75. С. 132` (after a full stop too, see PAGE_AFTER_STOP); after
  // a volume it is a book's page (`Т. 2. С. 65`).
  с: { level: 'l', after: ['d'], opens: false },
  стр: { level: 'l', after: ['d'], opens: false },
  // The Estonian nimistu and säilik (`ERAF, f. 1, n. 5, s. 12`), where `n. 5` is a note and `s. 12` a page elsewhere.
  n: { level: 'op', after: ['f'], opens: false },
  nim: { level: 'op', after: ['f'], opens: false },
  s: { level: 'd', after: ['op'], opens: false },
  // The Latvian apraksts and lapa (`LVA, f. 101, apr. 1, l. 52, lp. 12`); the l. right after an apraksts is its lieta.
  apr: { level: 'op', after: ['f'], opens: false },
  lp: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  // The Polish karta (`d. 45, k. 12`), and the French dossier after the inventaire or opis'; French notes also call
  // the opis' itself a dossier and the file an article (`fonds 517, dossier 1, article 1080`), so only the place tells.
  k: { level: 'l', after: ['d', 't', 'ch'], opens: false },
  dossier: { level: 'd', after: ['op'], opens: false, bare: true },
  article: { level: 'd', after: ['op'], opens: false, bare: true },
};
/**
 * Marks read otherwise right after the number of a given mark: the Latvian lieta after the apraksts (`apr. 1, l. 52,
 * lp. 12`), the Kazakh тізбе after the қор (`қ. 708, т. 1`, not a tom), the Georgian purceli after the file (`საქ. 12,
 * ფ. 5`, not a fond), and others below.
 */
const AFTER_MARK: Record<string, { level: Level; after: (previous: Mark, marks: readonly Mark[]) => boolean }> = {
  l: { level: 'd', after: p => p.written === 'apr' },
  т: { level: 'op', after: p => p.written === 'қ' },
  ფ: { level: 'l', after: p => ['d', 't', 'ch'].includes(p.level) },
  // The Uzbek varaq and Azerbaijani vərəq after their file's mark (`i. 12, v. 5`, `iş 45, v. 12`), the Kazakh парақ
  // after the іс; after a delo of other marks `v.` may be a volume.
  v: { level: 'l', after: p => ['i', 'iş'].includes(p.written) },
  в: { level: 'l', after: p => ['и', 'иш'].includes(p.written) },
  п: { level: 'l', after: p => p.written === 'іс' },
  // The Moldovan and Romanian fila after the dosar of an inventar (`ANRM, F. 2948, inv. 1, d. 12, f. 5`) and the French
  // feuillet after a file (`d. 1080, f. 12`); an `f.` that an opis' follows opens another fond (see opensFond).
  f: { level: 'l', after: p => p.level === 'd' },
};
/** Page marks that follow their file after its number's full stop as well as after a comma. */
const PAGE_AFTER_STOP = new Set(['с', 'стр']);
/** `dossier 1, article 1080`: the number of the dossier, then its article. */
const ARTICLE_NEXT = /^\d+\p{L}?, ?article \d/u;
/** `RGASPI, 495/10/5, f. 3`: an `f.` right after a compact file is its folio (feuillet). */
const COMPACT_BEFORE = /\d+\p{L}?[/.]\d+\p{L}?[/.]\d+\p{L}?, ?$/u;
/** `d. 987, f. 81, op. 3`: an `f.` after a file opens another fond when an opis' mark follows its number. */
const OPIS_NEXT = /^ ?[\p{Lu}\d-]*\d\p{L}?, ?(?:op|оп|inv|inventaire|opis|опись)(?!\p{L})/iu;
/** A storage unit, `ed. khr. 492`, `yed. khr.`, `ед. хр. 12`, stands at the level of the file: its mark is the second word. */
const STORAGE_UNIT = /(?<![\p{L}])(?:y?ed|ед)\. ?$/iu;
/** Abbreviations long enough to stand without their dot inside a chain (`f. 1114 op 1`). */
const UNDOTTED = new Set(['op', 'оп', 'dd', 'll', 'лл']);
/**
 * The letters a number may open with and the dash after them, as typeset (`R-9401`, `Р–9401`, `П - 2`, `Р- 467`,
 * `r-92`); the dash is read as a hyphen.
 */
export const LETTERED = String.raw`(?:\p{Lu}{1,3}(?:- ?| ?[–—] ?| - )?|\p{Ll}{1,2}-)?`;
/** `Р–9401`, `П - 2` as `Р-9401`, `П-2`. */
export const hyphenated = (number: string) => number.replace(/^(\p{Lu}{1,3}) ?[-–—] ?(?=\d)/u, '$1-');
/** The number of the mark before (`оп.4С/П д.570`): what a mark may follow without a separator. */
const NUMBER_ONLY = new RegExp(String.raw`^${LETTERED}\d+(?:\p{Ll}|\p{Lu}{1,2}(?:/\p{Lu}{1,2})?)?$`, 'u');

/** A fond written by its name before more marks: `AOTsPSI, f. Karlaga, sv. 27, d. 457`. */
const NAMED_FOND = /(?<![\p{L}\p{N}'’])([fфFФ])\. ?(?=\p{Lu}\p{Ll}[\p{L}’'-]*, )/gu;
/**
 * A word of up to nine letters (`inventory`), its dot, at most one space, then a number (`R-9401`, `П-3`, `558`); a
 * translation of the word in square brackets (`fond [stock] 1`) or a number sign (`д. № 5`, `Д. N 6530`) may come between, and a
 * colon as lists of records set it (`Фонд: Р-8065. Опись: 2. Дело: 10480.`, `Дело:. 6508`).
 */
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(\p{L}{1,10}['’]?)(\.?)(?::\.?)? ?(?:\[[\p{L} ]{1,20}\] )?(?:№ ?|N (?=\d))?(?=${LETTERED}\d)`, 'gu');
/**
 * Look-alike letters of the other script set inside a mark (`oп.` with a Latin o, `Сoll.` with a Cyrillic С): read in
 * the script most of the word is written in.
 */
const LOOKALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у' };
const LATIN_OF = Object.fromEntries(Object.entries(LOOKALIKES).map(([latin, cyrillic]) => [cyrillic, latin]));
function asWritten(word: string): string {
  const latin = word.match(/[a-z]/g)?.length ?? 0;
  const cyrillic = word.match(/[а-яё]/g)?.length ?? 0;
  if (!latin || !cyrillic) return word;
  return latin > cyrillic ? word.replace(/[асеорху]/g, ch => LATIN_OF[ch]) : word.replace(/[acoepxy]/g, ch => LOOKALIKES[ch]);
}
/**
 * A volume named, not numbered, in quotes: `Т. «Судебное производство»`. Its mark ends the file's title; what follows
 * it cannot be read as a number.
 */
const NAMED_VOLUME = /(?<![\p{L}\p{N}])([ТтTt])\. ?(?=[«“])/gu;
/** Whether a word, as written, is a locator mark in some reference (`ЛЛ`, `Inv`, `спр`, `Sht`). */
export function isMarkWord(word: string): boolean {
  const lower = asWritten(word.toLowerCase());
  return lower in ABBREVIATIONS || lower in WORDS || lower in CHAINED || lower in AFTER_MARK;
}

/**
 * A full name names an archive or a records centre, in the languages of the former USSR's archives (`Держархів
 * Харківської області`, `Нацыянальны архіў`, `Lietuvos centrinis valstybės archyvas`, `Latvijas Valsts arhīvs`), and in
 * German, Polish and French scholarship (`Staatsarchiv`, `Archiwum Akt Nowych`, `Archives du Komintern`). The adjective
 * before a file, data or a reference (`archival`, `архивное дело`, `архивно-следственное`, `архивные данные`, `архивная
 * ссылка`, `архівна справа`) names none: `Архивное дело: ГААРК, …` labels a reference; `Архивный отдел администрации …`
 * is an archive.
 */
export const ARCHIVE_WORD =
  /\b(?:archive|archives|tsentr|centre|center|khranenie|khranilishche)\b|\b(?:archyv|arhīv|arhiiv|arxiv|arkhiv(?!n\p{Ll}* delo)|arhiv|arch\.|arkh\.|archiw)|archiv(?!al)|архив(?!н\p{Ll}* (?:дел|данн|ссылк)|но-)|архів(?!н\p{Ll}* (?:спр|дан)|но-)|архіў(?!н\p{Ll}* спр|на-)|мұрағат|არქივ|արխիվ|центр/iu;

/**
 * Tokens of a siglum carry at least two capitals (TsDOO, SO, SPb, RGASPI, ГАРФ, O'zMA with the Uzbek apostrophe); in the
 * Georgian script, which has no capitals, a short word (სცსა, სუიცა).
 */
const SIGLUM_TOKEN = /^(?:(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}'’‘-]+|\p{Script=Georgian}{2,6})$/u;

export function isSiglumToken(token: string): boolean {
  return token.length <= 12 && SIGLUM_TOKEN.test(token);
}

export interface Mark {
  level: Level;
  /** Offset of the mark's first letter. */
  start: number;
  /** Offset just after the mark and its space: where its number starts. */
  end: number;
  /** A kind of file (`АСД`) that stands first after the archive, as a fond does. */
  fileKind?: true;
  /** The mark as written, lower-cased. */
  written: string;
}

/** The word before `at` (ending at `at`, spaces skipped), read backwards. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}-]/u.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/**
 * Words that lead into a reference in the languages of the notes: `See f. 17`, `Vgl. f. 17`, `Zob.`, `Voir`, `См.`, a
 * record's `Арх. дело №11110` and `Архивные данные Фонд: 6478`.
 */
const LEAD_IN = /(?:^|[\s(])(?:see(?: also)?|cf\.|vgl\.|siehe|zob\.|por\.|voir|см\.:?|ср\.|арх\.|архивные данные:?)$/iu;

function allowedAfter(text: string, start: number, level: Level, capital: boolean, dotted: boolean, word: boolean, previous?: Mark): boolean {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (i === 0) return dotted || word;
  if (previous === undefined && i < start && LEAD_IN.test(text.slice(Math.max(0, i - 16), i))) return dotted || word;
  // `РДАСПІ. – Ф. 558. – Оп. 11`: a GOST reference parts its elements with a dash after their full stops.
  if ('–—'.includes(text[i - 1]) && /\. *$/.test(text.slice(0, i - 1))) return dotted || word;
  // `f. 1114 op 1 sprava 44`: right after the number of the mark before, with only a space between.
  if (previous && i < start && NUMBER_ONLY.test(text.slice(previous.end, i))) return true;
  const before = text[i - 1];
  if (before === '.') {
    // `Op.1. D 2.`: an undotted abbreviation only inside such a chain of capitalised marks; a fond also after the full
    // stop of a siglum (`Партархив Чувашского обкома КПСС. ф. 1`).
    const afterSiglum = level === 'f' && (dotted || word) && isSiglumToken(wordBefore(text, i - 1));
    return capital || afterSiglum || /[\p{N}]/u.test(text[i - 2] ?? '') || (/\p{L}/u.test(text[i - 2] ?? '') && /\d/.test(text[i - 3] ?? ''));
  }
  if (!dotted && !word) return false;
  if (',;:()'.includes(before)) return true;
  // `… Russian State Archive of Social and Political History Coll. 17`: a capitalised fond after an archive's full name.
  const afterName = capital && ARCHIVE_WORD.test(text.slice(Math.max(0, i - 80), i));
  return level === 'f' && i < start && (isSiglumToken(wordBefore(text, i)) || afterName);
}

/** Every locator mark of the text, in order. */
/**
 * `CSHA GR, F, 1823, inv. 2`: a fond's mark set with a comma for its full stop, read as the mark where an opis' mark
 * follows the number to show it is an address. The comma is read as the dot it stands for, so offsets keep their place.
 */
const COMMA_FOR_STOP = /(?<![\p{L}\p{N}'’])([FfФф]),(?= (?:\p{Lu}{1,3}-)?\d+, ?(?:inv|op|оп|opis|опись)\.? ?\d)/gu;

export function findMarks(written: string): Mark[] {
  const text = written.replace(COMMA_FOR_STOP, '$1.');
  const marks: Mark[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const written = m[1];
    const lower = asWritten(written.toLowerCase());
    const dotted = m[2] === '.';
    const word = lower in WORDS && !dotted;
    const start = m.index ?? 0;
    const previous = marks[marks.length - 1];
    const opening = previous === undefined && text.slice(0, start).trim() === '';
    const rule = CHAINED[lower];
    // A page follows the file's number directly (`delo 1320, p. 14`), not a title or another reference after it.
    const afterNumber = previous !== undefined && /^[^\s,;]+, ?$/u.test(text.slice(previous.end, start));
    // `Д. 75. С. 132`: a capitalised page mark after the full stop of the file's number.
    const afterStop = PAGE_AFTER_STOP.has(lower) && written[0] !== lower[0] && previous !== undefined && /^[^\s,;.]+\. ?$/u.test(text.slice(previous.end, start));
    const follows = previous !== undefined && rule?.after.includes(previous.level) && (rule.opens || afterNumber || afterStop);
    const chained = (dotted || rule?.bare) && rule && ((opening && rule.opens) || follows) ? rule.level : undefined;
    // `fonds 517, dossier 1, article 1080`: a dossier right after the fond that an article follows is the opis'.
    const dossierAsOpis = lower === 'dossier' && previous?.level === 'f' && afterNumber && ARTICLE_NEXT.test(text.slice(start + m[0].length));
    if (dossierAsOpis) {
      marks.push({ level: 'op', start, end: start + m[0].length, written: lower });
      continue;
    }
    const unit = (lower === 'khr' || lower === 'хр') && dotted ? STORAGE_UNIT.exec(text.slice(0, start)) : null;
    if (unit) {
      const from = start - unit[0].length;
      if (allowedAfter(text, from, 'd', unit[0][0] !== unit[0][0].toLowerCase(), true, false, previous)) marks.push({ level: 'd', start: from, end: start + m[0].length, written: lower });
      continue;
    }
    const afterRule = dotted && afterNumber && previous ? AFTER_MARK[lower] : undefined;
    const feuillet = lower === 'f' && dotted && previous === undefined && COMPACT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    const byPlace = afterRule?.after(previous as Mark, marks) && !(lower === 'f' && OPIS_NEXT.test(text.slice(start + m[0].length)));
    const context = feuillet ? 'l' : byPlace ? afterRule?.level : undefined;
    const level = context ?? (dotted ? ABBREVIATIONS[lower] ?? WORDS[lower] ?? chained : WORDS[lower] ?? chained ?? ABBREVIATIONS[lower]);
    if (!level) continue;
    const capital = written[0] !== lower[0];
    // `opis 11, D 1552`: a capital without its dot continues a chain right after the number of the level above it.
    const continues = capital && previous !== undefined && LEVELS.indexOf(level) === LEVELS.indexOf(previous.level) + 1 && /^[^\s,;]+, ?$/u.test(text.slice(previous.end, start));
    const undotted = (UNDOTTED.has(lower) || continues || chained !== undefined) && previous !== undefined;
    // `Оп. 15. Д 58`, and run together after the number's full stop, `Оп. 15.Д 58`: a capital closing a number's sentence.
    const closesSentence = capital && (text[start - 2] === '.' || (previous !== undefined && /\d\.$/.test(text.slice(previous.end, start))));
    if (!dotted && !word && !undotted && !closesSentence) continue;
    if (!allowedAfter(text, start, level, capital, dotted, word || undotted, previous)) continue;
    const mark: Mark = { level, start, end: start + m[0].length, written: lower };
    if (FILE_KINDS.has(lower)) mark.fileKind = true;
    marks.push(mark);
  }
  for (const m of text.matchAll(NAMED_VOLUME)) {
    const start = m.index ?? 0;
    const next = marks.findIndex(x => x.start > start);
    const before = marks[next === -1 ? marks.length - 1 : next - 1];
    if (!before || LEVELS.indexOf(before.level) >= LEVELS.indexOf('t') || !allowedAfter(text, start, 't', m[1] !== m[1].toLowerCase(), true, false, before)) continue;
    marks.splice(next === -1 ? marks.length : next, 0, { level: 't', start, end: start + m[0].length, written: m[1].toLowerCase() });
  }
  // A named fond counts only right after an archive's siglum and where a numbered file or opis' follows it; `…, F.
  // Dzerzhinsky, …` is a person.
  for (const m of text.matchAll(NAMED_FOND)) {
    const start = m.index ?? 0;
    const next = marks.findIndex(x => x.start > start);
    const siglum = /([^\s,.]+)[,.]? $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (next === -1 || marks[next].level === 'f' || !siglum || !isSiglumToken(siglum)) continue;
    marks.splice(next, 0, { level: 'f', start, end: start + m[0].length, written: m[1].toLowerCase() });
  }
  const first = marks[0];
  const lone = marks.length === 1 && first.start === 0 && text.slice(0, first.end).replace(/[. ]/g, '').toLowerCase() in CHAINED;
  return lone ? [] : marks;
}
