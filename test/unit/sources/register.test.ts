// The sources register: every archival file of the bundled article with its notes and merged folios (the table
// written by reading the notes), the register of other authors' notes against their answer keys, folio merging,
// printed works with their back-references folded in, per-article updates, and the conflict finding.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions, resolveNotes, type Citation } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { FolioSet, SourceRegister, sourceConflicts, type SourceFile } from '../../../src/core/sources';
import { loadGlossary } from '../../../src/node/loadGlossary';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const ARTICLE = 'harris-dual-subordination.md';
const index = buildDocumentIndex(readFileSync(path.join(corpus, ARTICLE), 'utf8'));
const harris = analyseDocumentNotes(index, archivalOptions(loadGlossary(corpus).glossary)).notes;

/** archive | fond | opis | delo | tom → citing notes → merged folios */
const row = (f: SourceFile) =>
  `${[f.archiveCurrent ?? f.archive, f.fond, f.opis, f.delo, f.tom].map(v => v ?? '').join(' | ')} → ${f.notes.map(n => n.note).join(' ')} → ${f.folios}`;

const HARRIS_FILES = [
  'GAAO SO | 1 | 2 | 7504 |  → 39 40 48 → 19-20, 32, 66-67',
  'GAAO SO | 1 | 2 | 17368 |  → 52 61 62 63 64 65 → 50-51, 64, 68-69, 75',
  'GAAO SO | 1 | 2 | 17368 | 1 → 72 → 59',
  'GAAO SO | 1 | 2 | 22329 |  → 58 → 5',
  'GAAO SO | 1 | 2 | 22861 |  → 52 57 61 63 73 74 → 33, 36-37, 39, 63-64, 174',
  'GAAO SO | 1 | 2 | 43927 |  → 36 37 48 49 50 53 → 7, 23-25, 62-64, 136-137, 157',
  'GAAO SO | 1 | 2 | 43935 |  → 53 → ',
  'GAAO SO | 1 | 2 | K-12238 |  → 34 → ',
  'GASO | 94-r | 4 | 9 |  → 26 → 3, 10, 13, 20, 38, 54, 80-87, 109, 112-116',
  'GASO | 241-r | 1 | 827 |  → 59 → 33-35',
  'RGAE | 4372 | 30 | 784 |  → 59 → 3',
  'RGAE | 4372 | 31 | 784 |  → 55 → 25',
  'RGAE | 7297 | 38 | 104 |  → 68 → 1',
  'RGAE | 8034 | 1 | 453 |  → 56 → 170-181',
  'RGAE | 8034 | 1 | 938 |  → 71 → 7',
  'RGANI | 6 | 1 | 59 |  → 66 67 → 184-186',
  'RGASPI | 17 | 2 | 344 | 1 → 29 30 → 21, 122',
  'RGASPI | 17 | 2 | 347 | 4 → 31 → 34-35',
  'RGASPI | 17 | 2 | 377 |  → 42 → 23-24, 63-64',
  'RGASPI | 17 | 2 | 381 |  → 43 → 15, 25-26, 54, 128, 148',
  'RGASPI | 17 | 2 | 385 | 4 → 35 → 144-145',
  'RGASPI | 17 | 2 | 514 |  → 60 → 93',
  'RGASPI | 17 | 3 | 676 |  → 27 → 22',
  'RGASPI | 17 | 3 | 677 |  → 27 28 → 82-85, 133-138',
  'RGASPI | 17 | 34 | 110 |  → 7 → 7-35',
  'RGASPI | 17 | 67 | 6 |  → 13 → 16',
  'RGASPI | 17 | 67 | 109 |  → 13 → 168-169',
  'RGASPI | 17 | 67 | 193 |  → 18 → 98',
  'RGASPI | 17 | 67 | 249 |  → 13 18 → 68',
  'RGASPI | 17 | 67 | 285 |  → 18 → 102',
  'RGASPI | 17 | 67 | 378 |  → 18 → 192',
  'RGASPI | 17 | 134 | 8 |  → 85 → 55-58',
  'RGASPI | 81 | 3 | 69 |  → 14 → 189-191',
  'RGASPI | 592 | 1 | 44 |  → 90 → 16-19',
  'TsDOO SO | 4 | 4 | 47 |  → 17 → 101',
  'TsDOO SO | 4 | 5 | 10 |  → 25 → 9, 53, 107-109, 339, 364',
  'TsDOO SO | 4 | 5 | 30 |  → 11 12 19 20 → 67, 76-77, 86-104, 130-135',
  'TsDOO SO | 4 | 5 | 34 |  → 22 24 → 55, 64',
  'TsDOO SO | 4 | 8 | 102 |  → 52 → 54',
  'TsDOO SO | 4 | 33 | 19 |  → 80 → 30, 34',
  'TsDOO SO | 4 | 34 | 9 |  → 79 → 249-250',
  'TsDOO SO | 4 | 34 | 151 |  → 80 → 30-31',
  'TsDOO SO | 4 | 35 | 300 |  → 81 → 47-51',
  'TsDOO SO | 4 | 44 | 14 |  → 86 → 120-132',
  'TsDOO SO | 4 | 45 | 196 |  → 83 → 47-56',
  'TsDOO SO | 4 | 45 | 211 |  → 84 → 26-29, 43-45',
  'TsDOO SO | 4 | 52 | 112 |  → 92 → 181',
  'TsDOO SO | 4 | 52 | 180 |  → 87 → 64',
  'TsDOO SO | 4 | 55 | 105 |  → 88 → 168',
  'TsDOO SO | 41 | 1 | 134 |  → 8 → 25-33',
  'TsDOO SO | 1494 | 1 | 34 |  → 9 → 42-43',
  'TsDOO SO | 1494 | 1 | 78 |  → 10 → 75',
];

describe('sources register', () => {
  it('lists every archival file of the bundled article with its notes and merged folios', () => {
    const register = new SourceRegister();
    register.set(ARTICLE, harris);
    assert.deepEqual(register.files().map(row), HARRIS_FILES);
  });

  it('keeps every title a file is given and the title of its opis', () => {
    const register = new SourceRegister();
    register.set(ARTICLE, harris);
    const file = register.files().find(f => f.archive === 'TsDOO SO' && f.opis === '5' && f.delo === '30');
    assert.deepEqual(file?.titles, [
      'Spravki, dokladnye telegrammy, akty doprosov o bor’be Ural’skoi partiinoi organizatsii s oppozitsiei',
      'Spravki, dokladnye, telegrammy, akty dokladov o bor’be Ural’skoi partorganizatsii s oppozitsiei',
    ]);
    assert.equal(register.files().find(f => f.delo === '677')?.opisTitle, 'Protokoly Politbiuro');
  });

  describe('other authors’ notes, against the files their answer keys name', () => {
    interface KeyedNote {
      n: string;
      text: string;
      archival?: Partial<Citation>[];
      /** Back-references with what they resolve to: an archival one cites that file too. */
      refs?: Partial<Citation>[];
    }
    const fixture = path.join(__dirname, '..', '..', 'fixtures', 'citations', 'real-notes.json');
    const { sources } = JSON.parse(readFileSync(fixture, 'utf8')) as { sources: { id: string; notes: KeyedNote[] }[] };
    const key = (c: Partial<Citation>) => [c.archive, c.fond, c.opis, c.delo, c.tom].map(v => v ?? '').join(' | ');
    for (const source of sources) {
      it(source.id, () => {
        const expected = new Map<string, string[]>();
        for (const note of source.notes) {
          for (const c of [...(note.archival ?? []), ...(note.refs ?? []).filter(r => r.kind === 'archival')]) {
            if (!c.archive || !c.fond || !c.delo) continue;
            const notes = expected.get(key(c)) ?? [];
            if (!notes.includes(note.n)) notes.push(note.n);
            expected.set(key(c), notes);
          }
        }
        const register = new SourceRegister();
        register.set(source.id, resolveNotes(source.notes.map(n => ({ label: n.n, text: n.text }))));
        const got = new Map(register.files().map(f => [key(f), f.notes.map(n => n.note)]));
        assert.deepEqual(Object.fromEntries([...got].sort()), Object.fromEntries([...expected].sort()));
      });
    }
  });

  it('merges folio ranges across notes, versos included', () => {
    const merged = (...lists: string[]) => {
      const set = new FolioSet();
      lists.forEach(l => set.add(l));
      return set.toString();
    };
    assert.equal(merged('12ob.-14', '14ob.', '15'), '12ob.-15');
    assert.equal(merged('12-13', '14'), '12-14');
    assert.equal(merged('12', '14'), '12, 14');
    assert.equal(merged('5ob.', '5'), '5-5ob.');
    assert.equal(merged('20-22об.', '3'), '3, 20-22об.');
    assert.equal(merged('17a', '16', '17a'), '16, 17a');
    assert.equal(merged('no page number'), 'no page number');
  });

  it('folds Ibid., op. cit. and short titles into the work they resolve to', () => {
    const register = new SourceRegister();
    register.set('a.md', resolveNotes([
      { label: '1', text: 'R. W. Davies, The Socialist Offensive (Cambridge, Mass., 1980), p. 198.' },
      { label: '2', text: 'Ibid., p. 200.' },
      { label: '3', text: 'E. H. Carr, Socialism in One Country, vol. 2 (London, 1959), p. 5.' },
      { label: '4', text: 'Davies, The Socialist Offensive, p. 210.' },
      { label: '5', text: 'Carr, op. cit., p. 7.' },
    ]));
    const works = register.works().map(w => `${w.author} | ${w.title} | ${w.published} → ${w.notes.map(n => `${n.note}:${n.pages}`).join(' ')}`);
    assert.deepEqual(works, [
      'E. H. Carr | Socialism in One Country | London, 1959 → 3:5 5:7',
      'R. W. Davies | The Socialist Offensive | Cambridge, Mass., 1980 → 1:198 2:200 4:210',
    ]);
  });

  it('replaces and deletes one article’s contribution', () => {
    const register = new SourceRegister();
    const notes = (text: string) => resolveNotes([{ label: '1', text }]);
    register.set('a.md', notes('RGASPI, f. 17, op. 3, d. 677, ll. 82-85.'));
    register.set('b.md', notes('RGASPI, f. 17, op. 3, d. 677, l. 86.'));
    assert.deepEqual(register.files().map(f => [f.folios, f.articles]), [['82-86', ['a.md', 'b.md']]]);
    register.set('a.md', notes('GARF, f. 5446, op. 1, d. 10, l. 1.'));
    assert.deepEqual(register.files().map(f => [f.archive, f.folios, f.articles]), [['GARF', '1', ['a.md']], ['RGASPI', '86', ['b.md']]]);
    register.delete('b.md');
    assert.deepEqual(register.files().map(f => f.archive), ['GARF']);
  });

  it('builds the same files when asked for them in turns', async () => {
    const register = new SourceRegister();
    for (let copy = 0; copy < 30; copy++) register.set(`copy-${copy}.md`, harris);
    const inTurns = await register.filesInTurns();
    assert.equal(inTurns.length, HARRIS_FILES.length);
    assert.deepEqual(inTurns[0].articles, Array.from({ length: 30 }, (_, copy) => `copy-${copy}.md`));
    assert.deepEqual(inTurns, register.files());
    register.delete('copy-0.md');
    assert.deepEqual((await register.filesInTurns())[0].articles.length, 29);
  });

  it('groups an archive under the current name the glossary gives it', () => {
    const register = new SourceRegister();
    const options = archivalOptions(loadGlossary(corpus).glossary);
    register.set('a.md', resolveNotes([{ label: '1', text: 'GA RF, f. 5446, op. 1, d. 10, l. 1.' }, { label: '2', text: 'GARF, f. 5446, op. 1, d. 10, l. 2.' }], options));
    assert.deepEqual(register.files().map(f => [f.archive, f.archiveCurrent, f.notes.map(n => n.note), f.folios]), [['GA RF', 'GARF', ['1', '2'], '1-2']]);
  });

  describe('conflicts', () => {
    const conflicts = (...texts: string[]) => {
      const register = new SourceRegister();
      register.set('a.md', resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text }))));
      return sourceConflicts(register.files()).map(c => `${c.archive} ${c.fond} ${c.delo} ${c.files.map(f => f.opis).join('/')} ${c.shared}`);
    };

    it('reports one delo under two opis’ with the same title or the same folios', () => {
      assert.deepEqual(conflicts('RGASPI, f. 17, op. 3, d. 677 Protokol #23, l. 82.', 'RGASPI, f. 17, op. 2, d. 677 Protokol #23, l. 5.'), ['RGASPI 17 677 2/3 title']);
      assert.deepEqual(conflicts('RGASPI, f. 17, op. 3, d. 677, ll. 82-85.', 'RGASPI, f. 17, op. 2, d. 677, ll. 82-85.'), ['RGASPI 17 677 2/3 folios']);
    });

    it('does not report a bare delo number met again under another opis', () => {
      assert.deepEqual(conflicts('RGASPI, f. 17, op. 3, d. 677, l. 82.', 'RGASPI, f. 17, op. 2, d. 677, l. 5.'), []);
      const register = new SourceRegister();
      register.set(ARTICLE, harris);
      assert.deepEqual(sourceConflicts(register.files()), []);
    });
  });
});
