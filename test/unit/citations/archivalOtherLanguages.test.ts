// Russian and Soviet archives cited in German, Polish and French scholarship, with the marks of those languages (Bestand,
// Findbuch, Akte, Blatt; zespół, sygnatura, teczka, karta; fonds, inventaire, dossier, feuillet), and other forms no
// language table held: a file cited after `See`/`Vgl.` with its archive named in an earlier sentence of the note, an
// archive's name followed by its place in parentheses, the Smolensk archive's WKP files. Each case gives every field of
// every citation the note yields (raw left out); what cannot be read stays in `unparsed`.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../../src/core/citations';
import { citationsOf } from './citationFields';

const A = 'archival' as const;

const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'German marks spelled out: Bestand, Findbuch, Akte, Blatt',
    'RGASPI, Bestand 17, Findbuch 162, Akte 9, Blatt 54.',
    [{ kind: A, archive: 'RGASPI', fond: '17', opis: '162', delo: '9', folios: '54' }],
  ],
  [
    'German notes keep the Russian marks and write the folio as Bl., the verso as Rs.',
    'Vgl. GARF, f. 5446, op. 1, d. 70, Bl. 12-14 Rs.',
    [{ kind: A, archive: 'GARF', fond: '5446', opis: '1', delo: '70', folios: '12-14Rs.' }],
  ],
  [
    'a compact file, then its folios as Bl.',
    'RGVA 1p/1/2, Bl. 3.',
    [{ kind: A, archive: 'RGVA', fond: '1p', opis: '1', delo: '2', folios: '3' }],
  ],
  [
    'Polish marks: zespół, opis, teczka, karta (k.) right after the file',
    'Zob. RGWA, zespół 1p, opis 1, teczka 2, k. 3-5.',
    [{ kind: A, archive: 'RGWA', fond: '1p', opis: '1', delo: '2', folios: '3-5' }],
  ],
  [
    'Polish notes with the Russian marks and k. for the folio, its verso as odw.',
    'RGASPI, f. 495, op. 124, d. 45, k. 12 odw.',
    [{ kind: A, archive: 'RGASPI', fond: '495', opis: '124', delo: '45', folios: '12odw.' }],
  ],
  [
    'a Polish signature (sygn.) is the file',
    'AAN, zesp. 1354, sygn. 237, k. 12.',
    [{ kind: A, archive: 'AAN', fond: '1354', delo: '237', folios: '12' }],
  ],
  [
    'French marks spelled out: fonds, inventaire, dossier, feuillet',
    'Voir GARF, fonds 9401, inventaire 2, dossier 64, feuillet 12.',
    [{ kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '64', folios: '12' }],
  ],
  [
    'a French dossier right after the fonds that an article follows is the opis’, the article the file',
    'RGASPI, fonds 517, dossier 1, article 1080, feuillet 12.',
    [{ kind: A, archive: 'RGASPI', fond: '517', opis: '1', delo: '1080', folios: '12' }],
  ],
  [
    'a French dossier right after the fonds with no article after it is left unread, not guessed',
    'RGASPI, fonds 517, dossier 1, feuillet 12.',
    [{ kind: A, archive: 'RGASPI', fond: '517', folios: '12', unparsed: 'dossier 1' }],
  ],
  [
    'a French f. right after the file is its feuillet; ff. too',
    'RGASPI, f. 517, op. 1, d. 1080, f. 12; d. 1081, ff. 3-5.',
    [
      { kind: A, archive: 'RGASPI', fond: '517', opis: '1', delo: '1080', folios: '12' },
      { kind: A, archive: 'RGASPI', fond: '517', opis: '1', delo: '1081', folios: '3-5' },
    ],
  ],
  [
    'an f. after a file that an opis’ follows opens another fond',
    'RGASPI, f. 17, op. 3, d. 987, f. 81, op. 3, d. 99.',
    [
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '987' },
      { kind: A, archive: 'RGASPI', fond: '81', opis: '3', delo: '99' },
    ],
  ],
  [
    'an archive’s name followed by its place in parentheses',
    'Arkhiv NIPTs Memorial (Moscow), f. 1, op. 1, d. 3296, l. 2.',
    [{ kind: A, archive: 'Arkhiv NIPTs Memorial', fond: '1', opis: '1', delo: '3296', folios: '2' }],
  ],
  [
    'an archive’s name followed by its place after a comma',
    'Memorial Archive, Moscow, f. 1, op. 1, d. 5.',
    [{ kind: A, archive: 'Memorial Archive', fond: '1', opis: '1', delo: '5' }],
  ],
  [
    'the Smolensk archive’s WKP files, with and without the archive',
    'Smolensk Archive, WKP 386, ll. 21-23; WKP 186, l. 12.',
    [
      { kind: A, archive: 'Smolensk Archive', delo: 'WKP 386', folios: '21-23' },
      { kind: A, archive: 'Smolensk Archive', delo: 'WKP 186', folios: '12' },
    ],
  ],
  [
    'a WKP file cited alone',
    'WKP 186, l. 12.',
    [{ kind: A, delo: 'WKP 186', folios: '12' }],
  ],
  [
    'a German or Polish full name names the archive (Staatsarchiv, Archiwum), after a lead-in (Zit. nach)',
    'Zit. nach Staatsarchiv der Region Krasnojarsk, Bestand 1, Findbuch 2, Akte 3, Bl. 4; Archiwum Akt Nowych, zesp. 1354, sygn. 237, k. 12.',
    [
      { kind: A, archive: 'Staatsarchiv der Region Krasnojarsk', fond: '1', opis: '2', delo: '3', folios: '4' },
      { kind: A, archive: 'Archiwum Akt Nowych', fond: '1354', delo: '237', folios: '12' },
    ],
  ],
  [
    'a French lead-in is no part of the archive’s name',
    'Cité dans Archives du Komintern, fonds 495, inventaire 10, dossier 5, f. 3.',
    [{ kind: A, archive: 'Archives du Komintern', fond: '495', opis: '10', delo: '5', folios: '3' }],
  ],
  [
    'an f. right after a compact file is its folio',
    'Dans RGASPI, 495/10/5, f. 3.',
    [{ kind: A, archive: 'RGASPI', fond: '495', opis: '10', delo: '5', folios: '3' }],
  ],
  [
    'a siglum followed by any republic’s name (Uzbekistan, Azerbaijan)',
    'ЦГА Узбекистана, ф. 837, оп. 1, д. 5, л. 3; ЦГА Азербайджана. Ф. 411. Оп. 1. Д. 5. Л. 3.',
    [
      { kind: A, archive: 'ЦГА Узбекистана', fond: '837', opis: '1', delo: '5', folios: '3' },
      { kind: A, archive: 'ЦГА Азербайджана', fond: '411', opis: '1', delo: '5', folios: '3' },
    ],
  ],
  [
    'a national archive named in full before a file cited without a fond',
    'Национальный архив Республики Татарстан. Д. 12. Л. 3.',
    [{ kind: A, archive: 'Национальный архив Республики Татарстан', delo: '12', folios: '3' }],
  ],
  [
    'an archive named in full before items no table holds (a collection, box and folder): the archive, the rest unread',
    'Hoover Institution Archives, Nicolaevsky Collection, box 234, folder 5.',
    [{ kind: A, archive: 'Hoover Institution Archives', unparsed: 'Nicolaevsky Collection, box 234, folder 5' }],
  ],
];

describe('archival references in German, Polish and French notes, and forms no language table held', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(citationsOf(text), expected));
  }

  it('takes the archive a preceding sentence of the note names for a file cited without one, said to be inferred', () => {
    const text = 'The report is kept in the Russian State Archive of Socio-Political History (RGASPI). See f. 17, op. 3, d. 987, l. 35.';
    assert.deepEqual(citationsOf(text), [
      {
        kind: A,
        archive: 'RGASPI',
        archiveName: 'Russian State Archive of Socio-Political History',
        fond: '17',
        opis: '3',
        delo: '987',
        folios: '35',
        inferredReading: 'archive named in an earlier sentence of the note',
      },
    ]);
  });

  it('takes no archive from an earlier sentence that names none', () => {
    assert.deepEqual(citationsOf('The report was sent to Stalin. See f. 17, op. 3, d. 987, l. 35.'), [
      { kind: A, fond: '17', opis: '3', delo: '987', folios: '35' },
    ]);
  });

  it('reads a published collection’s document number as such, never as part of the title or in place of the pages', () => {
    assert.deepEqual(citationsOf('Tragediia sovetskoi derevni, t. 3, dok. 45, s. 123.'), [
      { kind: 'printed', title: 'Tragediia sovetskoi derevni', volume: '3', pages: '123', unparsed: 'dok. 45' },
    ]);
    assert.deepEqual(citationsOf('Lubianka. Stalin i VChK-GPU-OGPU-NKVD. Ianvar’ 1922 – dekabr’ 1936 (Moscow, 2003), doc. 45, p. 123.'), [
      { kind: 'printed', title: 'Lubianka. Stalin i VChK-GPU-OGPU-NKVD. Ianvar’ 1922 – dekabr’ 1936', published: 'Moscow, 2003', pages: '123', unparsed: 'doc. 45' },
    ]);
  });

  it('reads no German Blatt or Polish k. outside a reference', () => {
    assert.deepEqual(citationsOf('Vgl. Das Blatt 12 der Zeitung; k. 5 w tekście.').filter(c => c.kind === A), []);
  });
});
