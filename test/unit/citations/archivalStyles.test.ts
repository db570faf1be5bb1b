// Every common way of writing an archival reference, Latin and Cyrillic: each case gives every field of every
// citation the note yields as written (continuations filled in, raw left out), so a field read wrongly or
// invented fails the case.
import * as assert from 'node:assert/strict';
import { resolveNotes, type Citation } from '../../../src/core/citations';

const known = { knownArchive: (s: string) => (['RGASPI', 'GARF', 'RGIA', 'TsGAOR'].includes(s) ? s : s === 'GA RF' ? 'GARF' : undefined) };

function fields(c: Citation): Partial<Citation> {
  const copy: Partial<Citation> = { ...c };
  delete copy.raw;
  return copy;
}

const citationsOf = (text: string) => resolveNotes([{ label: '1', text }], known)[0].citations;
const A = 'archival' as const;
const BY_PLACE = "fond, opis', delo and folio read by their place: the glossary does not know the archive and the notes do not cite it with f.";
const FOLIO_BY_PLACE = 'folio read by its place: the number closing the reference after a document’s or a storage unit’s number or a date';
const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'a siglum with its other name remarked in parentheses, in a sentence and before a colon: the siglum as written',
    'Документ хранится в ЦГАОР (ныне ГАРФ): Ф. 5446. Оп. 1. Д. 5. Л. 3; TsGAOR (now GARF), f. 5446, op. 1, d. 6, l. 4.',
    [
      { kind: A, archive: 'ЦГАОР', fond: '5446', opis: '1', delo: '5', folios: '3' },
      { kind: A, archive: 'TsGAOR', fond: '5446', opis: '1', delo: '6', folios: '4' },
    ],
  ],
  ['siglum and comma', 'RGIA, f. 1289, op. 1, d. 5.', [{ kind: A, archive: 'RGIA', fond: '1289', opis: '1', delo: '5' }]],
  ['siglum without comma', 'RGIA f. 1289, op. 1, d. 5, l. 3.', [{ kind: A, archive: 'RGIA', fond: '1289', opis: '1', delo: '5', folios: '3' }]],
  [
    'inside parentheses after a page of the book that prints it, with a continuation after the next page',
    'Ocherki (Moscow, 2001), 296 (RGASPI, f. 558, op. 11, d. 65, l. 58), 335 (d. 57, l. 68).',
    [
      { kind: 'printed', title: 'Ocherki', published: 'Moscow, 2001', pages: '296' },
      { kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '65', folios: '58' },
      { kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '57', folios: '68' },
    ],
  ],
  [
    'full name with the siglum in parentheses',
    'Gos. arkhiv Novosibirskoi oblasti (GANO), f. 4, op. 34, d. 5, ll. 12-14.',
    [{ kind: A, archive: 'GANO', archiveName: 'Gos. arkhiv Novosibirskoi oblasti', fond: '4', opis: '34', delo: '5', folios: '12-14' }],
  ],
  [
    'full name alone',
    'Presidential Archive of the Russian Federation, f. 3, op. 3, d. 65, l. 25-26',
    [{ kind: A, archive: 'Presidential Archive of the Russian Federation', fond: '3', opis: '3', delo: '65', folios: '25-26' }],
  ],
  ['spelled-out words', "RGAE fond 776, opis' 1, delo 5, list 3.", [{ kind: A, archive: 'RGAE', fond: '776', opis: '1', delo: '5', folios: '3' }]],
  [
    'continuations across `;`, each file its own citation',
    'RGASPI, f. 558, op. 1, d. 4137, l. 1; d. 1943, l. 1.',
    [
      { kind: A, archive: 'RGASPI', fond: '558', opis: '1', delo: '4137', folios: '1' },
      { kind: A, archive: 'RGASPI', fond: '558', opis: '1', delo: '1943', folios: '1' },
    ],
  ],
  [
    'a second file after `,` is not merged into the first and does not take its folio',
    'RGASPI, f. 17, op. 3, d. 5, l. 2, d. 6.',
    [
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5', folios: '2' },
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '6' },
    ],
  ],
  [
    'a new fond after `;` keeps the archive of the note',
    'RTsKhIDNI, f.17, op.3, d.74; f.17, op.2, d.46.',
    [
      { kind: A, archive: 'RTsKhIDNI', fond: '17', opis: '3', delo: '74' },
      { kind: A, archive: 'RTsKhIDNI', fond: '17', opis: '2', delo: '46' },
    ],
  ],
  [
    'Ukrainian sprava and arkush, marks without commas, a document number that is no title',
    'TsDAVO f. 1114 op 1 sprava 44 no 83; spr. 45, ark. 3 zv.',
    [
      { kind: A, archive: 'TsDAVO', fond: '1114', opis: '1', delo: '44', unparsed: 'no 83' },
      { kind: A, archive: 'TsDAVO', fond: '1114', opis: '1', delo: '45', folios: '3zv.' },
    ],
  ],
  ['dotted', 'RGASPI 558.11.27.129.', [{ kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '27', folios: '129' }]],
  ['slashed', 'RGASPI 17/3/1003.', [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '1003' }]],
  [
    'slashed with another file of the same opis’',
    'GARF, 9401/1a/552 and 64.',
    [
      { kind: A, archive: 'GARF', fond: '9401', opis: '1a', delo: '552' },
      { kind: A, archive: 'GARF', fond: '9401', opis: '1a', delo: '64' },
    ],
  ],
  [
    'slashed with the document’s year and folios, cited from a publication',
    'TsDAHOU 1/20/5254 (1932), 1–16, in R. Ia. Pyrih, ed., Holodomor (Kyiv, 2007), 130.',
    [
      { kind: A, archive: 'TsDAHOU', fond: '1', opis: '20', delo: '5254', folios: '1-16' },
      { kind: 'printed', editor: 'R. Ia. Pyrih, ed.', title: 'Holodomor', published: 'Kyiv, 2007', pages: '130' },
    ],
  ],
  // Steven A. Barnes, Death and Redemption (Princeton, 2011), notes 1, 8 and 14 to chapter 5.
  [
    'a full name, its translation and the siglum it defines, after a lead-in',
    'Quoted in Arkhiv Prezidenta Respubliki Kazakhstana (Presidential Archive of the Republic of Kazakhstan; hereafter APRK), f. 819, op. 1, d. 21, l. 116b.',
    [{ kind: A, archive: 'APRK', archiveName: 'Arkhiv Prezidenta Respubliki Kazakhstana', fond: '819', opis: '1', delo: '21', folios: '116b' }],
  ],
  [
    'a full name and the siglum defined the Russian way',
    'Государственный архив Новосибирской области (далее — ГАНО). Ф. 4. Оп. 34. Д. 5. Л. 3.',
    [{ kind: A, archive: 'ГАНО', archiveName: 'Государственный архив Новосибирской области', fond: '4', opis: '34', delo: '5', folios: '3' }],
  ],
  [
    'the perechen’ of RGANI’s fond 89 at the level of the opis’',
    'RGANI, f. 89, per. 40, d. 2, ll. 2–3; d. 3, ll. 2–3.',
    [
      { kind: A, archive: 'RGANI', fond: '89', opis: '40', delo: '2', folios: '2-3' },
      { kind: A, archive: 'RGANI', fond: '89', opis: '40', delo: '3', folios: '2-3' },
    ],
  ],
  ['the perechen’ in the Russian style', 'РГАНИ. Ф. 89. Пер. 40. Д. 2. Л. 2–3.', [{ kind: A, archive: 'РГАНИ', fond: '89', opis: '40', delo: '2', folios: '2-3' }]],
  [
    'a fond written by its name after a siglum, a bundle kept as unparsed',
    'AOTsPSI, f. Karlaga, sv. 27, d. 457, ll. 4–4b.',
    [{ kind: A, archive: 'AOTsPSI', fond: 'Karlaga', delo: '457', folios: '4-4b', unparsed: 'sv. 27' }],
  ],
  ['comma-numeric after a known siglum', 'GARF 9401, 2, 99, 386.', [{ kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '99', folios: '386' }]],
  [
    'comma-numeric after a siglum the glossary does not know, opening the reference with four numbers',
    '(GASPI 558, 11, 727, 38–57).',
    [{ kind: A, archive: 'GASPI', fond: '558', opis: '11', delo: '727', folios: '38-57', inferredReading: BY_PLACE }],
  ],
  [
    'Russian style with a verso',
    'ГАРФ. Ф. Р-9401. Оп. 2. Д. 199. Л. 12–14 об.',
    [{ kind: A, archive: 'ГАРФ', fond: 'Р-9401', opis: '2', delo: '199', folios: '12-14об.' }],
  ],
  ['Cyrillic siglum of three words', 'ЦА ФСБ РФ, ф. 1, оп. 6, д. 38, л. 118.', [{ kind: A, archive: 'ЦА ФСБ РФ', fond: '1', opis: '6', delo: '38', folios: '118' }]],
  ['capitalised marks without a siglum', 'F. 1. Op. 1. D. 5. L. 7.', [{ kind: A, fond: '1', opis: '1', delo: '5', folios: '7' }]],
  [
    'marks without spaces and a mark without its dot',
    'GARF. F.R-9478. Op.1. D 2. L.3-4.',
    [{ kind: A, archive: 'GARF', fond: 'R-9478', opis: '1', delo: '2', folios: '3-4' }],
  ],
  [
    'letter suffixes and ranges',
    'RGASPI, f. 17, op. 11a, d. 23–35, l. 17a.',
    [{ kind: A, archive: 'RGASPI', fond: '17', opis: '11a', delo: '23-35', folios: '17a' }],
  ],
  [
    'a spaced letter suffix and a verso opening a range',
    'RGASPI, f. 17, op. 11 a, d. 5, ll. 12ob.-14.',
    [{ kind: A, archive: 'RGASPI', fond: '17', opis: '11a', delo: '5', folios: '12ob.-14' }],
  ],
  [
    'a former name as written, with titles of opis’ and delo',
    'TsGAOR, f. 5446, op. 1 Postanovleniia, d. 5 Perepiska, t. 2, l. 5 ob.',
    [{ kind: A, archive: 'TsGAOR', fond: '5446', opis: '1', opisName: 'Postanovleniia', delo: '5', deloTitle: 'Perepiska', tom: '2', folios: '5ob.' }],
  ],
  [
    'the glossary’s current name beside the written one',
    'GA RF, f. 5446, op. 1, d. 5.',
    [{ kind: A, archive: 'GA RF', archiveCurrent: 'GARF', fond: '5446', opis: '1', delo: '5' }],
  ],
  [
    'a fond title in parentheses; a folio mark scanned as `1.` is kept as unparsed, not dropped or read as a folio',
    'VOANPI, f. 5 (Severo-Dvinskii okruzhkom VKP), op. 1, d. 275,1. 3.',
    [{ kind: A, archive: 'VOANPI', fond: '5', fondName: 'Severo-Dvinskii okruzhkom VKP', opis: '1', delo: '275', unparsed: '1. 3' }],
  ],
  [
    'a nested parenthesis in a fond title; a remark in lower case after a file is no title of it',
    'RGASPI, f. 17 (TsK VKP(b)), op. 3, d. 4 (citations from the letters can be found by their date).',
    [{ kind: A, archive: 'RGASPI', fond: '17', fondName: 'TsK VKP(b)', opis: '3', delo: '4', unparsed: '(citations from the letters can be found by their date)' }],
  ],
  ['hyphenated compact form, the folio after a dot', 'GARF 7523c-149a-2.1–6.', [{ kind: A, archive: 'GARF', fond: '7523c', opis: '149a', delo: '2', folios: '1-6' }]],
  ['three dotted numbers with a dashed range: a range of files', 'GARF 7523c.149a.2–7.', [{ kind: A, archive: 'GARF', fond: '7523c', opis: '149a', delo: '2-7' }]],
  [
    'a bare compact reference after `;` is in the archive before it',
    'GARF, 9401/1a/7; 9414/1/8.',
    [
      { kind: A, archive: 'GARF', fond: '9401', opis: '1a', delo: '7' },
      { kind: A, archive: 'GARF', fond: '9414', opis: '1', delo: '8' },
    ],
  ],
  [
    'a compact file with marked tom and folios after it, and another after `;` with its own',
    'GARF 9401/2/199, t. 2, l. 5; 9401/2/200, ll. 5–6 ob.',
    [
      { kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '199', tom: '2', folios: '5' },
      { kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '200', folios: '5-6ob.' },
    ],
  ],
  [
    'a marked folio after a compact one is kept as unparsed, not put in its place',
    'RGASPI 558.11.27.129, l. 5.',
    [{ kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '27', folios: '129', unparsed: 'l. 5' }],
  ],
  [
    'files listed after one mark, each a citation',
    'ЦА ФСБ. Ф.7. Оп.1. Д. 19-а , 19-б .',
    [
      { kind: A, archive: 'ЦА ФСБ', fond: '7', opis: '1', delo: '19-а' },
      { kind: A, archive: 'ЦА ФСБ', fond: '7', opis: '1', delo: '19-б' },
    ],
  ],
  [
    'the folios after a list of files are the last file’s; a year after a file is no file',
    'RGASPI, f. 17, op. 3, d. 5, 6, l. 3; f. 17, op. 4, d. 8, 1937.',
    [
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5' },
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '6', folios: '3' },
      { kind: A, archive: 'RGASPI', fond: '17', opis: '4', delo: '8', unparsed: '1937' },
    ],
  ],
  [
    'what cannot be read is kept as unparsed, not taken for a title',
    'RGASPI, f. 17, op. 84, d. 304, no page number, dated 26 June 1922.',
    [{ kind: A, archive: 'RGASPI', fond: '17', opis: '84', delo: '304', unparsed: 'no page number, dated 26 June 1922' }],
  ],
  [
    'Ukrainian in the dotted Russian style: sprava and arkush go on the file, the state stays with its siglum',
    'ЦДАГО України. Ф. 1. Оп. 20. Спр. 6274. Арк. 12.',
    [{ kind: A, archive: 'ЦДАГО України', fond: '1', opis: '20', delo: '6274', folios: '12' }],
  ],
  [
    'the same in Latin letters',
    'TsDAHO Ukrainy. F. 1. Op. 20. Spr. 6274. Ark. 12–14.',
    [{ kind: A, archive: 'TsDAHO Ukrainy', fond: '1', opis: '20', delo: '6274', folios: '12-14' }],
  ],
  [
    'a section of the fond between fond and opis is kept as unparsed, the file read whole',
    'NA IRI RAN, f. 2, razd. III, op. 5, d. 14, l. 154–159.',
    [{ kind: A, archive: 'NA IRI RAN', fond: '2', opis: '5', delo: '14', folios: '154-159', unparsed: 'razd. III' }],
  ],
  [
    'the same in the dotted Russian style',
    'НА ИРИ РАН. Ф. 2. Разд. III. Оп. 5. Д. 14. Л. 154–159.',
    [{ kind: A, archive: 'НА ИРИ РАН', fond: '2', opis: '5', delo: '14', folios: '154-159', unparsed: 'Разд. III' }],
  ],
  [
    'Lithuanian apyrašas and byla after the fond, a continuation opening with its byla',
    'LYA, f. 1771, ap. 2, b. 531, l. 12–14; b. 532, l. 3.',
    [
      { kind: A, archive: 'LYA', fond: '1771', opis: '2', delo: '531', folios: '12-14' },
      { kind: A, archive: 'LYA', fond: '1771', opis: '2', delo: '532', folios: '3' },
    ],
  ],
  [
    'a state alone is no archive',
    'Документы хранятся в России, ф. 3, оп. 2, д. 5.',
    [{ kind: A, fond: '3', opis: '2', delo: '5' }],
  ],
  [
    'a page mark after the file is its folio, also after a storage unit; elsewhere it stays a page',
    'TsGAIPD SPb: Fond 4000, op. 10, delo 1320, p. 14; TsAMO: Fond 96a, op. 2011, delo 5, pp. 191–4.',
    [
      { kind: A, archive: 'TsGAIPD SPb', fond: '4000', opis: '10', delo: '1320', folios: '14' },
      { kind: A, archive: 'TsAMO', fond: '96a', opis: '2011', delo: '5', folios: '191-4' },
    ],
  ],
  [
    'a storage unit (`ed. khr.`, `yed. khr.`, `ед. хр.`) is the file',
    'RGASPI: Fond 558, op. 11, yed. khr. 492, p. 55; РГАСПИ. Ф. 558. Оп. 11. Ед. хр. 1121. Л. 5.',
    [
      { kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '492', folios: '55' },
      { kind: A, archive: 'РГАСПИ', fond: '558', opis: '11', delo: '1121', folios: '5' },
    ],
  ],
  [
    'an opis’ written twice in one address is left unparsed, never made a file of its own',
    'Politburo minutes, 25 January 1924, RGASPI f. 17, op. 17, op 8, d. 13.',
    [{ kind: A, archive: 'RGASPI', fond: '17', delo: '13', unparsed: 'op. 17, op 8' }],
  ],
  [
    'an opis’ written twice in the Russian style is left unparsed too',
    'ЦГАИПД СПб. Ф.25. Оп.25. Оп.2. Д.4640. Л.11.',
    [{ kind: A, archive: 'ЦГАИПД СПб', fond: '25', delo: '4640', folios: '11', unparsed: 'Оп.25. Оп.2' }],
  ],
  [
    'the siglum a note defines in square brackets after the full name, a translation after it',
    'Gosudarstvennyi arkhiv Rossiikoi Federatsii [GARF, the State Archive of the Russian Federation], fond 1807, opis’ 1, delo 242, listy 42–3; delo 244, listy 4–5.',
    [
      { kind: A, archive: 'GARF', archiveName: 'Gosudarstvennyi arkhiv Rossiikoi Federatsii', fond: '1807', opis: '1', delo: '242', folios: '42-3' },
      { kind: A, archive: 'GARF', archiveName: 'Gosudarstvennyi arkhiv Rossiikoi Federatsii', fond: '1807', opis: '1', delo: '244', folios: '4-5' },
    ],
  ],
  [
    'the siglum in parentheses with a translation after it',
    'Gos. arkhiv Novosibirskoi oblasti (GANO, the State Archive of Novosibirsk Oblast), f. 4, op. 34, d. 5, l. 2.',
    [{ kind: A, archive: 'GANO', archiveName: 'Gos. arkhiv Novosibirskoi oblasti', fond: '4', opis: '34', delo: '5', folios: '2' }],
  ],
  [
    'folios joined by “и” or “and” keep the word',
    'ЛГАОРСС. Ф.4965. Оп. 1. Д.4733.Л.1и1об.; RGASPI, f. 17, op. 3, d. 5, ll. 3 and 5ob.',
    [
      { kind: A, archive: 'ЛГАОРСС', fond: '4965', opis: '1', delo: '4733', folios: '1 и 1об.' },
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5', folios: '3 and 5ob.' },
    ],
  ],
  [
    'a word after the siglum that names no archive (`KPSS`) is not the archive; an undotted D continues the chain; the folio after a document’s number is read by its place, said to be inferred',
    'Letter from S. Alliluyeva to Stalin, Aug. 5, 1933, RGASPI, KPSS fond 558, opis 11, D 1552, doc. 14, 19.',
    [{ kind: A, archive: 'RGASPI', fond: '558', opis: '11', delo: '1552', folios: '19', unparsed: 'doc. 14', inferredReading: FOLIO_BY_PLACE }],
  ],
  [
    'a Ukrainian storage unit after the file, Latin and Cyrillic: the number closing the reference is its folio, read by its place; the unit stays unread',
    'DAVO, f. R-2700, op. 7, spr. 12, od. zb. 4, 15; ЦДАВО, ф. 3833, оп. 2, спр. 9, од. 3, 41–42.',
    [
      { kind: A, archive: 'DAVO', fond: 'R-2700', opis: '7', delo: '12', folios: '15', unparsed: 'od. zb. 4', inferredReading: FOLIO_BY_PLACE },
      { kind: A, archive: 'ЦДАВО', fond: '3833', opis: '2', delo: '9', folios: '41-42', unparsed: 'од. 3', inferredReading: FOLIO_BY_PLACE },
    ],
  ],
  [
    'an archive named as a body’s archive (`Архив РАН`) keeps the word archive: the body is not the archive',
    'Архив РАН, ф. 2, оп. 1, д. 5, л. 3; Архив УФСБ по Свердловской обл., ф. 1, оп. 2, д. 4.',
    [
      { kind: A, archive: 'Архив РАН', fond: '2', opis: '1', delo: '5', folios: '3' },
      { kind: A, archive: 'Архив УФСБ по Свердловской обл.', fond: '1', opis: '2', delo: '4' },
    ],
  ],
  [
    'a document’s description run into `//` and the marks run into the numbers before them (`5446.Оп. 1.Д 2`)',
    'Записка наркома//ГАРФ. Ф. Р-5446.Оп. 1.Д 2. Л. 3.',
    [{ kind: A, archive: 'ГАРФ', fond: 'Р-5446', opis: '1', delo: '2', folios: '3' }],
  ],
  [
    'spelled-out marks with a translation in square brackets, the folio after a date read by its place',
    'Gogua, Transcription of Oral Stories, 1987–89, MEM, fond [stock] 1, opis [inventory] 3, delo [subject] 18, June 25, 1988, 63–64.',
    [{ kind: A, archive: 'MEM', fond: '1', opis: '3', delo: '18', folios: '63-64', unparsed: 'June 25, 1988', inferredReading: FOLIO_BY_PLACE }],
  ],
  [
    'a letter before the number set off by a dash or a spaced hyphen, read as a hyphen',
    'ГАРФ. Ф. Р–8131. Оп. 37. Д. 145. Л. 12.',
    [{ kind: A, archive: 'ГАРФ', fond: 'Р-8131', opis: '37', delo: '145', folios: '12' }],
  ],
  [
    'a spaced hyphen in a fond after a Ukrainian archive named in full',
    'Державний архів Одеської області. Ф. П - 11, оп. 2, спр. 40, арк. 5, 6.',
    [{ kind: A, archive: 'Державний архів Одеської області', fond: 'П-11', opis: '2', delo: '40', folios: '5, 6' }],
  ],
  [
    'a file named by its kind and number sign, titled by the person it is on (initials kept whole)',
    'ЦА ФСБ РФ, АСД № Р–2155 на Кольцова М. Е., т. 3, л. 41–42.',
    [{ kind: A, archive: 'ЦА ФСБ РФ', delo: 'Р-2155', deloTitle: 'на Кольцова М. Е.', tom: '3', folios: '41-42' }],
  ],
  [
    'a document after the person an investigative file is on, and a volume named in quotes, both unparsed',
    'ЦА ФСБ РФ, АСД № Р–2155 на Кольцова М. Е. и др. Т. «Следственное производство». Протокол допроса от 9 мая 1939 г., л. 7.',
    [{ kind: A, archive: 'ЦА ФСБ РФ', delo: 'Р-2155', deloTitle: 'на Кольцова М. Е. и др.', unparsed: '«Следственное производство». Протокол допроса от 9 мая 1939 г.', folios: '7' }],
  ],
  [
    'a mark spelled out in the dotted Russian style goes on with the reference',
    'ОГАЧО. Ф. Р-12. Оп. 1. Дело 234. Лист 5.',
    [{ kind: A, archive: 'ОГАЧО', fond: 'Р-12', opis: '1', delo: '234', folios: '5' }],
  ],
  [
    'the investigative file in Latin letters, titled by the person it is on',
    'TsA FSB RF, ASD R-3454 on E. N. Arvatova-Tukhachevskaia, t. 2, l. 61.',
    [{ kind: A, archive: 'TsA FSB RF', delo: 'R-3454', deloTitle: 'on E. N. Arvatova-Tukhachevskaia', tom: '2', folios: '61' }],
  ],
  [
    'a file cited right after an archive named in full, without a fond, the abbreviation closing the name kept',
    'Архив УФСБ по Свердловской обл. Д. 12345. Т. 2. Л. 15; Державний архів Одеської обл., спр. 7, арк. 3.',
    [
      { kind: A, archive: 'Архив УФСБ по Свердловской обл.', delo: '12345', tom: '2', folios: '15' },
      { kind: A, archive: 'Державний архів Одеської обл.', delo: '7', folios: '3' },
    ],
  ],
  [
    'a number sign between a mark and its number',
    'ГАРФ, ф. 5446, оп. 1, д. № 67, л. 9.',
    [{ kind: A, archive: 'ГАРФ', fond: '5446', opis: '1', delo: '67', folios: '9' }],
  ],
  [
    'the elements of a GOST reference parted by dashes',
    'ЦДАГО України. – Ф. 1. – Оп. 20. – Спр. 6277. – Арк. 1–3.',
    [{ kind: A, archive: 'ЦДАГО України', fond: '1', opis: '20', delo: '6277', folios: '1-3' }],
  ],
  [
    'a file number with a suffix in capitals (the HDA SBU’s closed cases, ФП) in both scripts, a GOST dash after it',
    'ГДА СБУ. – Ф. 6. – Спр. 75123-ФП. – Т. 2. – Арк. 45; HDA SBU, f. 6, spr. 49788-FP, t. 1, ark. 3.',
    [
      { kind: A, archive: 'ГДА СБУ', fond: '6', delo: '75123-ФП', tom: '2', folios: '45' },
      { kind: A, archive: 'HDA SBU', fond: '6', delo: '49788-FP', tom: '1', folios: '3' },
    ],
  ],
  [
    'a file title in a GOST reference ends before the dash',
    'ЦДАВО України. – Ф. 1. – Оп. 2. – Спр. 5 Протоколи засідань. – Арк. 7.',
    [{ kind: A, archive: 'ЦДАВО України', fond: '1', opis: '2', delo: '5', deloTitle: 'Протоколи засідань', folios: '7' }],
  ],
  [
    'the Estonian nimistu and säilik (opis’ and file) after the fond and the nimistu',
    'ERAF, f. 1, n. 5, s. 12, l. 3; ERA, f. R-1, nim. 2, s. 5, l. 7.',
    [
      { kind: A, archive: 'ERAF', fond: '1', opis: '5', delo: '12', folios: '3' },
      { kind: A, archive: 'ERA', fond: 'R-1', opis: '2', delo: '5', folios: '7' },
    ],
  ],
  [
    'the Latvian apraksts, lieta and lapa (opis’, file and folio): an l. right after the apraksts is the file',
    'LVA, f. 101, apr. 1, l. 52, lp. 12.',
    [{ kind: A, archive: 'LVA', fond: '101', opis: '1', delo: '52', folios: '12' }],
  ],
  [
    'a lower-case letter before the number with its hyphen',
    'RGAVMF, f. r-92, op. 2, d. 498, l. 3.',
    [{ kind: A, archive: 'RGAVMF', fond: 'r-92', opis: '2', delo: '498', folios: '3' }],
  ],
  [
    'the marks of an English translation: inventory, case and sheets',
    'CSHAU, F. 1235, inv. 1, case 88, sheets 3-4; F. 1235, inv. 1, c. 90, sh. 12.',
    [
      { kind: A, archive: 'CSHAU', fond: '1235', opis: '1', delo: '88', folios: '3-4' },
      { kind: A, archive: 'CSHAU', fond: '1235', opis: '1', delo: '90', folios: '12' },
    ],
  ],
  [
    'a Latin letter typed for its look-alike inside a Cyrillic mark',
    'РГАСПИ, ф. 17, oп. 120, д. 94, л. 3.',
    [{ kind: A, archive: 'РГАСПИ', fond: '17', opis: '120', delo: '94', folios: '3' }],
  ],
];

describe('archival citation styles', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(citationsOf(text).map(fields), expected);
    });
  }

  it('reads no comma-numeric file after a word the glossary knows as something other than an archive', () => {
    const options = { otherTerm: (word: string) => word === 'TASS' };
    const notes = resolveNotes([{ label: '1', text: 'TASS 12, 14, 16, 18.' }, { label: '2', text: 'RGALI 2, 3, 4, 5.' }], options);
    assert.deepEqual(notes[0].citations.filter(c => c.kind === 'archival'), []);
    assert.deepEqual(notes[1].citations.map(fields), [{ kind: A, archive: 'RGALI', fond: '2', opis: '3', delo: '4', folios: '5', inferredReading: BY_PLACE }]);
  });

  it('reads a comma-numeric file after an unknown siglum as inferred, unless the notes cite that siglum with f.', () => {
    const alone = resolveNotes([{ label: '1', text: 'GASPI 558, 11, 727, 38–57.' }])[0];
    assert.equal(alone.citations[0].inferredReading, BY_PLACE);
    assert.equal(alone.resolved[0].inferredReading, BY_PLACE);
    const file = { kind: A, archive: 'GASPI', fond: '558', opis: '11', delo: '727', folios: '38-57' };
    // Another note, before or after, or the same note writing the siglum with its fond mark.
    const later = resolveNotes([
      { label: '1', text: 'GASPI 558, 11, 727, 38–57.' },
      { label: '2', text: 'GASPI, f. 17, op. 2, d. 575, l. 1.' },
    ]);
    assert.deepEqual([later[0].citations, later[0].resolved].map(list => list.map(fields)), [[file], [file]]);
    const same = resolveNotes([{ label: '1', text: 'GASPI 558, 11, 727, 38–57; see also ГАСПИ, ф. 17, оп. 2, д. 5.' }])[0];
    assert.equal(same.citations[0].inferredReading, BY_PLACE, 'another spelling of the siglum is another word');
    const spelled = resolveNotes([{ label: '1', text: 'GASPI 558, 11, 727, 38–57; GASPI. F. 17. Op. 2. D. 5.' }])[0];
    assert.deepEqual(fields(spelled.citations[0]), file);
    // A word that merely contains the siglum, or the siglum followed by something other than a fond, confirms nothing.
    const other = resolveNotes([
      { label: '1', text: 'GASPI 558, 11, 727, 38–57.' },
      { label: '2', text: 'OGASPI, f. 1, op. 2, d. 3. GASPI (Moscow), d. 5.' },
    ])[0];
    assert.equal(other.citations[0].inferredReading, BY_PLACE);
  });

  it('names a siglum the glossary knows by its current name when the state follows it as written', () => {
    const options = { knownArchive: (s: string) => (s === 'ЦДАГО' ? 'TsDAHO' : undefined) };
    const [c] = resolveNotes([{ label: '1', text: 'ЦДАГО України, ф. 1, оп. 20, спр. 6274, арк. 12 зв.' }], options)[0].citations;
    assert.deepEqual(fields(c), { kind: A, archive: 'ЦДАГО України', archiveCurrent: 'TsDAHO', fond: '1', opis: '20', delo: '6274', folios: '12зв.' });
  });

  it('reads no file where there is none: a year of death, a date, a lone volume', () => {
    for (const text of ['Ivanov (d. 1937) was shot.', 'TASS, 12/3/1937.', 'Pravda, 12.03.1937.', 'Pravda, 12-03-1937.']) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === 'archival'), [], text);
    }
    // Number lists after a word the glossary does not know as an archive: no comma-numeric file unless that word is
    // a siglum with the A of an archive, opens the reference and is followed by four numbers.
    // `b.` outside a Lithuanian reference is a year of birth, not a file.
    for (const text of ['Kuzmin (b. 1901) was shot.', 'Ivanov, b. 1901, ap. 3.', 'b. 1901 in Tver.']) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === 'archival'), [], text);
    }
    assert.deepEqual(citationsOf('RGASPI, f. 17, op. 3, d. 5; b. 1901 in Tver.').filter(c => c.kind === 'archival').map(fields), [
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5' },
    ]);
    // `c.` is a date outside the chain of a translated reference, `case` a word of a sentence.
    for (const text of ['The commission met, c. 1920, in Tiflis.', 'In that case, 12 of them left.', 'Pipes, Russia, n. 5, s. 12.', 'The archive kept his file (d. 1937).', 'Archive staff, d. 5.']) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === 'archival'), [], text);
    }
    // An initial and a surname after a comma are a person, not a fond named after the archive's siglum.
    assert.deepEqual(citationsOf('Report of Ia. Agranov, F. Dzerzhinsky, d. 5, l. 3.').filter(c => c.kind === 'archival'), []);
    const lists = ['TASS, 12, 14, 16, 18.', 'NKVD 1, 2, 3, 4.', 'See GASPI 558, 11, 727, 38.', 'GASPI 558, 11, 727.', 'Pravda 12, 14, 16, 18.', 'Stalin, Works, 12, 14, 16, 18.', 'Ibid., 12, 14, 16, 18.'];
    for (const text of lists) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === 'archival'), [], text);
    }
    // Numbers after `;` with commas between them are pages, not a file of the archive before them.
    assert.equal(citationsOf('GARF, 9401/1a/7; 12, 14, 16.').filter(c => c.kind === 'archival').length, 1);
    // A year after a document's number is a date, not a folio; a siglum with an archive's A before a fond stays the archive.
    assert.deepEqual(citationsOf('RGASPI, f. 17, op. 3, d. 5, doc. 3, 1937.').map(fields), [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5', unparsed: 'doc. 3, 1937' }]);
    assert.deepEqual(citationsOf('Moscow, GASPI f. 17, op. 3, d. 5.').map(fields), [{ kind: A, archive: 'GASPI', fond: '17', opis: '3', delo: '5' }]);
    // Several words naming whose fond it is, none an archive: the archive is still the siglum before them.
    assert.deepEqual(citationsOf('GARF, NKVD SSSR f. 9401, op. 2, d. 64.').map(fields), [{ kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '64' }]);
    assert.deepEqual(citationsOf('TsGAIPD SPb f. 24, op. 2, d. 5.').map(fields), [{ kind: A, archive: 'TsGAIPD SPb', fond: '24', opis: '2', delo: '5' }]);
    // A page mark is a folio only after a file: after an opis', or in a book's reference, it stays a page.
    assert.deepEqual(citationsOf('RGASPI, f. 17, op. 3, p. 5.').map(fields), [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3', unparsed: 'p. 5' }]);
    assert.deepEqual(citationsOf('Dzeniskevich, ed., Leningrad v osade, doc. 98, p. 209.').filter(c => c.kind === 'archival'), []);
    const [printed] = citationsOf('Leninskii sbornik, t. 2, s. 5.');
    assert.deepEqual(fields(printed), { kind: 'printed', title: 'Leninskii sbornik', volume: '2', pages: '5' });
  });
});
