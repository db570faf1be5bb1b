// Archival citations in notes of authors no other citation fixture draws on (test/fixtures/citations/held-out-notes-3.json
// to -14.json, with sources), keyed before the parser was run on them. The third set is measured on its archival
// citations only: measured once with nothing changed for it, 4 of 4; a fifth citation, found later and measured once, 0
// of 1 (a section of the fond split the file), read right since. The fourth and fifth sets also key their back-references;
// their first runs are recorded with them below. Each note is held to its key, and the shares to the issue's targets.
import * as assert from 'node:assert/strict';
import { resolveNotes } from '../../../src/core/citations';
import { compare, exact, keyedSources, type Pair } from './keyedNotes';

const SHARES = { archival: 0.9, refs: 0.85 };
type Kind = keyof typeof SHARES;

const SETS: { file: string; name: string; kinds: Kind[]; least: Partial<Record<Kind, number>> }[] = [
  { file: 'held-out-notes-3.json', name: 'a third held-out set, archival citations only', kinds: ['archival'], least: { archival: 5 } },
  // First run, nothing changed for it: archival citations 9 of 16, back-references 2 of 2. Missed: a siglum defined
  // after a translation of the archive's name (`(…; hereafter APRK)`), RGANI's `per. 40` left unparsed so four files
  // had no opis', and a fond written by its name (`f. Karlaga`) that dropped two files. All 16 are read since.
  { file: 'held-out-notes-4.json', name: 'a fourth held-out set, archival citations and Ibid.', kinds: ['archival', 'refs'], least: { archival: 16, refs: 2 } },
  // Six authors (Reid, Sebestyen, Kolonitskii, Sullivan in English; Lomagin, Sobolev in Russian). First run, nothing
  // changed for it: archival citations 27 of 47, back-references 49 of 51. Missed: a page after a file (`delo 1320, p.
  // 14`), a storage unit (`yed. khr. 492`), an opis' written twice (`op. 17, op 8`, read as two files), a siglum in
  // square brackets with a translation (`[GARF, the State Archive …]`), a word between the siglum and the fond
  // (`RGASPI, KPSS fond 558`, read as the archive KPSS), an undotted `D 1552`, a folio after a document's number or a
  // date, spelled-out marks glossed in brackets (`fond [stock] 1`), folios joined by `и` (`Л.1и1об.`, read `1и`), an
  // Ibid.'s page of an archival file (folio 97 shown beside page 101) and a date after an Ibid.'s page. All 47 and 51
  // are read since; one short title resolves where the key wanted none (the note's knownMiss).
  { file: 'held-out-notes-5.json', name: 'a fifth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 40, refs: 20 } },
  // Khalid (Russian translation, with the Uzbek state archive), Kantor (the FSB archive's investigative files), an
  // article on Georgia in English translation, the Holodomor chronicle's Ukrainian marks, an edition of documents and a
  // Kharkiv oblast' archive. First run, nothing changed for it: archival citations 18 of 40, back-references 38 of 56.
  // Missed: a file named by its kind (`АСД № Р–3454 на …`, fourteen files and their Там же), a dash after a number's
  // letter (`П - 2`), GOST dashes between the elements (`Ф. 558. – Оп. 11`), the marks of an English translation
  // (`inv.`, `case`, `c.`, `sheets`, `sh.`), a Latin o in `oп.`, a Ukrainian archive named in full (`Держархів …`), a
  // short title after a run of Ibid. (named the Ibid.'s note) and an op. cit. of a book printed in `Ростов–н/Д.`. Then 36
  // and 53, now 38 and 55; the notes' knownMiss say what is still missed.
  { file: 'held-out-notes-6.json', name: 'a sixth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 40, refs: 50 } },
  // Cameron in Russian translation (the Kazakh archives), Madzhun (the Kyrgyz archive, a manuscript fund cited by its
  // inventory numbers), the Belarusian archives' chronicle in Russian, English and Belarusian, the Mogilev party
  // archive, RGASPI's exhibition, the Russian Historical Society's documents portal, the Chelyabinsk archive's blog.
  // Keyed after the marks of the former USSR's archives were added, measured once with nothing changed for it: archival
  // citations 24 of 36, back-references 1 of 2. Missed: the publication after `//` read as part of the reference (its
  // `Т. 2` a second file's volume, its `Там же` no back-reference), an opis' with a slash (`263/216`), the English
  // version's `Coll.`, `File.`, `Sht.` and a name in abbreviations (`Nat. Arch. Rep. of Bel.`), a capitalised `ЛЛ.`
  // taken for a new sentence, a lower-case `ф.` after a siglum's full stop, a siglum or a full name before an item whose
  // mark is unknown (`Инв. 1503, 1953.`, `С.42.`) or before the year of its records (`…КазССР, 1956 г., оп. 1`). All
  // 36 and 2 are read since.
  { file: 'held-out-notes-7.json', name: 'a seventh held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 36, refs: 2 } },
  // The World Chechnya Day site's deportation documents (`GARF. F.R-9401. Op.2. D.64. L.160`), the Kazakh central state
  // archive in Al'zhanova and Tulemisova's appendix, a library guide's footnote examples (`Ф. 1728. Ед. хр. 537079`).
  // Keyed after the German, Polish and French marks were added, measured once with nothing changed for it: archival
  // citations 6 of 7 (no back-references in its notes, none read). Missed: an item whose mark a scan garbled between two
  // marks (`Ф. 333. On. 1. Д. 566`) ended the sentence and split the file in two. Only seven citations: it says little.
  { file: 'held-out-notes-8.json', name: 'an eighth held-out set, archival citations', kinds: ['archival'], least: { archival: 7 } },
  // The lists of women shot in the Terror (Iskakova and Gessen) with the archives of the regions of Russia and Ukraine,
  // the Uzbek party archive and the FSB's offices, Murphy's notes (RGVA), Nagorski's notes keyed to phrases of the text,
  // an archive portal's English. Keyed before the parser was run on it, measured once with nothing changed for it:
  // archival citations 27 of 61, back-references 1 of 6. Missed: a record's label read as the archive (`Архивное дело:
  // Ф.51 …`), a file cited with its archive but no fond (`ГУ СБУ в Крыму, д. 018317`) and the archive after the address
  // (`… / ГА Винницкой обл.`, `в УФСБ по Рязанской обл.`), a second archive's file that took the first archive's fond
  // and opis', marks with a colon or a stray full stop (`Фонд: Р-8065`, `Фонд. Р-7641`, `Дело:. 6508`, `Р- 467`), a page
  // after the file (`Д. 75. С. 132`), two opisi read as the first, a range in a list of files, an unmarked fond, an
  // opis' with capitals (`4С/П`), the portal's `ser.` and `fold.`, Murphy's folio after the file without a mark (`d.
  // 381, 51`, read as a second file) and his archive before the document's description, and Ibid. after the phrase a
  // note is keyed to. Now 59 and 6; the notes' knownMiss say what is still missed.
  { file: 'held-out-notes-9.json', name: 'a ninth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 61, refs: 6 } },
  // Gathered for back-references: Medhurst's `Name, Ibid` for op. cit., Felshtinsky in English and in Russian, a life of
  // Stalin whose short titles point across chapters. Keyed before the parser was run on it, measured once with nothing
  // changed for it: back-references 13 of 32, archival citations 2 of 2. Missed: a `Name, Ibid` whose author the
  // previous note does not cite took that note (twelve notes: it is an op. cit. of that author's work, or of none), as
  // did an author and a title before the Ibid. (`Brovkin, Dear Comrades, Ibid`, a chapter's author and title); a short
  // title after `cited in` (after a sentence, or after a source) was not read; a `Name, Ibid` after a note of three
  // unread books of that author took the note; an Ibid. followed by three pages was not read; a collection repeated
  // under the short name its first note defines was not found again. Now 29 and 2 (the three books are read since and
  // their `Deutscher, Ibid` lists them); the notes' knownMiss say what is still missed.
  { file: 'held-out-notes-10.json', name: 'a tenth held-out set, back-references', kinds: ['archival', 'refs'], least: { archival: 2, refs: 32 } },
  // Applebaum's short references, works of two authors side by side after a semicolon. Keyed after five of its notes
  // had been read for the unit tests of the semicolon split, run before it at back-references 5 of 7 (a work glued to
  // the one before it, its title holding both, found again by a later short title; an author and a quoted title
  // without a page left unread, so `Khlevnyuk, ibid.` and `Nordlander, ibid.` took no author); now 7 of 7. Measured on
  // back-references only: its archival citations, 3 of 5 before and after, are too few to say much (see its about).
  { file: 'held-out-notes-11.json', name: 'an eleventh held-out set, works parted by semicolons', kinds: ['refs'], least: { refs: 7 } },
  // Khodanovich and Iarov on besieged Leningrad (the city's and the party's archives), Taubman's Khrushchev in Russian
  // translation, a book by Khrushchev's son, the Wilson Center archive's records. Keyed before the parser was run on it,
  // measured once after the tenth round's changes with nothing changed for it: archival citations 13 of 13,
  // back-references 7 of 9. Missed: a Russian Ibid. of a newspaper naming another issue (`Там же. 1938. 21 июня. С. 2`
  // took the issue before, its date and page: a wrong reading), and another edition's place in square brackets after an
  // Ibid.'s page (`Там же. С. 127–128. [НХ5. Т. 1. С. 226.]`, whose `Т. 1` was read as the Ibid.'s volume and the page
  // lost). Both are read since (9 of 9, fitted to it). The gathering aimed at 40 and 20 and reached 13 and 9.
  { file: 'held-out-notes-12.json', name: 'a twelfth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 13, refs: 9 } },
  // Rossoliński-Liebe's Bandera (the Lviv archive's trial record), Himka's short notes, Antipina's RGALI references after a
  // document's description and `//`, Soifer's Academy archive and newspapers. Keyed before the parser was run on it,
  // measured once with nothing changed for it: archival citations 4 of 16, back-references 25 of 35. Missed: the folios
  // after a storage unit (`spr. 8, od. 75, 27`, ten files), a `Там же` after `//` (seven), marks run together (`Ф. 631.Оп.
  // 15.Д 58`) and a `//` run into the archive, `Архив АН СССР` read as `АН СССР` and a newspaper's `Там же` after an
  // inserted archival note taken for that note (both wrong values), an issue's number after its date with `стр.`, an
  // ibid. inside a sentence. Now 16 and 34 (fitted to it; the ibid. after `based on` read since the fourteenth round); the
  // note's knownMiss says what is still missed.
  { file: 'held-out-notes-13.json', name: 'a thirteenth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 16, refs: 35 } },
  // Getty and Naumov's notes to The Road to Terror, a monograph on Soviet popular opinion, Fitzpatrick's Повседневный
  // сталинизм and Neutatz's Moscow Metro in Russian translation, Furr's Антисталинская подлость, a Slavic Review note.
  // Keyed before the parser was run on it, measured once with nothing changed for it: archival citations 24 of 25,
  // back-references 7 of 20. Missed: surname-only short references the Russian way (`Khlevniuk. Р. 106`; three then took
  // the wrong note), a chapter's short title in single quotes, a short title without its book's article, `Там же` and
  // Ibid. inside their own note (one took the note before), a GOST newspaper issue read as a title (its `Там же` showed
  // the wrong number) and РЦХИДНИ in a sentence. Now 25 and 19 (fitted to it); the note's knownMiss says what is still missed.
  { file: 'held-out-notes-14.json', name: 'a fourteenth held-out set, archival citations and back-references', kinds: ['archival', 'refs'], least: { archival: 25, refs: 20 } },
];

for (const { file, name, kinds, least } of SETS) {
  describe(name, () => {
    const sources = keyedSources(file);
    const resolved = sources.map(source => resolveNotes(source.notes.map(n => ({ label: n.n, text: n.text }))));
    const cases = sources.flatMap((source, s) =>
      source.notes.map((keyed, i) => {
        const compared = compare(keyed, resolved[s][i]);
        return { id: source.id, keyed, pairs: Object.fromEntries(kinds.map(k => [k, compared[k]])) as Record<Kind, Pair> };
      }),
    );

    for (const { id, keyed, pairs } of cases) {
      it(`${id} note ${keyed.n}${keyed.knownMiss ? ` (known miss: ${keyed.knownMiss})` : ''}`, () => {
        const got = kinds.map(k => pairs[k].got);
        const want = kinds.map(k => pairs[k].want);
        if (keyed.knownMiss) assert.notDeepEqual(got, want, 'read right now: take it off the known misses');
        else assert.deepEqual(got, want);
      });
    }

    for (const kind of kinds) {
      it(`reads at least ${SHARES[kind] * 100} % of its ${kind === 'refs' ? 'back-references' : 'archival citations'} exactly`, () => {
        const right = cases.reduce((n, c) => n + exact(c.pairs[kind]), 0);
        const of = cases.reduce((n, c) => n + c.pairs[kind].want.length, 0);
        assert.ok(of >= (least[kind] ?? 1), `only ${of} keyed`);
        assert.ok(right / of >= SHARES[kind], `${right} of ${of}`);
      });
    }
  });
}
