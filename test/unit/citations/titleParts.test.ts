// Titles with a full stop inside (`Title. Subtitle`), an editor's remark after the author, a title opening with a
// personal name, and a lead-in sentence before the author: only the imprint ends a title. The notes are Vadim J.
// Birstein's, SMERSH: Stalin's Secret Weapon (Biteback, 2011), notes 25 and 87 to chapter 1, and variations on them.
import * as assert from 'node:assert/strict';
import { parseNote, resolveNotes, type Citation } from '../../../src/core/citations';

const printed = (text: string): Citation[] =>
  parseNote(text).map(p => p.citation).filter(c => c.kind === 'printed');

const fields = ({ author, title, published, pages }: Citation) => ({ author, title, published, pages });

describe('titles with a subtitle after a full stop', () => {
  it('keeps the subtitle and the author after a sentence that names what the book prints', () => {
    const text =
      'Biography of Y. K. Olsky (1891–1938) in Vadim Abramov, Kontrrazvedka. Shchit i mech protiv Abvera i TsRU (Moscow: Yauza-Eksmo, 2006), 85–101 (in Russian).';
    assert.deepEqual(printed(text).map(fields), [
      { author: 'Vadim Abramov', title: 'Kontrrazvedka. Shchit i mech protiv Abvera i TsRU', published: 'Moscow: Yauza-Eksmo, 2006', pages: '85–101' },
    ]);
  });

  it('takes no sentence before a named author’s dates into the title, nor a word of it into an author', () => {
    const text = 'The figures are taken from the memoir of the Menshevik Fedor Dan (1871–1947), Dva goda skitanii (Berlin, 1922), 45.';
    assert.deepEqual(printed(text).map(fields), [{ author: undefined, title: 'Dva goda skitanii', published: 'Berlin, 1922', pages: '45' }]);
    // A person's dates inside a title with its author before it are the title's.
    const life = 'Stephen Kotkin, Stalin: Paradoxes of Power, 1878–1928 (New York, 2014), 12.';
    assert.deepEqual(printed(life).map(fields), [{ author: 'Stephen Kotkin', title: 'Stalin: Paradoxes of Power, 1878–1928', published: 'New York, 2014', pages: '12' }]);
  });

  it('keeps the author after `See` and the first part of the title', () => {
    assert.deepEqual(printed('He was shot in 1938. See A. Kokurin and N. Petrov, Lubianka. Organy VChK-OGPU-NKVD (Moscow, 2003), 25.').map(fields), [
      { author: 'A. Kokurin and N. Petrov', title: 'Lubianka. Organy VChK-OGPU-NKVD', published: 'Moscow, 2003', pages: '25' },
    ]);
  });

  it('keeps a title with two full stops whole behind a sentence that ends in its author', () => {
    const text = 'On this, see V. N. Khaustov, Lubianka. Stalin i VChK–GPU–OGPU–NKVD. Ianvar’ 1922–dekabr’ 1936 (Moscow, 2003), 54.';
    assert.deepEqual(printed(text).map(fields), [
      { author: 'V. N. Khaustov', title: 'Lubianka. Stalin i VChK–GPU–OGPU–NKVD. Ianvar’ 1922–dekabr’ 1936', published: 'Moscow, 2003', pages: '54' },
    ]);
  });

  it('leaves the `and` that joins a second reference out of its author', () => {
    const text = 'See also O. Khlevniuk, Politbiuro (Moscow, 1996), 12; and Iu. Zhukov, Inoi Stalin. Politicheskie reformy v SSSR v 1933–1937 gg. (Moscow, 2003), 5.';
    assert.deepEqual(printed(text).map(c => c.author), ['O. Khlevniuk', 'Iu. Zhukov']);
    assert.equal(printed('And Quiet Flows the Don (Moscow, 1940), 5.')[0].title, 'And Quiet Flows the Don');
  });

  it('does not join a sentence of commentary to a title that has no author', () => {
    assert.deepEqual(printed('The literature on him is vast. Kto rukovodil NKVD. Spravochnik (Moscow, 1999), 4.').map(fields), [
      { author: undefined, title: 'Kto rukovodil NKVD. Spravochnik', published: 'Moscow, 1999', pages: '4' },
    ]);
  });

  it('reads a span of years in parentheses as a person’s dates, not as an imprint', () => {
    assert.deepEqual(printed('Biography of A. A. Artuzov (1891–1937) in Petrov and Skorkin, Kto rukovodil NKVD, 93–94.').map(fields), [
      { author: 'Petrov and Skorkin', title: 'Kto rukovodil NKVD', published: undefined, pages: '93–94' },
    ]);
  });

  it('ends a reference at its pages when `and` opens another one', () => {
    const text =
      'Short biography of G. G. Yagoda (1891–1938) in Petrov and Skorkin, Kto rukovodil NKVD, 159–60, and details in Mikhail Il’insky, Narkom Yagoda (Moscow: Yauza-Eksmo, 2005) (in Russian).';
    assert.deepEqual(printed(text).map(fields), [
      { author: 'Petrov and Skorkin', title: 'Kto rukovodil NKVD', published: undefined, pages: '159–60' },
      { author: 'Mikhail Il’insky', title: 'Narkom Yagoda', published: 'Moscow: Yauza-Eksmo, 2005', pages: undefined },
    ]);
  });
});

describe('an editor’s remark after the author', () => {
  const kremlev =
    'Sergei Kremlev [apparently, a pen name made up from the word ‘the Kremlin’], Beria. Luchshii menedger XX veka (Moscow: Yauza-Eksmo, 2008) (in Russian); the second edition was published in 2011.';

  it('keeps the remark with the author and the personal name that opens the title', () => {
    assert.deepEqual(printed(kremlev).map(fields), [
      {
        author: 'Sergei Kremlev [apparently, a pen name made up from the word ‘the Kremlin’]',
        title: 'Beria. Luchshii menedger XX veka',
        published: 'Moscow: Yauza-Eksmo, 2008',
        pages: undefined,
      },
    ]);
  });

  it('lets a short title by the surname alone find the full reference', () => {
    const [, short] = resolveNotes([
      { label: '87', text: kremlev },
      { label: '88', text: 'Kremlev, Beria, 45.' },
    ]);
    assert.equal(short.resolved[0].from, '87');
    assert.equal(short.resolved[0].published, 'Moscow: Yauza-Eksmo, 2008');
  });
});

describe('a short title and an unread note', () => {
  it('does not take a note that is as short as the title for its full reference', () => {
    const [, second] = resolveNotes([
      { label: '53', text: 'Quoted in Abarinov, ‘V kuluarakh.’' },
      { label: '55', text: 'Quoted in Abarinov, ‘V kuluarakh,’ 68–69.' },
    ]);
    assert.equal(second.resolvesTo, null);
    assert.equal(second.citations[0].pages, '68–69');
  });
});

describe('an imprint without parentheses, as German, Polish and French notes write it', () => {
  it('ends the title at the place and year, the place and publisher, or the place, publisher and year', () => {
    const texts = [
      'Vgl. Jörg Baberowski, Der rote Terror. Die Geschichte des Stalinismus, München 2003, S. 40.',
      'Robert Kindler, Stalins Nomaden. Herrschaft und Hunger in Kasachstan, Hamburg 2014, S. 120–122.',
      'Zob. H. Kuromiya, Stalin, Warszawa 2006, s. 80.',
      'N. Werth, L’Ivrogne et la marchande de fleurs, Paris, Tallandier, 2009, p. 45.',
      'A. Graziosi, Histoire de l’URSS, Paris 2010, p. 12.',
    ];
    assert.deepEqual(texts.flatMap(printed).map(fields), [
      { author: 'Jörg Baberowski', title: 'Der rote Terror. Die Geschichte des Stalinismus', published: 'München 2003', pages: '40' },
      { author: 'Robert Kindler', title: 'Stalins Nomaden. Herrschaft und Hunger in Kasachstan', published: 'Hamburg 2014', pages: '120–122' },
      { author: 'H. Kuromiya', title: 'Stalin', published: 'Warszawa 2006', pages: '80' },
      { author: 'N. Werth', title: 'L’Ivrogne et la marchande de fleurs', published: 'Paris, Tallandier, 2009', pages: '45' },
      { author: 'A. Graziosi', title: 'Histoire de l’URSS', published: 'Paris 2010', pages: '12' },
    ]);
  });

  it('ends an English title at a publisher and a year (Medhurst, No Less Than Mystic, 2017)', () => {
    const texts = ['Marcel Liebman, Leninism under Lenin, Merlin, 1975, p.428', 'E.H. Carr, The Bolshevik Revolution 1917-1923 Volume 1, Pelican, 1950, p.36'];
    assert.deepEqual(texts.flatMap(printed).map(fields), [
      { author: 'Marcel Liebman', title: 'Leninism under Lenin', published: 'Merlin, 1975', pages: '428' },
      { author: 'E.H. Carr', title: 'The Bolshevik Revolution 1917-1923 Volume 1', published: 'Pelican, 1950', pages: '36' },
    ]);
  });

  it('keeps a title that is a place and a year, with nothing before it but the author', () => {
    assert.deepEqual(printed('Schlögel, Moskau 1937, S. 12.').map(fields), [
      { author: 'Schlögel', title: 'Moskau 1937', published: undefined, pages: '12' },
    ]);
  });
});

describe('items after a volume that no field holds', () => {
  const read = (text: string) => parseNote(text).map(({ citation: { kind, title, volume, pages, unparsed } }) => ({ kind, title, volume, pages, unparsed }));

  it('keeps the Harvard Project’s case after the volume out of the title, unparsed', () => {
    assert.deepEqual(read('HPSSS, schedule A, vol. 6, case 104, p. 12.'), [{ kind: 'printed', title: 'HPSSS, schedule A', volume: '6', pages: '12', unparsed: 'case 104' }]);
  });

  it('still reads a volume that ends the title’s part', () => {
    assert.deepEqual(read('Davies, The Socialist Offensive, vol. 1, p. 198.'), [{ kind: 'printed', title: 'The Socialist Offensive', volume: '1', pages: '198', unparsed: undefined }]);
  });
});
