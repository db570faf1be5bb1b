// Every note of the bundled article, parsed and resolved: kind, archive, fond, opis', delo and folios of each
// citation as written, and what each Ibid. / op. cit. resolves to.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions, type Citation } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { loadGlossary } from '../../../src/node/loadGlossary';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const index = buildDocumentIndex(readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8'));
const analysis = analyseDocumentNotes(index, archivalOptions(loadGlossary(corpus).glossary));

/** Archival citations (and Ibid. with an archival locator): kind | archive | fond | opis | delo | folios; others: kind | author or title (24 characters) | pages. */
function summary(c: Citation): string {
  if (c.kind === 'archival' || (c.kind === 'ibid' && !c.pages)) return [c.kind, c.archive, c.fond, c.opis, c.delo, c.folios].map(v => v ?? '').join(' | ');
  return [c.kind, c.author ?? c.title?.slice(0, 24) ?? '', c.pages ?? ''].join(' | ');
}

const CITATIONS: [string, string[]][] = [
  ['1', ['printed | George Leggett | 100', 'other |  | ']],
  ['2', ['printed | Carl Friedrich and Zbigniew Brzezinski | ch. 2', 'printed | Ronald Hingley | 134', 'printed | Boris Levytsky | 65', 'printed | John J. Dziak | 52', 'printed | Robert Conquest | ix']],
  ['3', ['printed | Merle Fainsod | 67, 158']],
  ['4', ['op-cit | G. Leggett | 123-124, 351']],
  ['5', []],
  ['6', ['printed | T. H. Rigby | 7-8, 52']],
  ['7', ['archival | RGASPI | 17 | 34 | 110 | 7-35']],
  ['8', ['archival | TsDOO SO | 41 | 1 | 134 | 25-33']],
  ['9', ['archival | TsDOO SO | 1494 | 1 | 34 | 42-43']],
  ['10', ['archival | TsDOO SO | 1494 | 1 | 78 | 75']],
  ['11', ['archival | TsDOO SO | 4 | 5 | 30 | 130-132']],
  ['12', ['ibid |  |  |  |  | 67, 76']],
  ['13', ['archival | RGASPI | 17 | 67 | 6 | 16', 'archival | RGASPI | 17 | 67 | 109 | 168-169', 'archival | RGASPI | 17 | 67 | 249 | 68']],
  ['14', ['printed | KPSS v rezoliutsiiakh i  | 74, 99', 'archival | RGASPI | 81 | 3 | 69 | 189-191']],
  ['15', ['printed | Trinadtsataia konferents | 106-107']],
  ['16', ['ibid |  | 93, 100-101']],
  ['17', ['archival | TsDOO SO | 4 | 4 | 47 | 101']],
  ['18', ['archival | RGASPI | 17 | 67 | 249 | 68', 'archival | RGASPI | 17 | 67 | 285 | 102', 'archival | RGASPI | 17 | 67 | 378 | 192', 'archival | RGASPI | 17 | 67 | 193 | 98']],
  ['19', ['archival | TsDOO SO | 4 | 5 | 30 | 77, 86-104']],
  ['20', ['ibid |  |  |  |  | 133-135', 'printed | Dva goda raboty: Materia | 131']],
  ['21', ['printed | James R. Harris | chs. 2-3']],
  ['22', ['archival | TsDOO SO | 4 | 5 | 34 | 64']],
  ['23', []],
  ['24', ['archival | TsDOO SO | 4 | 5 | 34 | 55']],
  ['25', ['archival | TsDOO SO | 4 | 5 | 10 | 9, 53, 107-109, 339, 364']],
  ['26', ['archival | GASO | 94-r | 4 | 9 | 3, 10, 13, 20, 38, 54, 80-87, 109, 112-116']],
  ['27', ['archival | RGASPI | 17 | 3 | 676 | 22', 'archival | RGASPI | 17 | 3 | 677 | ']],
  ['28', ['ibid |  |  |  |  | 82-85, 133-138']],
  ['29', ['archival | RGASPI | 17 | 2 | 344 | 21']],
  ['30', ['ibid |  |  |  |  | 122']],
  ['31', ['archival | RGASPI | 17 | 2 | 347 | 34-35']],
  ['32', ['printed | KPSS v rezoliutsiiakh | 328']],
  ['33', ['printed | Torgovo-promyshlennaia g | ']],
  ['34', ['archival | GAAO SO | 1 | 2 | K-12238 | ']],
  ['35', ['archival | RGASPI | 17 | 2 | 385 | 144-145']],
  ['36', ['archival | GAAO SO | 1 | 2 | 43927 | 64']],
  ['37', ['ibid |  |  |  |  | 7, 23-25, 64']],
  ['38', ['printed | Ural’skii rabochii | ']],
  ['39', ['archival | GAAO SO | 1 | 2 | 7504 | 66-67']],
  ['40', ['ibid |  |  |  |  | 19-20']],
  ['41', ['printed | Pravda | ']],
  ['42', ['archival | RGASPI | 17 | 2 | 377 | 23-24, 63-64']],
  ['43', ['archival | RGASPI | 17 | 2 | 381 | ', 'archival | RGASPI | 17 | 2 | 381 | 15', 'archival | RGASPI | 17 | 2 | 381 | 25-26', 'archival | RGASPI | 17 | 2 | 381 | 54', 'archival | RGASPI | 17 | 2 | 381 | 128', 'archival | RGASPI | 17 | 2 | 381 | 148']],
  ['44', ['printed | Shestnadtsataia konferen | 102']],
  ['45', ['printed | A. I. Busygin | 64', 'printed | G. A. Unpelev | 24']],
  ['46', ['op-cit | A. I Busygin | 66']],
  ['47', ['printed | Material k otchetu TsKK  | 50, 53']],
  ['48', ['archival | GAAO SO | 1 | 2 | 43927 | 157', 'archival | GAAO SO | 1 | 2 | 43927 | 136-137', 'archival | GAAO SO | 1 | 2 | 7504 | 32', 'op-cit | G. A. Unpelev | 24-26']],
  ['49', ['archival | GAAO SO | 1 | 2 | 43927 | 136-137']],
  ['50', ['archival | GAAO SO | 1 | 2 | 43927 | 62-64']],
  ['51', ['printed | Sheila Fitzpatrick | ']],
  ['52', ['archival | TsDOO SO | 4 | 8 | 102 | 54', 'archival | GAAO SO | 1 | 2 | 22861 | 39', 'archival | GAAO SO | 1 | 2 | 17368 | 75']],
  ['53', ['ibid |  |  |  | 43927 | ', 'archival |  |  |  | 43935 | ']],
  ['54', []],
  ['55', ['archival | RGAE | 4372 | 31 | 784 | 25']],
  ['56', ['archival | RGAE | 8034 | 1 | 453 | 170-181']],
  ['57', ['archival | GAAO SO | 1 | 2 | 22861 | 33']],
  ['58', ['ibid |  |  |  | 22329 | 5']],
  ['59', ['archival | GASO | 241-r | 1 | 827 | 33-35', 'archival | RGAE | 4372 | 30 | 784 | 3']],
  ['60', ['archival | RGASPI | 17 | 2 | 514 | 93']],
  ['61', ['archival | GAAO SO | 1 | 2 | 17368 | 68', 'archival | GAAO SO | 1 | 2 | 22861 | 63-64, 174']],
  ['62', ['ibid |  |  |  | 17368 | 50-51']],
  ['63', ['ibid |  |  |  | 22861 | 36-37', 'archival |  |  |  | 17368 | 64']],
  ['64', ['ibid |  |  |  | 17368 | 64']],
  ['65', ['ibid |  |  |  |  | 69']],
  ['66', ['archival | TsKhSD | 6 | 1 | 59 | 184-186']],
  ['67', ['archival | TsKhSD | 6 | 1 | 59 | 184-186']],
  ['68', ['archival | RGAE | 7297 | 38 | 104 | 1']],
  ['69', ['printed | XVII s’’ezd Vsesouznoi K | 34-35']],
  ['70', ['printed | Roberta Manning | 129-33']],
  ['71', ['archival | RGAE | 8034 | 1 | 938 | 7']],
  ['72', ['archival | GAAO SO | 1 | 2 | 17368 | 59']],
  ['73', ['ibid |  |  |  | 22861 | 36-37']],
  ['74', ['ibid |  |  |  |  | 37']],
  ['75', ['printed | A. I. Kokurin and N. V. Petrov | 167, 192']],
  ['76', ['printed | J. Arch Getty and Oleg V. Naumov | 266']],
  ['77', ['ibid |  | 562']],
  ['78', ['op-cit | A. I. Kokurin and N. V. Petrov | 235-236']],
  ['79', ['archival | TsDOO SO | 4 | 34 | 9 | 249-250']],
  ['80', ['archival | TsDOO SO | 4 | 33 | 19 | 30, 34', 'archival | TsDOO SO | 4 | 34 | 151 | 30-31']],
  ['81', ['archival | TsDOO SO | 4 | 35 | 300 | 47-51']],
  ['82', ['printed | Joseph Berliner | ']],
  ['83', ['archival | TsDOO SO | 4 | 45 | 196 | 47-56']],
  ['84', ['archival | TsDOO SO | 4 | 45 | 211 | 26-29, 43-45']],
  ['85', ['archival | RGASPI | 17 | 134 | 8 | 55-58']],
  ['86', ['archival | TsDOO SO | 4 | 44 | 14 | 120-132']],
  ['87', ['archival | TsDOO SO | 4 | 52 | 180 | 64']],
  ['88', ['archival | TsDOO SO | 4 | 55 | 105 | 168']],
  ['89', []],
  ['90', ['archival | RGASPI | 592 | 1 | 44 | 16-19']],
  ['91', ['op-cit | KPSS v rezoliutsiiakh | 286']],
  ['92', ['archival | TsDOO SO | 4 | 52 | 112 | 181']],
  ['93', []],
];

/** [note, citation index, note it resolves to, the resolved citation]. */
const BACK_REFERENCES: [string, number, string, string][] = [
  ['4', 0, '1', 'printed | George Leggett | 123-124, 351'],
  ['12', 0, '11', 'archival | TsDOO SO | 4 | 5 | 30 | 67, 76'],
  ['16', 0, '15', 'printed | Trinadtsataia konferents | 93, 100-101'],
  ['20', 0, '19', 'archival | TsDOO SO | 4 | 5 | 30 | 133-135'],
  ['28', 0, '27', 'archival | RGASPI | 17 | 3 | 677 | 82-85, 133-138'],
  ['30', 0, '29', 'archival | RGASPI | 17 | 2 | 344 | 122'],
  ['37', 0, '36', 'archival | GAAO SO | 1 | 2 | 43927 | 7, 23-25, 64'],
  ['40', 0, '39', 'archival | GAAO SO | 1 | 2 | 7504 | 19-20'],
  ['46', 0, '45', 'printed | A. I. Busygin | 66'],
  ['48', 3, '45', 'printed | G. A. Unpelev | 24-26'],
  ['53', 0, '52', 'archival | GAAO SO | 1 | 2 | 43927 | '],
  ['58', 0, '57', 'archival | GAAO SO | 1 | 2 | 22329 | 5'],
  ['62', 0, '61', 'archival | GAAO SO | 1 | 2 | 17368 | 50-51'],
  ['63', 0, '62', 'archival | GAAO SO | 1 | 2 | 22861 | 36-37'],
  ['64', 0, '63', 'archival | GAAO SO | 1 | 2 | 17368 | 64'],
  ['65', 0, '64', 'archival | GAAO SO | 1 | 2 | 17368 | 69'],
  ['73', 0, '72', 'archival | GAAO SO | 1 | 2 | 22861 | 36-37'],
  ['74', 0, '73', 'archival | GAAO SO | 1 | 2 | 22861 | 37'],
  ['77', 0, '76', 'printed | J. Arch Getty and Oleg V. Naumov | 562'],
  ['78', 0, '75', 'printed | A. I. Kokurin and N. V. Petrov | 235-236'],
  ['91', 0, '32', 'printed | KPSS v rezoliutsiiakh | 286'],
];

describe('citations of every note of the article', () => {
  it('covers all 93 notes in reading order', () => {
    assert.deepEqual(analysis.notes.map(n => n.label), CITATIONS.map(([label]) => label));
  });

  for (const [label, expected] of CITATIONS) {
    it(`note ${label}: ${expected.length ? expected.map(e => e.split(' | ')[0]).join(', ') : 'commentary only'}`, () => {
      assert.deepEqual(analysis.note(label)?.citations.map(summary), expected);
    });
  }

  for (const [label, i, target, expected] of BACK_REFERENCES) {
    it(`note ${label}: citation ${i + 1} resolves to note ${target}`, () => {
      const note = analysis.note(label);
      assert.equal(note?.resolved[i].from, target);
      assert.equal(summary(note.resolved[i]), expected);
    });
  }

  it('reports resolvesTo for exactly the notes with a back-reference', () => {
    const expected = new Map<string, string>();
    for (const [label, , target] of BACK_REFERENCES) if (!expected.has(label)) expected.set(label, target);
    for (const note of analysis.notes) assert.equal(note.resolvesTo, expected.get(note.label) ?? null, `note ${note.label}`);
  });
});
