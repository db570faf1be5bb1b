// Back-references resolved over a run of notes: Ibid. at the start or the end of a note, Там же, op. cit.,
// Указ. соч. and short titles. Each case gives, for every back-reference, the note it refers to and every field
// of the resolved citation (raw left out), with what it inherited.
import * as assert from 'node:assert/strict';
import { resolveNotes, type ResolvedCitation } from '../../../src/core/citations';

type Expected = Partial<ResolvedCitation> & { note: number };

function backReferences(texts: string[]): Expected[] {
  const notes = resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text })));
  return notes.flatMap((n, i) =>
    n.resolved.filter(r => r.from !== undefined || r.unresolved || r.candidates).map(r => {
      const copy: Expected = { note: i + 1, ...r };
      delete copy.raw;
      return copy;
    }),
  );
}

const DAVIES = 'R. W. Davies, The Socialist Offensive (London, 1980), p. 5.';
const CASES: [string, string[], Expected[]][] = [
  [
    'a short title after a run of Ibid. resolves to the full reference, not to the Ibid. before it',
    ['Петров И. И. История края. М., 2001. С. 5.', 'Там же. С. 6.', 'Там же. С. 7.', 'Петров И. И. История края. С. 8.'],
    [
      { note: 2, kind: 'printed', author: 'Петров И. И.', title: 'История края', published: 'М., 2001', pages: '6', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Петров И. И.', title: 'История края', published: 'М., 2001', pages: '7', inferred: ['author', 'title', 'published'], from: '2' },
      { note: 4, kind: 'printed', author: 'Петров И. И.', title: 'История края', published: 'М., 2001', pages: '8', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'Указ. соч. and Там же of a GOST reference whose elements dashes part',
    ['Кульчицкий С. В. Голодомор 1932–1933 рр. – К.: Наукова думка, 2007. – С. 48.', 'Там же. – С. 50.', 'Кульчицкий С. В. Указ. соч. – С. 52.'],
    [
      { note: 2, kind: 'printed', author: 'Кульчицкий С. В.', title: 'Голодомор 1932–1933 рр.', published: 'К.: Наукова думка, 2007', pages: '50', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Кульчицкий С. В.', title: 'Голодомор 1932–1933 рр.', published: 'К.: Наукова думка, 2007', pages: '52', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'Указ. соч. of a book printed in a city on a river, its name shortened',
    ['Сидоров А. Донские станицы. Ростов н/Д: Книга, 2004. С. 17.', 'Сидоров А. Указ. соч. С. 20.'],
    [{ note: 2, kind: 'printed', author: 'Сидоров А.', title: 'Донские станицы', published: 'Ростов н/Д: Книга, 2004', pages: '20', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a short title with the author resolves to the full reference of any earlier note',
    [DAVIES, 'Merle Fainsod, Smolensk under Soviet Rule (Cambridge, Mass., 1958), p. 3.', 'Davies, The Socialist Offensive, p. 198.'],
    [{ note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '198', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a short title without p.',
    ['Vladimir Krasnov, Stromaty: Sbornik statei (Moscow, 2001), 12.', 'Krasnov, Stromaty, 149.'],
    [{ note: 2, kind: 'printed', author: 'Vladimir Krasnov', title: 'Stromaty: Sbornik statei', published: 'Moscow, 2001', pages: '149', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'an Ibid. whose previous note cites nothing refers to that note and inherits nothing',
    [DAVIES, 'Davies was the first to see this.', 'Ibid.'],
    [{ note: 3, kind: 'ibid', inferred: [], from: '2' }],
  ],
  [
    'Ibid. at the end of a note, after a remark',
    [DAVIES, 'The figures come from his report, ibid., p. 200.'],
    [{ note: 2, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '200', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'Там же after a document’s description and `//`: the file of the note before, or a new fond of its archive',
    ['Письмо в Литфонд // ГАРФ. Ф. Р-5446. Оп. 1. Д. 10. Л. 1.', 'Ответ Литфонда // Там же. Д. 12. Л. 3 об.', 'Справка //Там же. Ф. 8131. Оп. 37. Д. 4. Л. 2.'],
    [
      { note: 2, kind: 'archival', archive: 'ГАРФ', fond: 'Р-5446', opis: '1', delo: '12', folios: '3об.', inferred: ['archive', 'fond', 'opis'], from: '1' },
      { note: 3, kind: 'archival', archive: 'ГАРФ', fond: '8131', opis: '37', delo: '4', folios: '2', inferred: ['archive'], from: '2' },
    ],
  ],
  [
    'Там же of a newspaper naming an issue after its date, and its page after `стр.`; after an archival file it repeats nothing',
    ['Правда, 10 октября 1955 г., с. 2.', 'Там же, 27 октября 1955 г., № 300 (13598), стр. 3.', 'ГАРФ. Ф. Р-5446. Оп. 1. Д. 10.', 'Там же, 28 октября 1955 г., № 301, стр. 1.'],
    [
      { note: 2, kind: 'printed', title: 'Правда', date: '27 октября 1955 г.', issue: '300 (13598)', pages: '3', inferred: ['title'], from: '1' },
      { note: 4, kind: 'ibid', date: '28 октября 1955 г.', issue: '301', pages: '1', unresolved: true },
    ],
  ],
  [
    'an author’s Ibid. picks that author’s work in the previous note',
    ['Rossi, The Gulag Handbook (New York, 1989), p. 342; Shalamov, Kolyma Tales (New York, 1980), p. 345.', 'Rossi, ibid., p. 310.'],
    [{ note: 2, kind: 'printed', author: 'Rossi', title: 'The Gulag Handbook', published: 'New York, 1989', pages: '310', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'Там же with a page and an archival Там же with a folio',
    ['Лубянка. Сталин и ВЧК — НКВД (Москва, 2003). С. 22.', 'Там же. С. 6.', 'ГАРФ. Ф. Р-9401. Оп. 2. Д. 199. Л. 12.', 'Там же. Л. 14 об.'],
    [
      { note: 2, kind: 'printed', title: 'Лубянка. Сталин и ВЧК — НКВД', published: 'Москва, 2003', pages: '6', inferred: ['title', 'published'], from: '1' },
      { note: 4, kind: 'archival', archive: 'ГАРФ', fond: 'Р-9401', opis: '2', delo: '199', folios: '14об.', inferred: ['archive', 'fond', 'opis', 'delo'], from: '3' },
    ],
  ],
  [
    'Указ. соч. by the author’s surname, and one with no earlier work stays unresolved',
    ['Плеханов А. М., Военная разведка (Москва, 2003): 5.', 'Плеханов А. М. Указ. соч. С. 109.', 'Петров Н. В. Указ. соч. С. 3.'],
    [
      { note: 2, kind: 'printed', author: 'Плеханов А. М.', title: 'Военная разведка', published: 'Москва, 2003', pages: '109', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'op-cit', author: 'Петров Н. В.', pages: '3', unresolved: true },
    ],
  ],
  [
    'an op. cit. of another volume does not take that volume’s imprint',
    ['Stalin, Sochineniia, vol. 4 (Moscow, 1947), p. 5.', 'Stalin, op. cit., vol. 8, p. 10.'],
    [{ note: 2, kind: 'printed', author: 'Stalin', title: 'Sochineniia', volume: '8', pages: '10', inferred: ['author', 'title'], from: '1' }],
  ],
  [
    '“same title” is not taken for a title',
    [DAVIES, 'Davies, same title, p. 9.'],
    [{ note: 2, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '9', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a note citing two works gives two resolutions',
    [DAVIES, 'Merle Fainsod, Smolensk under Soviet Rule (Cambridge, Mass., 1958), p. 3.', 'Davies, The Socialist Offensive, p. 7; Fainsod, Smolensk under Soviet Rule, p. 9.'],
    [
      { note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '7', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Merle Fainsod', title: 'Smolensk under Soviet Rule', published: 'Cambridge, Mass., 1958', pages: '9', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    '“in ibid.” after an archival document names the publication of the previous note, not the document',
    ['TsDAHOU 1/20/6277 (1933), 233–5, in R. Ia. Pyrih, ed., Holodomor (Kyiv, 2007), 798–800.', 'TsDAHOU 1/20/6275 (1933), 182–6, in ibid., 833–5.'],
    [{ note: 2, kind: 'printed', editor: 'R. Ia. Pyrih, ed.', title: 'Holodomor', published: 'Kyiv, 2007', pages: '833–5', inferred: ['editor', 'title', 'published'], from: '1' }],
  ],
  [
    'a short reference by author and roman volume, and a short title misspelt beside its author',
    [
      'E.H. Carr, The Bolshevik Revolution (London, 1950), p. 415; Thomas M. Prymak, Mykhailo Hrushevsky (Toronto, 1987), 128–9.',
      'Carr, Vol.I, p.419.',
      'Prymak, Mykhailo Hrushevksy, 129.',
    ],
    [
      { note: 2, kind: 'printed', author: 'E.H. Carr', title: 'The Bolshevik Revolution', volume: 'I', pages: '419', inferred: ['author', 'title'], from: '1' },
      { note: 3, kind: 'printed', author: 'Thomas M. Prymak', title: 'Mykhailo Hrushevsky', published: 'Toronto, 1987', pages: '129', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'prose before a lower-case “see” is no part of the reference it leads to',
    [
      'L. Viola, ‘Tear the Evil From the Root’, in N. Baschmakoff (ed.), Modernization (Helsinki, 2000), p. 4. For more see L. Viola, The Unknown Gulag (Oxford, 2007).',
      'Viola, The Unknown Gulag, p. 232.',
    ],
    [{ note: 2, kind: 'printed', author: 'L. Viola', title: 'The Unknown Gulag', published: 'Oxford, 2007', pages: '232', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'Указ. соч. and a Russian short title resolve to the Russian-style full reference, Там же to the note before',
    [
      'Мозохин О. Б. ВЧК — ОГПУ. М., 2004. С. 73; Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М.: РОССПЭН, 2010. С. 12.',
      'Мозохин О. Б. Указ. соч. С. 80.',
      'Хлевнюк О. В. Хозяин. С. 44.',
      'Там же. С. 45.',
    ],
    [
      { note: 2, kind: 'printed', author: 'Мозохин О. Б.', title: 'ВЧК — ОГПУ', published: 'М., 2004', pages: '80', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Хлевнюк О. В.', title: 'Хозяин. Сталин и утверждение сталинской диктатуры', published: 'М.: РОССПЭН, 2010', pages: '44', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 4, kind: 'printed', author: 'Хлевнюк О. В.', title: 'Хозяин. Сталин и утверждение сталинской диктатуры', published: 'М.: РОССПЭН, 2010', pages: '45', inferred: ['author', 'title', 'published'], from: '3' },
    ],
  ],
  [
    'Там же inside a remark in parentheses repeats the file of the same note with its own folio',
    ['РГАСПИ. Ф.17. Оп.171. Д.376. Л.87–89. Так, дела 76 человек отправлены на доследование (Там же. Л.90).'],
    [{ note: 1, kind: 'archival', archive: 'РГАСПИ', fond: '17', opis: '171', delo: '376', folios: '90', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' }],
  ],
  [
    'Там же after a note that ends in a sentence the parser could not read repeats the file before that sentence',
    ['РГАСПИ. Ф.17. Оп.171. Д.374. Л.1. Список также не выявлен.', 'Там же. Д.376. Л.87–89.'],
    [{ note: 2, kind: 'archival', archive: 'РГАСПИ', fond: '17', opis: '171', delo: '376', folios: '87-89', inferred: ['archive', 'fond', 'opis'], from: '1' }],
  ],
  [
    'Ibid. after “see” or “см.:” in a sentence; the close of the parenthesis is no part of its pages',
    ['Хлевнюк О. В. Хозяин. М., 2010. С. 5.', 'He was not there; see ibid., p. 6. Список см.: Там же. С.126–128).'],
    [
      { note: 2, kind: 'printed', author: 'Хлевнюк О. В.', title: 'Хозяин', published: 'М., 2010', pages: '6', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 2, kind: 'printed', author: 'Хлевнюк О. В.', title: 'Хозяин', published: 'М., 2010', pages: '126–128', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  ['a short title with no full reference before it refers to nothing', ['Kumanev, Riadom so Stalinym, 387–9.'], []],
  [
    'folios after Там же or Ibid. take the file of the note referred to: a verso, a range, a new delo, a tom',
    ['ГАРФ. Ф. Р-9401. Оп. 2. Д. 199. Л. 12–14 об.', 'Там же. Л. 45 об.', 'Там же. Д. 200. Л. 3.', 'Там же. Т. 2. Лл. 7–8.', 'RGASPI, f. 17, op. 3, d. 677, l. 82; d. 678, l. 5.', 'Ibid., l. 12.', 'Ibid., ll. 12ob.-14.'],
    [
      { note: 2, kind: 'archival', archive: 'ГАРФ', fond: 'Р-9401', opis: '2', delo: '199', folios: '45об.', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' },
      { note: 3, kind: 'archival', archive: 'ГАРФ', fond: 'Р-9401', opis: '2', delo: '200', folios: '3', inferred: ['archive', 'fond', 'opis'], from: '2' },
      { note: 4, kind: 'archival', archive: 'ГАРФ', fond: 'Р-9401', opis: '2', delo: '200', tom: '2', folios: '7-8', inferred: ['archive', 'fond', 'opis', 'delo'], from: '3' },
      { note: 6, kind: 'archival', archive: 'RGASPI', fond: '17', opis: '3', delo: '678', folios: '12', inferred: ['archive', 'fond', 'opis', 'delo'], from: '5' },
      { note: 7, kind: 'archival', archive: 'RGASPI', fond: '17', opis: '3', delo: '678', folios: '12ob.-14', inferred: ['archive', 'fond', 'opis', 'delo'], from: '6' },
    ],
  ],
  [
    'a page after the Ibid. of an archival file is its folio, which replaces the file’s: the file’s folio is not kept beside it',
    ['RGASPI: Fond 17, op. 22, delo 1643, p. 97. For that of A. I. Volkov, see ibid., p. 101.', 'Ibid., pp. 5–7.'],
    [
      { note: 1, kind: 'archival', archive: 'RGASPI', fond: '17', opis: '22', delo: '1643', folios: '101', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' },
      { note: 2, kind: 'archival', archive: 'RGASPI', fond: '17', opis: '22', delo: '1643', folios: '5-7', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' },
    ],
  ],
  [
    'a date or remark in parentheses after the page of an Ibid. is no part of its pages',
    ['Lidiya Ginzburg, Blockade Diary (London, 1995), p. 79.', 'Ibid., p. 81 (30 January 1942). The same ploy was widespread.'],
    [{ note: 2, kind: 'printed', author: 'Lidiya Ginzburg', title: 'Blockade Diary', published: 'London, 1995', pages: '81', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a folio after the Ibid. of a book replaces its page: the book’s page is not kept beside it',
    ['Khlevniuk, Master of the House (New Haven, 2009), p. 5.', 'Ibid., l. 12.'],
    [{ note: 2, kind: 'printed', author: 'Khlevniuk', title: 'Master of the House', published: 'New Haven, 2009', folios: '12', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'Указ. соч. and op. cit. after two works of the author are ambiguous: both works listed, the latest first, none taken',
    [
      'Конквест Р. Большой террор. М., 1991. С. 5.',
      'Конквест Р. Жатва скорби. М., 1988. С. 7.',
      'Конквест Р. Указ. соч. С. 9.',
      'Conquest, The Great Terror (London, 1968), p. 5; Conquest, Harvest of Sorrow (London, 1986), p. 7.',
      'Conquest, op. cit., p. 9.',
    ],
    [
      {
        note: 3, kind: 'op-cit', author: 'Конквест Р.', pages: '9', inferred: [],
        candidates: [{ from: '2', author: 'Конквест Р.', title: 'Жатва скорби', published: 'М., 1988' }, { from: '1', author: 'Конквест Р.', title: 'Большой террор', published: 'М., 1991' }],
      },
      {
        note: 5, kind: 'op-cit', author: 'Conquest', pages: '9', inferred: [],
        candidates: [{ from: '4', author: 'Conquest', title: 'Harvest of Sorrow', published: 'London, 1986' }, { from: '4', author: 'Conquest', title: 'The Great Terror', published: 'London, 1968' }],
      },
    ],
  ],
  [
    'the volume of an op. cit. tells two works apart, and a work cited twice is one work',
    ['Stalin, Sochineniia, vol. 4 (Moscow, 1947), p. 5.', 'Stalin, Marxism and the National Question (Moscow, 1950), p. 3.', 'Stalin, Sochineniia, vol. 4, p. 7.', 'Stalin, op. cit., vol. 4, p. 10.'],
    [
      { note: 3, kind: 'printed', author: 'Stalin', title: 'Sochineniia', volume: '4', published: 'Moscow, 1947', pages: '7', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 4, kind: 'printed', author: 'Stalin', title: 'Sochineniia', volume: '4', published: 'Moscow, 1947', pages: '10', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'a short title after the document it prints (`…, in Cherepanov, Pole ratnoe moe, 272`)',
    ['A. I. Cherepanov, Pole ratnoe moe (Moscow: Voenizdat, 1984), 272–3.', 'Biryuzov’s letter to Kimon Georgiev, dated November 28, 1944, in Cherepanov, Pole ratnoe moe, 272.'],
    [{ note: 2, kind: 'printed', author: 'A. I. Cherepanov', title: 'Pole ratnoe moe', published: 'Moscow: Voenizdat, 1984', pages: '272', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a surname with a soft sign finds its work',
    ['Boris Sopel’niak, Smert’ v rassrochku (Moscow, 2004), 141.', 'Sopel’niak, Smert’ v rassrochku, 129–59.'],
    [{ note: 2, kind: 'printed', author: 'Boris Sopel’niak', title: 'Smert’ v rassrochku', published: 'Moscow, 2004', pages: '129–59', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  [
    'a volume and its pages (`2:63, 80`) are the locator of a short title',
    ['Gennadii Bordiugov, ed., Tiuremnye rukopisi N. I. Bukharina (Moscow: AIRO-XX, 1996), 2:34.', 'Bordiugov, Tiuremnye rukopisi N. I. Bukharina, 2:63, 80.'],
    [{ note: 2, kind: 'printed', editor: 'Gennadii Bordiugov, ed.', title: 'Tiuremnye rukopisi N. I. Bukharina', published: 'Moscow: AIRO-XX, 1996', pages: '2:63, 80', inferred: ['editor', 'title', 'published'], from: '1' }],
  ],
  [
    'a chapter’s title in single quotes cut short finds the chapter, whose book’s title has a full stop of its own and its editor after it',
    [
      'Mark Steinberg, ‘The Language of Popular Revolution? Workers and Their Words, 1917’, in Voices of Revolution. Russia 1917, ed. Diane P. Koenker (New Haven: Yale University Press, 2001), 12.',
      'Steinberg, ‘The Language of Popular Revolution’, 14.',
    ],
    [{
      note: 2, kind: 'printed', author: 'Mark Steinberg', articleTitle: 'The Language of Popular Revolution? Workers and Their Words, 1917', editor: 'ed. Diane P. Koenker',
      title: 'Voices of Revolution. Russia 1917', published: 'New Haven: Yale University Press, 2001', pages: '14', inferred: ['author', 'articleTitle', 'editor', 'title', 'published'], from: '1',
    }],
  ],
  [
    'a short reference in another transliteration system (iu for yu, ii for y) finds the work, and one that leaves off the article and the subtitle too',
    [
      'Oleg Khlevnyuk, Khozyain: Stalin i utverzhdenie stalinskoi diktatury (Moscow, 2010), 45.',
      'Robert Conquest, The Great Terror: A Reassessment (Oxford, 1990), 12.',
      'Khlevniuk, Khoziain, 50; Conquest, Great Terror, 51.',
    ],
    [
      { note: 3, kind: 'printed', author: 'Oleg Khlevnyuk', title: 'Khozyain: Stalin i utverzhdenie stalinskoi diktatury', published: 'Moscow, 2010', pages: '50', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Robert Conquest', title: 'The Great Terror: A Reassessment', published: 'Oxford, 1990', pages: '51', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    'an ibid. inside a sentence after `based on` or `drawn from`, with only its pages after it, repeats the note before',
    [DAVIES, 'The figures here are drawn from ibid., 45.', 'This summary is based on ibid., 46-47.'],
    [
      { note: 2, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '45', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '46-47', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    'a short title under the surnames of a book’s editors finds the edited book (editors, not authors)',
    ['Sheila Fitzpatrick and Lynne Viola, eds., A Researcher’s Guide to Sources on Soviet Social History in the 1930s (Armonk, NY, 1990), 12.', 'Fitzpatrick and Viola, A Researcher’s Guide, 15.'],
    [{ note: 2, kind: 'printed', editor: 'Sheila Fitzpatrick and Lynne Viola, eds.', title: 'A Researcher’s Guide to Sources on Soviet Social History in the 1930s', published: 'Armonk, NY, 1990', pages: '15', inferred: ['editor', 'title', 'published'], from: '1' }],
  ],
  [
    'the quoted short title of an article, its comma inside the quotes, finds the article with its periodical',
    ['“Moe poslednee slovo na sude,” Istochnik 4 (1996): 89–90.', '“Moe poslednee slovo na sude,” 90–91.'],
    [{ note: 2, kind: 'printed', articleTitle: 'Moe poslednee slovo na sude', title: 'Istochnik', volume: '4', date: '1996', pages: '90–91', inferred: ['articleTitle', 'title', 'volume', 'date'], from: '1' }],
  ],
  [
    'the German Ebd. and the Polish Tamże and Ukrainian Там само of an archival file, with the folio marks of their languages',
    ['RGASPI, f. 17, op. 3, d. 987, Bl. 35.', 'Ebd., Bl. 37.', 'RGASPI, f. 495, op. 124, d. 45, k. 12.', 'Tamże, k. 14.', 'ЦДАГО України, ф. 1, оп. 20, спр. 6274, арк. 12.', 'Там само, арк. 14.'],
    [
      { note: 2, kind: 'archival', archive: 'RGASPI', fond: '17', opis: '3', delo: '987', folios: '37', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' },
      { note: 4, kind: 'archival', archive: 'RGASPI', fond: '495', opis: '124', delo: '45', folios: '14', inferred: ['archive', 'fond', 'opis', 'delo'], from: '3' },
      { note: 6, kind: 'archival', archive: 'ЦДАГО України', fond: '1', opis: '20', delo: '6274', folios: '14', inferred: ['archive', 'fond', 'opis', 'delo'], from: '5' },
    ],
  ],
  [
    'the op. cit. of German, Polish, French and Ukrainian notes (a.a.O., dz. cyt., art. cit., Вказ. праця) and a German Ebenda',
    [
      'H. Kuromiya, Stalin (Harlow, 2005), p. 80.',
      'Kuromiya, a.a.O., S. 82.',
      'Ebenda, S. 83.',
      'Kuromiya, dz. cyt., s. 88.',
      'Kuromiya, art. cit., p. 90.',
      'Кульчицький С. Голодомор. Київ, 2008. С. 45.',
      'Кульчицький С. Вказ. праця. С. 50.',
    ],
    [
      { note: 2, kind: 'printed', author: 'H. Kuromiya', title: 'Stalin', published: 'Harlow, 2005', pages: '82', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'H. Kuromiya', title: 'Stalin', published: 'Harlow, 2005', pages: '83', inferred: ['author', 'title', 'published'], from: '2' },
      { note: 4, kind: 'printed', author: 'H. Kuromiya', title: 'Stalin', published: 'Harlow, 2005', pages: '88', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 5, kind: 'printed', author: 'H. Kuromiya', title: 'Stalin', published: 'Harlow, 2005', pages: '90', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 7, kind: 'printed', author: 'Кульчицький С.', title: 'Голодомор', published: 'Київ, 2008', pages: '50', inferred: ['author', 'title', 'published'], from: '6' },
    ],
  ],
  // Medhurst, No Less Than Mystic (2017), notes to the first months of Soviet power: `Name, Ibid` for op. cit.
  [
    '`Name, Ibid` after a note citing someone else finds that author’s earlier work, and an author with a title finds that title or nothing',
    [
      'Vladimir Brovkin, “The Mensheviks’ Political Comeback: The Elections to the Provincial City Soviets in Spring 1918”, Russian Review Volume 42, Issue 1, 1983, p.1',
      'V.I. Lenin, Collected Works, Vol. 27, p.133',
      'Brovkin, Ibid, p.6',
      'Brovkin, Dear Comrades: Menshevik Reports on the Bolshevik Revolution and Civil War, Ibid, p.83-85',
    ],
    [
      {
        note: 3,
        kind: 'printed',
        author: 'Vladimir Brovkin',
        articleTitle: 'The Mensheviks’ Political Comeback: The Elections to the Provincial City Soviets in Spring 1918',
        title: 'Russian Review',
        volume: '42',
        date: '1983',
        issue: '1',
        pages: '6',
        inferred: ['author', 'articleTitle', 'title', 'volume', 'issue', 'date'],
        from: '1',
      },
      { note: 4, kind: 'ibid', author: 'Brovkin', title: 'Dear Comrades: Menshevik Reports on the Bolshevik Revolution and Civil War', pages: '83-85', unresolved: true },
    ],
  ],
  [
    '`Name, Ibid` whose author no earlier note cites is unresolved, not the previous note, also after a lead-in',
    ['V.I. Lenin, “Theses on the Constituent Assembly”, Pravda, 13th December, 1917', 'Cliff, Ibid, pp.35-36', 'Quoted in Brinton, Ibid, p.26'],
    [
      { note: 2, kind: 'ibid', author: 'Cliff', pages: '35-36', unresolved: true },
      { note: 3, kind: 'ibid', author: 'Brinton', pages: '26', unresolved: true },
    ],
  ],
  // The `loc. cit.` notes are written for the test: no held-out note uses the form yet.
  [
    '`loc. cit.` finds the author’s work with the page last cited of it, unless it gives its own',
    [DAVIES, 'Ibid., p. 7.', 'Davies, loc. cit.', 'Davies, loc. cit., p. 9.'],
    [
      { note: 2, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '7', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '7', inferred: ['author', 'title', 'published', 'pages'], from: '1' },
      { note: 4, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '9', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  // Written for the test: no held-out note uses `Idem` before a short title yet.
  [
    '`Idem` before a short title takes the author before it and finds that author’s work',
    [DAVIES, 'Idem, The Soviet Economy in Turmoil (Basingstoke, 1989), p. 12.', 'Idem, The Socialist Offensive, p. 50.'],
    [{ note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '50', inferred: ['author', 'title', 'published'], from: '1' }],
  ],
  // A life of Stalin (The History Press), notes to chapters two and three.
  [
    'a short title after `cited in` is found again, after a sentence or after a source that is no back-reference',
    [
      'Cited in Bertram D. Wolfe, Three Who Made a Revolution (New York, Dial Press, 1948), p. 453.',
      'Stalin’s report on the congress was published in the local party press and is cited in Wolfe, Three Who Made a Revolution (pp. 465–6).',
      'Stalin, Collected Works, vol. II, (Russian edition), pp. 50–1, cited in Wolfe, Three Who Made a Revolution, p. 468.',
    ],
    [
      { note: 2, kind: 'printed', author: 'Bertram D. Wolfe', title: 'Three Who Made a Revolution', published: 'New York, Dial Press, 1948', pages: '465–6', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Bertram D. Wolfe', title: 'Three Who Made a Revolution', published: 'New York, Dial Press, 1948', pages: '468', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'an Ibid. with a page mark before each page of its list (`Ibid, p.11, p.13, p.14`, as Medhurst writes it) gives the list',
    [DAVIES, 'Ibid, p.11, p.13, p.14', 'Ibid., pp. 20, pp. 24–5.'],
    [
      { note: 2, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '11, 13, 14', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '20, 24–5', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    'a Russian Ibid. of a newspaper naming another issue takes that issue’s date and page, not the issue before (`Там же. 1938. 21 июня. С. 2`, as Taubman’s translation writes it)',
    ['Правда. 1937. 5 марта. С. 2.', 'Там же. 1937. 6 марта. С. 3.', 'Там же. 1938. № 12. С. 4.'],
    [
      { note: 2, kind: 'printed', title: 'Правда', date: '6 марта 1937', pages: '3', inferred: ['title'], from: '1' },
      { note: 3, kind: 'printed', title: 'Правда', date: '1938', issue: '12', pages: '4', inferred: ['title'], from: '2' },
    ],
  ],
  [
    'another edition’s place in square brackets after an Ibid.’s page is no part of its locator and is kept unread',
    [DAVIES, 'Ibid., p. 12 [2nd edn, p. 14].', 'Там же. С. 127–128. [НХ5. Т. 1. С. 226.]'],
    [
      { note: 2, kind: 'printed', unparsed: '[2nd edn, p. 14]', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '12', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', unparsed: '[НХ5. Т. 1. С. 226.]', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '127–128', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    'what follows an Ibid. and gives no locator is kept unread, and what the Ibid. inherits is said to be inferred',
    [DAVIES, 'Ibid., passim.', 'Правда. 1937. 5 марта. С. 2.', 'Там же. 1940.'],
    [
      { note: 2, kind: 'printed', unparsed: 'passim', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'London, 1980', pages: '5', inferred: ['author', 'title', 'published', 'pages'], from: '1' },
      { note: 4, kind: 'printed', unparsed: '1940', title: 'Правда', date: '5 марта 1937', pages: '2', inferred: ['title', 'date', 'pages'], from: '3' },
    ],
  ],
  [
    'a note repeating under the short name an earlier note defined (`hereafter`, `далее —`) the item that note cites refers to it; another item under that name does not',
    [
      'Hoover Institution at Stanford University, B. I. Nicolaevsky’s collection (hereafter Nicolaevsky’s collection), box 392, folder 4. V. Zenzinov. Stranichka.',
      'Nicolaevsky’s collection, N. Valentinov-Volsky collection, box 4. Letter from L. Dan.',
      'Nicolaevsky’s collection, box 392, folder 4. V. Zenzinov. Stranichka.',
      'Личный архив семьи Ивановых (далее — архив Ивановых), письмо от 5 мая 1942 г. Копия.',
      'архив Ивановых, письмо от 6 мая 1942 г.',
      'архив Ивановых, письмо от 5 мая 1942 г.',
    ],
    [
      { note: 3, kind: 'other', from: '1', inferred: [] },
      { note: 6, kind: 'other', from: '4', inferred: [] },
    ],
  ],
  [
    'an Ibid. after an author and a journal with its volume (`Brovkin, Russian Review 42, Ibid`), followed by several pages each with its mark, is found as that author’s article in that volume',
    [
      'Vladimir Brovkin, “The Mensheviks’ Political Comeback”, Russian Review Volume 42, Issue 1, 1983, p.1',
      'Brovkin, Russian Review 42, Ibid, p.11, p.13, p.14',
    ],
    [
      {
        note: 2,
        kind: 'printed',
        author: 'Vladimir Brovkin',
        articleTitle: 'The Mensheviks’ Political Comeback',
        title: 'Russian Review',
        volume: '42',
        date: '1983',
        issue: '1',
        pages: '11, 13, 14',
        inferred: ['author', 'articleTitle', 'title', 'volume', 'issue', 'date'],
        from: '1',
      },
    ],
  ],
  [
    'an op. cit. after a source it is quoted from and a colon takes the author after the colon, the source kept unread; a subtitle’s one word is no author',
    [
      'A. N. Surguladze, Ocherki po istorii Gruzii (Tbilisi, 1982), p. 12.',
      '"Sakartvelo", 1918, no. 12: A. N. Surguladze, op. cit., p. 248.',
      'Istoriia Gruzii: Uchebnik, op. cit., p. 3.',
    ],
    [
      {
        note: 2,
        kind: 'printed',
        unparsed: '"Sakartvelo", 1918, no. 12',
        author: 'A. N. Surguladze',
        title: 'Ocherki po istorii Gruzii',
        published: 'Tbilisi, 1982',
        pages: '248',
        inferred: ['author', 'title', 'published'],
        from: '1',
      },
      { note: 3, kind: 'op-cit', title: 'Istoriia Gruzii: Uchebnik', pages: '3', unresolved: true },
    ],
  ],
  [
    'an Ibid. naming another volume of a work takes that volume and page, not the imprint given for the volume before',
    [
      'Сталин И. В. Сочинения. М., 1949. Т. 12. С. 5.',
      'Там же. Т. 13. С. 7.',
      'Там же. С. 9.',
      'V. I. Lenin, Collected Works, vol. 27 (Moscow, 1965), p. 133.',
      'Ibid., vol. 28, p. 12.',
    ],
    [
      { note: 2, kind: 'printed', author: 'Сталин И. В.', title: 'Сочинения', volume: '13', pages: '7', inferred: ['author', 'title'], from: '1' },
      { note: 3, kind: 'printed', author: 'Сталин И. В.', title: 'Сочинения', volume: '13', pages: '9', inferred: ['author', 'title', 'volume'], from: '2' },
      { note: 5, kind: 'printed', author: 'V. I. Lenin', title: 'Collected Works', volume: '28', pages: '12', inferred: ['author', 'title'], from: '4' },
    ],
  ],
];

describe('back-references', () => {
  for (const [name, texts, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(backReferences(texts), expected);
    });
  }

  it('“same author” takes the author of the reference right before it, as inferred, and is no part of the title', () => {
    const [note] = resolveNotes([{ label: '1', text: 'N. Mandelstam, Hope Against Hope (London, 1989); same author, Hope Abandoned (London, 1990).' }]);
    const { raw, ...second } = note.resolved[1];
    assert.equal(raw, 'same author, Hope Abandoned (London, 1990).');
    assert.deepEqual(second, { kind: 'printed', author: 'N. Mandelstam', title: 'Hope Abandoned', published: 'London, 1990', inferred: ['author'] });
    assert.equal(note.citations[1].author, undefined);
  });

  it('“Его же” takes the author of a Russian-style reference before it, and none after one that names no author', () => {
    const notes = resolveNotes([
      { label: '1', text: 'Дубинин А. Б. История. М., 1990. С. 5; Его же. Другое. М., 1992. С. 7.' },
      { label: '2', text: 'Лубянка. Сталин и ВЧК — НКВД. М., 2003. С. 22; Его же. Другое. М., 1992. С. 8.' },
    ]);
    const { raw, ...first } = notes[0].resolved[1];
    assert.equal(raw, 'Его же. Другое. М., 1992. С. 7.');
    assert.deepEqual(first, { kind: 'printed', author: 'Дубинин А. Б.', title: 'Другое', published: 'М., 1992', pages: '7', inferred: ['author'] });
    const second = notes[1].resolved[1];
    assert.deepEqual([second.author, second.title, second.inferred], [undefined, 'Другое', undefined]);
  });
});
