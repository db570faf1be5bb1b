import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  citationFacts,
  folioWords,
  formatReference,
  inherit,
  parseNote,
  resolveNotes,
  splitNote,
  NotesAnalysis,
  type Citation,
} from '../../../src/core/citations';

const known = { knownArchive: (s: string) => (['RGASPI', 'GARF', 'TsDOO SO'].includes(s) ? s : s === 'GA RF' ? 'GARF' : undefined) };
const one = (text: string): Citation => {
  const parsed = parseNote(text, [], known);
  assert.equal(parsed.length, 1, JSON.stringify(parsed));
  return parsed[0].citation;
};
const resolve = (...texts: string[]) => resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text })), known);

describe('splitNote', () => {
  it('cuts at semicolons and sentence ends', () => {
    assert.deepEqual(
      splitNote('RGASPI, f. 17, op. 3, d. 5, l. 2; d. 6, l. 3. Stalin was there. Ibid., l. 4.').map(s => s.text),
      ['RGASPI, f. 17, op. 3, d. 5, l. 2', 'd. 6, l. 3.', 'Stalin was there.', 'Ibid., l. 4.'],
    );
  });

  it('keeps italic titles, quotations and parentheses whole', () => {
    const text = 'See his speech. Trinadtsataia konferentsiia RKP(b). Stenograficheskii otchet (Moscow, 1924): 106.';
    const start = text.indexOf('Trinadtsataia');
    const emphasis = [{ start, end: text.indexOf(' (Moscow') }];
    assert.deepEqual(splitNote(text, emphasis).map(s => s.text), ['See his speech.', text.slice(start)]);
    assert.equal(splitNote('B. A. Starkov, “Gosudarstvo. Evoliutsiia; OGPU” (unpublished).').length, 1);
    assert.equal(splitNote('Material (k dokladu tov. Ordzhonikidze. Moskva; 1930): 50.').length, 1);
  });

  it('does not end a sentence at initials or citation abbreviations', () => {
    assert.equal(splitNote('V. Ia. Chubar’ and A. I. Rykov, t. 1, ch. 2, l. 5.').length, 1);
  });
});

describe('archival citations', () => {
  it('reads archive, fond, opis’ with year, delo with title, tom, chast’ and folios', () => {
    const c = one('TsDOO SO, f. 4 Obkom, op. 5 1927, d. 30 Spravki, dokladnye, akty, t. 2, ch. 1, ll. 130-132.');
    assert.equal(c.kind, 'archival');
    assert.equal(c.archive, 'TsDOO SO');
    assert.equal(c.fond, '4');
    assert.equal(c.fondName, 'Obkom');
    assert.equal(c.opis, '5');
    assert.equal(c.opisYear, '1927');
    assert.equal(c.delo, '30');
    assert.equal(c.deloTitle, 'Spravki, dokladnye, akty');
    assert.equal(c.tom, '2');
    assert.equal(c.chast, '1');
    assert.equal(c.folios, '130-132');
  });

  it('reads the full archive name and the siglum in parentheses, and letter-prefixed numbers', () => {
    const c = one('Gosudarstvennyi Arkhiv Rossiiskoi Federatsii (GA RF), f. R-5446, op. 1 Postanovleniia, d. K-12238 Delo, l. 3 ob.');
    assert.equal(c.archive, 'GA RF');
    assert.equal(c.archiveCurrent, 'GARF');
    assert.equal(c.archiveName, 'Gosudarstvennyi Arkhiv Rossiiskoi Federatsii');
    assert.equal(c.fond, 'R-5446');
    assert.equal(c.opisName, 'Postanovleniia');
    assert.equal(c.delo, 'K-12238');
    assert.equal(c.folios, '3ob.');
  });

  it('finds an unknown siglum by its shape', () => {
    assert.equal(one('The list is found in PermGANI, f. 105, op. 2, d. 7, l. 1.').archive, 'PermGANI');
  });

  it('does not read `i t. d. 1921 g.` inside a file title as a new delo', () => {
    const c = one('RGASPI, f. 17, op. 1, d. 134 Obrashchenie i t. d. 1921 g., ll. 25-33.');
    assert.equal(c.delo, '134');
    assert.equal(c.deloTitle, 'Obrashchenie i t. d. 1921 g.');
  });

  it('reads folio lists with annotations, spaces and versos', () => {
    assert.equal(one('RGASPI, f.17, op. 3, d.677, ll. 82-85 (Zhdanov), 133-138 (Andreev), 140 ob.').folios, '82-85, 133-138, 140ob.');
    assert.equal(folioWords('82-85, 133-138'), 'folios 82 to 85 and 133 to 138');
    assert.equal(folioWords('12ob.'), 'folio 12 verso');
    assert.equal(folioWords('12ob.-14'), 'folios 12 verso to 14');
  });

  it('continues the previous citation of the note for a bare delo', () => {
    const [first, second] = parseNote('RGASPI, f. 17, op. 67, d. 6, l. 16; d. 109 Vypiski, ll. 168-169.', [], known);
    assert.equal(first.continuation, false);
    assert.equal(second.continuation, true);
    const note = resolve('RGASPI, f. 17, op. 67, d. 6, l. 16; d. 109 Vypiski, ll. 168-169.')[0];
    assert.deepEqual([note.citations[1].archive, note.citations[1].fond, note.citations[1].opis, note.citations[1].delo], ['RGASPI', '17', '67', '109']);
  });

  it('glues back a file title cut by a full stop', () => {
    const c = one('RGASPI, f. 592, op. 1, d. 44 Stenogramma 10-go oktiabria. Doklad sekretaria, ob izmeneniiakh v ustave, ll. 16-19.');
    assert.equal(c.folios, '16-19');
    assert.match(c.deloTitle ?? '', /oktiabria\. Doklad/);
  });
});

describe('printed citations', () => {
  it('reads author, title, imprint and pages', () => {
    const c = one('See for example Merle Fainsod, Smolensk under Soviet rule (Cambridge, Mass., 1958): 67, 158.');
    assert.deepEqual([c.kind, c.author, c.title, c.published, c.pages], ['printed', 'Merle Fainsod', 'Smolensk under Soviet rule', 'Cambridge, Mass., 1958', '67, 158']);
  });

  it('reads a volume and a newspaper date', () => {
    const c = one('KPSS v rezoliutsiiakh, vol. 4 (Moscow, 1984): 328.');
    assert.deepEqual([c.title, c.volume, c.pages, c.author], ['KPSS v rezoliutsiiakh', '4', '328', undefined]);
    assert.equal(one('Pravda (September 30, 1928).').date, 'September 30, 1928');
    assert.equal(one('Izvestiia, 12 March 1937.').date, '12 March 1937');
  });

  it('reads the Russian style: surname and initials, title, place and year after a full stop, С. for pages', () => {
    const fields = (c: Citation) => [c.author, c.title, c.volume, c.published, c.pages];
    assert.deepEqual(fields(one('Мозохин О. Б. ВЧК — ОГПУ. На защите экономической безопасности государства. М., 2004. С. 73.')), [
      'Мозохин О. Б.', 'ВЧК — ОГПУ. На защите экономической безопасности государства', undefined, 'М., 2004', '73',
    ]);
    assert.deepEqual(fields(one('Хлевнюк О. В. Хозяин. М.: РОССПЭН, 2010. С. 12–14.')), ['Хлевнюк О. В.', 'Хозяин', undefined, 'М.: РОССПЭН, 2010', '12–14']);
    assert.deepEqual(fields(one('Khlevniuk O. V. Khoziain. M., 2010. S. 12.')), ['Khlevniuk O. V.', 'Khoziain', undefined, 'M., 2010', '12']);
    // A year in parentheses inside the title is no imprint, and the full stop after it does not part title and place.
    assert.deepEqual(fields(one('Берхин И. Б. Военная реформа в СССР (1924–1925) М., 1958. С. 60.')), ['Берхин И. Б.', 'Военная реформа в СССР (1924–1925)', undefined, 'М., 1958', '60']);
    assert.deepEqual(fields(one('Булулуков Н. Ю. Правовое регулирование (1922–1934 гг.). М., 2005. С. 38.')), ['Булулуков Н. Ю.', 'Правовое регулирование (1922–1934 гг.)', undefined, 'М., 2005', '38']);
    assert.deepEqual(fields(one('Davies, The Socialist Offensive. London, 1980, p. 5.')), ['Davies', 'The Socialist Offensive', undefined, 'London, 1980', '5']);
    // A volume between title and imprint, a second author, an abbreviation ending the title.
    assert.deepEqual(fields(one('Сталин И. В. Соч. Т. 4. М., 1947. С. 5.')), ['Сталин И. В.', 'Соч.', '4', 'М., 1947', '5']);
    // GOST dashes between the elements, the volume after the imprint.
    assert.deepEqual(fields(one('Кульчицкий С. В. Голодомор 1932–1933 рр. – К.: Наукова думка, 2007. – С. 48.')), [
      'Кульчицкий С. В.', 'Голодомор 1932–1933 рр.', undefined, 'К.: Наукова думка, 2007', '48',
    ]);
    assert.deepEqual(fields(one('Ленин В. И. Полное собрание сочинений. – М., 1970. – Т. 45. – С. 343–348.')), [
      'Ленин В. И.', 'Полное собрание сочинений', '45', 'М., 1970', '343–348',
    ]);
    assert.deepEqual(fields(one('Хаустов В., Самуэльсон Л. Сталин, НКВД и репрессии 1936—1938 гг. М., 2009. С.331.')), [
      'Хаустов В., Самуэльсон Л.', 'Сталин, НКВД и репрессии 1936—1938 гг.', undefined, 'М., 2009', '331',
    ]);
    // A place and year after a closed reference are not taken into it.
    assert.equal(parseNote('Kvashonkin, Bol’shevistskoe rukovodstvo, p. 40. Izvestiia, 1937.').length, 2);
  });

  it('keeps what it cannot read as an `other` citation and leaves commentary out', () => {
    const parsed = parseNote('The protocols were not helpful in this regard. B. A. Starkov, “Gosudarstvo” (unpublished).');
    assert.deepEqual(parsed.map(p => [p.citation.kind, p.citation.raw]), [['other', 'B. A. Starkov, “Gosudarstvo” (unpublished).']]);
  });
});

describe('Ibid. and op. cit.', () => {
  it('inherits from the previous note and replaces the locator level and below', () => {
    const [, ibid] = resolve('GARF, f. 1, op. 2, d. 17368 Delo Kabakova, t. 1, l. 59.', 'Ibid., d. 22861 Delo Sedasheva, ll. 36-37.');
    assert.equal(ibid.resolvesTo, '1');
    assert.deepEqual(
      [ibid.resolved[0].archive, ibid.resolved[0].fond, ibid.resolved[0].opis, ibid.resolved[0].delo, ibid.resolved[0].tom, ibid.resolved[0].folios],
      ['GARF', '1', '2', '22861', undefined, '36-37'],
    );
  });

  it('keeps the volume when only the folio changes and resolves chains to the real source', () => {
    const notes = resolve('GARF, f. 1, op. 2, d. 5, t. 3, l. 9.', 'Ibid., l. 10.', 'Ibid., ll. 11-12.', 'Ibid.');
    assert.deepEqual(notes.map(n => n.resolvesTo), [null, '1', '2', '3']);
    assert.deepEqual([notes[2].resolved[0].delo, notes[2].resolved[0].tom, notes[2].resolved[0].folios], ['5', '3', '11-12']);
    assert.equal(formatReference(notes[3].resolved[0]), 'GARF, f. 1, op. 2, d. 5, t. 3, ll. 11-12');
  });

  it('refers to the previous note even when it cites nothing, and to the same note when the Ibid. is not first', () => {
    const notes = resolve('Merle Fainsod, Smolensk (Cambridge, 1958): 67.', 'A remark of the author on the sources.', 'Ibid.: 70; Ibid.: 71.');
    assert.equal(notes[2].resolvesTo, '2');
    assert.deepEqual(notes[2].resolved.map(r => [r.kind, r.from, r.pages, r.title, r.unresolved]), [
      ['ibid', '2', '70', undefined, undefined],
      ['ibid', '3', '71', undefined, undefined],
    ]);
    const chained = resolve('Merle Fainsod, Smolensk (Cambridge, 1958): 67.', 'Ibid.: 70; Ibid.: 71.')[1];
    assert.deepEqual(chained.resolved.map(r => [r.kind, r.from, r.pages, r.title]), [['printed', '1', '70', 'Smolensk'], ['printed', '2', '71', 'Smolensk']]);
  });

  it('marks an Ibid. with nothing before it as unresolved', () => {
    const [note] = resolve('Ibid., l. 4.');
    assert.equal(note.resolvesTo, null);
    assert.equal(note.resolved[0].unresolved, true);
  });

  it('resolves op. cit. by surname or by title to the latest earlier work', () => {
    const notes = resolve(
      'George Leggett, The Cheka (Oxford, 1986): 100.',
      'KPSS v rezoliutsiiakh i resheniiakh (Moscow, 1970): 5; KPSS v rezoliutsiiakh, vol. 4 (Moscow, 1984): 328.',
      'G. Leggett, op. cit.: 123-124. KPSS v rezoliutsiiakh..., op. cit., v. 8: 286.',
      'Nobody, op. cit.: 3.',
    );
    const [leggett, kpss] = notes[2].resolved;
    assert.deepEqual([leggett.from, leggett.title, leggett.pages], ['1', 'The Cheka', '123-124']);
    // The imprint note 2 gives belongs to vol. 4: vol. 8 does not take it.
    assert.deepEqual([kpss.from, kpss.title, kpss.volume, kpss.pages, kpss.published], ['2', 'KPSS v rezoliutsiiakh', '8', '286', undefined]);
    assert.deepEqual(kpss.inferred, ['title']);
    assert.equal(notes[3].resolved[0].unresolved, true);
  });

  it('inherit copies a whole base citation for a bare Ibid.', () => {
    const base: Citation = { kind: 'archival', raw: 'x', archive: 'GARF', fond: '1', delo: '2', folios: '3' };
    assert.deepEqual(inherit(base, { kind: 'ibid', raw: 'Ibid.' }), {
      kind: 'archival', raw: 'Ibid.', archive: 'GARF', fond: '1', delo: '2', folios: '3', inferred: ['archive', 'fond', 'delo', 'folios'],
    });
  });
});

describe('notes citing the same file', () => {
  it('lists the other notes that cite the same archive, fond, opis’ and delo', () => {
    const analysis = new NotesAnalysis(resolve('GARF, f. 1, op. 2, d. 5, l. 1.', 'GARF, f. 1, op. 2, d. 6, l. 1.', 'Ibid., d. 5, l. 7.'));
    const first = analysis.note('1')!.resolved[0];
    assert.deepEqual(analysis.alsoCitedIn('1', first), ['3']);
    assert.deepEqual(analysis.alsoCitedIn('2', analysis.note('2')!.resolved[0]), []);
  });

  it('counts an archive under its written and its current name as one', () => {
    const analysis = new NotesAnalysis(resolve('GA RF, f. 1, op. 2, d. 5, l. 1.', 'GARF, f. 1, op. 2, d. 5, l. 9.'));
    assert.deepEqual(analysis.alsoCitedIn('1', analysis.note('1')!.resolved[0]), ['2']);
  });
});

describe('citations in words', () => {
  it('names the glossary’s name of the archive beside the written one, without calling a spelling a new name, and says what was not read', () => {
    const [c] = resolve('GA RF, f. 1, op. 2, d. 304, no page number, l. 5ob.')[0].citations;
    assert.deepEqual(citationFacts(c).map(f => [f.label, f.value]), [
      ['Archive', 'GA RF (GARF)'],
      ['Fond (collection)', '1'],
      ['Opis’ (inventory)', '2'],
      ['Delo (file)', '304'],
      ['Folios', 'folio 5 verso'],
      ['Not read', 'no page number'],
    ]);
    assert.equal(formatReference(c), 'GA RF, f. 1, op. 2, d. 304, l. 5ob.');
  });
});

describe('bad input', () => {
  it('never throws and returns every citation with its raw text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), text => {
        for (const note of resolve(text, `Ibid., ${text}`, `${text}, op. cit.: 5`)) {
          for (const c of note.citations) assert.equal(typeof c.raw, 'string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with unbalanced brackets and quotes', () => {
    const parsed = parseNote('RGASPI, f. 17 (Tsentral’nyi, op. 3 “Protokoly, d. 5 [x, l. 2. Next sentence)] here.');
    assert.equal(parsed[0].citation.kind, 'archival');
    assert.equal(parsed[0].citation.fond, '17');
  });
});

describe('printed references after a document or a chapter’s author', () => {
  it('a document printed in a book gives way to the book; `et al., eds.` goes with the editors', () => {
    const { raw: _raw, ...book } = one('Stalin to Kaganovich, Aug. 27, 1933, in A. V. Kvashonkin, et al., eds., Sovetskoe rukovodstvo: Perepiska 1928–1941 g. (Moscow, 1999), 249–52.');
    assert.deepEqual(book, { kind: 'printed', editor: 'A. V. Kvashonkin, et al., eds.', title: 'Sovetskoe rukovodstvo: Perepiska 1928–1941 g.', published: 'Moscow, 1999', pages: '249–52' });
  });

  it('a chapter’s author before `, in` is not taken for prose', () => {
    const { raw: _raw, ...chapter } = one('Leonid Mlechin, in Vladimir Kozlov, Neizvestnyi SSSR (Moscow: Olma-Press, 2006), 13–14.');
    assert.equal(chapter.author, 'Leonid Mlechin');
  });
});
