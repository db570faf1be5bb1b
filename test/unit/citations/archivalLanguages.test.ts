// Archival references as the archives of the former USSR write them in their own languages, and after sigla the
// glossary does not know: each case gives every field of every citation (raw left out). The marks follow the archives'
// own citation guides: Belarusian фонд, вопіс, справа, аркуш, адварот; Latvian fonds, apraksts, lieta, lapa (number
// first); Estonian reference codes (ERA.R-1.2.3); Georgian ფონდი, ანაწერი, საქმე, ფურცელი; Armenian ֆոնդ, ցուցակ,
// գործ, թերթ; Azerbaijani fond, siyahı, iş, vərəq; Kazakh қор, тізбе, іс, парақ (also number first); Uzbek fond,
// ro'yxat, ish, varaq; Moldovan fond, inventar, dosar, fila.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../../src/core/citations';
import { citationsOf } from './citationFields';

const A = 'archival' as const;

const file = (archive: string, fond: string, opis: string, delo: string, folios?: string): Partial<Citation> =>
  folios === undefined ? { kind: A, archive, fond, opis, delo } : { kind: A, archive, fond, opis, delo, folios };

const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'Belarusian, Cyrillic, with the full name and the verso',
    'Нацыянальны архіў Рэспублікі Беларусь (НАРБ), ф. 4п, воп. 1, спр. 12, арк. 5 адв.',
    [{ ...file('НАРБ', '4п', '1', '12', '5адв.'), archiveName: 'Нацыянальны архіў Рэспублікі Беларусь' }],
  ],
  ['Belarusian, Latin', 'NARB, f. 4p, vop. 1, spr. 12, ark. 5adv.-6.', [file('NARB', '4p', '1', '12', '5adv.-6')]],
  ['Latvian, numbers before their marks', 'LVVA, 1022. f., 1. apr., 12. l., 5. lp.', [file('LVVA', '1022', '1', '12', '5')]],
  ['Latvian, a range of pages', 'LVA, 101. f., 2. apr., 45. l., 3.–7. lp.', [file('LVA', '101', '2', '45', '3-7')]],
  ['Estonian reference code', 'ERA.R-1.2.3, l. 5.', [file('ERA', 'R-1', '2', '3', '5')]],
  ['Georgian script, the folio after the file', 'სცსა, ფ. 284, ან. 1, საქ. 12, ფ. 5.', [file('სცსა', '284', '1', '12', '5')]],
  ['Armenian script', 'ՀԱԱ, ֆ. 1, ց. 2, գ. 3, թ. 4.', [file('ՀԱԱ', '1', '2', '3', '4')]],
  ['Azerbaijani', 'ARDA, f. 28, siy. 1, iş 45, v. 12.', [file('ARDA', '28', '1', '45', '12')]],
  ['Kazakh, marks first', 'ҚР ПМ, қ. 708, т. 1, іс 12, п. 5.', [file('ҚР ПМ', '708', '1', '12', '5')]],
  ['Kazakh, numbers before their marks', 'ҚР ОМА, 141-қ., 1-т., 2-іс, 5-п.', [file('ҚР ОМА', '141', '1', '2', '5')]],
  ['Uzbek, Latin, a siglum with the apostrophe', "O'zMA, f. R-86, r. 1, i. 12, v. 5.", [file("O'zMA", 'R-86', '1', '12', '5')]],
  ['Uzbek, Cyrillic', 'ЎзР МДА, ф. Р-86, р. 1, и. 12, в. 5.', [file('ЎзР МДА', 'Р-86', '1', '12', '5')]],
  ['Moldovan, the fila after the dosar of an inventar', 'ANRM, F. 2948, inv. 1, d. 12, f. 5-6.', [file('ANRM', '2948', '1', '12', '5-6')]],
  [
    'Moldovan, spelled out, after the archive’s Romanian name',
    'Arhiva Națională a Republicii Moldova (ANRM), fond 2948, inventar 1, dosar 12, fila 5.',
    [{ ...file('ANRM', '2948', '1', '12', '5'), archiveName: 'Arhiva Națională a Republicii Moldova' }],
  ],
  ['an unknown siglum before known marks is kept as written', 'XYZA, f. 12, op. 3, d. 4, l. 5.', [file('XYZA', '12', '3', '4', '5')]],
  [
    'a Georgian siglum transliterated in lower case after the archive’s name',
    'Archive of the Ministry of Internal Affairs of Georgia (sšsa), f. 6, d. 37, l. 12.',
    [{ kind: A, archive: 'sšsa', archiveName: 'Archive of the Ministry of Internal Affairs of Georgia', fond: '6', delo: '37', folios: '12' }],
  ],
  [
    'a siglum with the archive’s name in parentheses after it',
    'DAOO (State Archive of Odesa Oblast), f. R-1234, op. 1, spr. 5, ark. 6.',
    [{ ...file('DAOO', 'R-1234', '1', '5', '6'), archiveName: 'State Archive of Odesa Oblast' }],
  ],
];

describe('archival references in the languages of the former USSR archives', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(citationsOf(text), expected));
  }

  it('reads those letters as marks only right after the mark above them', () => {
    // A Russian т. after a fond is a volume; a v. after a Russian delo may be a volume, not a folio.
    assert.deepEqual(citationsOf('RGASPI, f. 17, t. 2, l. 5.'), [{ kind: A, archive: 'RGASPI', fond: '17', tom: '2', folios: '5' }]);
    assert.deepEqual(citationsOf('GARF, f. 1, op. 2, d. 3, v. 4.'), [{ kind: A, archive: 'GARF', fond: '1', opis: '2', delo: '3', unparsed: 'v. 4' }]);
    // A chain of numbers and marks that does not open with a fond, or skips back up, is no reference.
    // An `f.` after a delo of Russian marks opens another fond.
    assert.deepEqual(citationsOf('RGASPI, f. 17, op. 3, d. 5, f. 558, op. 11, d. 3.').map(c => [c.fond, c.delo, c.folios ?? null]), [
      ['17', '5', null],
      ['558', '3', null],
    ]);
    // A remark in parentheses after an archive's name is no siglum.
    assert.deepEqual(citationsOf('Archive of the NKVD (sic), f. 6, d. 37.').map(c => c.archive ?? null), [null]);
    for (const text of ['LVVA, 12. l., 5. lp.', 'LVVA, 1. apr., 1022. f.']) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === A), [], text);
    }
  });
});
