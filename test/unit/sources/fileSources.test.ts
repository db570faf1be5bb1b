// What one article gives the sources register: the same register as its whole note analysis, plain data that comes
// back from JSON unchanged, each citation located in its note (emphasis marks and all), and the tree levels and the
// filter of the Sources view over the bundled article.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions, resolveNotes } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { archiveGroups, authorGroups, citationPlace, citedWords, citesFile, isFileSources, isSourceCitation, markerOf, referenceOf, SourceRegister, sourceFilter, sourcesOfFile, type FileSources, type Span } from '../../../src/core/sources';
import { loadGlossary } from '../../../src/node/loadGlossary';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const ARTICLE = 'harris-dual-subordination.md';
const text = readFileSync(path.join(corpus, ARTICLE), 'utf8');
const { glossary } = loadGlossary(corpus);
const textAt = ([start, end]: Span) => {
  assert.ok(!text.slice(start, end).includes('\n'), 'a citation on one line');
  return text.slice(start, end);
};

describe('sources of one article', () => {
  let sources: FileSources;
  let register: SourceRegister;
  before(async () => {
    const found = await sourcesOfFile(text, glossary);
    assert.ok(found);
    sources = found;
    register = new SourceRegister();
    register.set(ARTICLE, sources.notes);
  });

  it('gives the register what the article’s whole note analysis gives it', () => {
    const whole = new SourceRegister();
    whole.set(ARTICLE, analyseDocumentNotes(buildDocumentIndex(text), archivalOptions(glossary)).notes);
    assert.deepEqual(register.files(), whole.files());
    assert.deepEqual(register.works(), whole.works());
    assert.equal(register.files().length, 52);
  });

  it('gives the register the same in turns, its notes read a few at a time, the article’s part changed only at the end', async () => {
    const paced = new SourceRegister();
    paced.set(ARTICLE, sources.notes.slice(0, 3));
    const before = paced.files();
    let turns = 0;
    await paced.setInTurns(ARTICLE, sources.notes, async () => {
      turns++;
      assert.deepEqual(paced.files(), before, 'the earlier part until every note is read');
    });
    assert.equal(turns, sources.notes.length);
    assert.deepEqual(paced.files(), register.files());
    assert.deepEqual(paced.works(), register.works());
  });

  it('is plain data: JSON gives it back unchanged, and the cache check accepts it', () => {
    const copy: unknown = JSON.parse(JSON.stringify(sources));
    assert.deepStrictEqual(copy, sources);
    assert.ok(isFileSources(copy));
  });

  it('refuses what is not a file’s sources', () => {
    const [note] = sources.notes;
    const withPlaces = (edit: (places: unknown[]) => unknown[]) => ({ notes: [{ ...note, places: edit([...note.places]) }] });
    const bads = [
      null, [], { notes: {} }, { notes: [{ ...note, label: 7 }] }, { notes: [{ label: note.label, resolved: note.resolved }] },
      withPlaces(p => p.slice(0, -2)), withPlaces(p => [5, 2, ...p.slice(2)]), withPlaces(p => [...p.slice(0, 4), 1.5, 2, ...p.slice(6)]),
      withPlaces(p => [p[0], p[1], -1, 7, ...p.slice(4)]), withPlaces(p => [p[0], p[1], -2, -2, ...p.slice(4)]), withPlaces(p => p.map(String)),
    ];
    for (const bad of bads) {
      assert.equal(isFileSources(bad), false, JSON.stringify(bad).slice(0, 80));
    }
  });

  it('locates each citation in its note, through emphasis marks, and the note’s marker and reference', () => {
    const note = (label: string) => sources.notes.find(n => n.label === label);
    const n27 = note('27');
    assert.ok(n27);
    assert.equal(textAt(markerOf(n27)), '[^27]');
    assert.equal(textAt(referenceOf(n27)!), '[^27]');
    assert.ok(referenceOf(n27)![0] < markerOf(n27)[0], 'the reference is in the text above the notes');
    assert.match(textAt(citationPlace(n27, 0)), /^RGASPI, f\. 17 Tsentral’nyi komitet, op\. 3 Protokoly Politbiuro, d\. 676 /);
    assert.equal(textAt(citationPlace(n27, 1)), 'd. 677 Protokol #23, 15 marta 1928, same title.');
    // `[^28]: *Ibid*., ll. 82-85 …`: the citation reads `Ibid., ll. 82-85 …`
    assert.equal(textAt(citationPlace(note('28')!, 0)), 'Ibid*., ll. 82-85 (Zhdanov), 133-138 (Andreev).');
    assert.equal(textAt(citationPlace(note('4')!, 0)), 'G. Leggett, *op. cit.:* 123-124, 351.');
    // notes citing no source (comments only) are left out
    assert.equal(note('5'), undefined);
  });

  it('keeps no citation words the text gives back: each citation reads as the whole analysis wrote it', () => {
    const whole = analyseDocumentNotes(buildDocumentIndex(text), archivalOptions(glossary)).notes;
    const plain = (words: string) => words.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
    let cited = 0;
    for (const note of sources.notes) {
      const written = whole.find(n => n.label === note.label)!.resolved.filter(isSourceCitation);
      assert.deepEqual(citedWords(text, note), written.map(c => plain(c.raw)), `note ${note.label}`);
      cited += note.resolved.length;
    }
    const kept = sources.notes.flatMap(n => n.resolved).filter(c => c.raw !== undefined);
    assert.ok(cited > 100 && kept.every(c => c.kind === 'printed' && !c.title), `${kept.length} of ${cited} keep their words`);
  });

  it('tells which citations of a note name a file', () => {
    const d677 = register.files().find(f => f.delo === '677');
    assert.ok(d677);
    const n27 = sources.notes.find(n => n.label === '27')!;
    assert.deepEqual(n27.resolved.map(c => citesFile(c, d677)), [false, true]);
  });

  it('stops when cancelled', async () => {
    assert.equal(await sourcesOfFile(text, glossary, () => true), undefined);
  });

  it('groups the files by archive, fond and opis’ with the files and distinct notes at each level', () => {
    const rgaspi = archiveGroups(register.files()).find(g => g.archive === 'RGASPI');
    assert.ok(rgaspi);
    assert.deepEqual([rgaspi.files, rgaspi.notes], [18, 15]);
    assert.deepEqual(rgaspi.fonds.map(f => [f.fond, f.files, f.notes]), [['17', 16, 13], ['81', 1, 1], ['592', 1, 1]]);
    const op3 = rgaspi.fonds[0].opisi.find(o => o.opis === '3');
    assert.deepEqual([op3?.title, op3?.files.map(f => f.delo), op3?.notes], ['Protokoly Politbiuro', ['676', '677'], 2]);
    assert.deepEqual(archiveGroups(register.files()).slice(0, 3).map(g => g.archive), ['GAAO SO', 'GASO', 'RGAE']);
  });

  it('groups an archive under its current name with the names the notes write', () => {
    const options = archivalOptions(glossary);
    const other = new SourceRegister();
    other.set('a.md', resolveNotes([{ label: '1', text: 'TsGAOR, f. 5446, op. 1, d. 10, l. 1.' }], options));
    other.set('b.md', resolveNotes([{ label: '2', text: 'GARF, f. 5446, op. 1, d. 11, l. 2.' }], options));
    assert.deepEqual(archiveGroups(other.files()).map(g => [g.archive, g.writtenAs, g.files, g.notes]), [['GARF', ['TsGAOR'], 2, 2]]);
  });

  it('groups the printed works by author, then newspapers’ issues by newspaper, the works without an author last', () => {
    const groups = authorGroups(register.works());
    const leggett = groups.find(g => g.author === 'George Leggett');
    assert.deepEqual(leggett?.works.map(w => [w.title, w.notes.map(n => n.note)]), [['The Cheka: Lenin’s political police', ['1', '4']]]);
    assert.deepEqual(
      groups.filter(g => g.periodical).map(g => [g.periodical, g.works.map(w => [w.date, w.notes.map(n => n.note)])]),
      [
        ['Pravda', [['September 30, 1928', ['41']]]],
        ['Torgovo-promyshlennaia gazeta', [['July 7, 1928', ['33']]]],
        // two issues in one citation stay as written: no single date is made of them
        ['Ural’skii rabochii', [['September 1, October 23, 1928', ['38']]]],
      ],
    );
    const last = groups[groups.length - 1];
    assert.deepEqual([last.author, last.periodical, last.works.length], [undefined, undefined, 7]);
    assert.ok(last.works.some(w => w.title === 'KPSS v rezoliutsiiakh'));
  });

  describe('filter', () => {
    const files = (query: string) => register.files().filter(sourceFilter(query)!.file).map(f => `${f.archive} ${f.fond}/${f.opis}/${f.delo}`);

    it('finds the files of an opis’ as cited, and a number only whole', () => {
      assert.deepEqual(files('RGASPI f. 17, op. 3'), ['RGASPI 17/3/676', 'RGASPI 17/3/677']);
      assert.deepEqual(files('rgaspi F 17 OP 34'), ['RGASPI 17/34/110']);
      assert.equal(files('RGASPI').length, 18);
    });

    it('finds files by a word of a title, an opis’ title or a citing article', () => {
      assert.deepEqual(files('Protokoly Politbiuro'), ['RGASPI 17/3/676', 'RGASPI 17/3/677']);
      assert.equal(files('harris dual').length, 52);
      assert.deepEqual(files('ezhov'), []);
    });

    it('finds works by author, title or imprint, and nothing for a query of no words', () => {
      const works = (query: string) => register.works().filter(sourceFilter(query)!.work).map(w => w.title);
      assert.deepEqual(works('Leggett'), ['The Cheka: Lenin’s political police']);
      assert.deepEqual(works('Ithaca'), ['The Great Urals: Regionalism and the evolution of the Soviet system']);
      assert.equal(sourceFilter(' .,; '), undefined);
    });
  });
});
