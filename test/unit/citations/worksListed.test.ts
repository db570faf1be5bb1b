// Notes that cite several works parted by semicolons: works of two authors each named (Anne Applebaum, Gulag: A
// History (Doubleday, 2003), notes 26, 41, 42, 51 and 52 to chapter 3, italics lost), and books of one author named
// once (John Medhurst, No Less Than Mystic (Repeater, 2017), note 15 of an early chapter, and the same list with its
// imprints in parentheses).
import * as assert from 'node:assert/strict';
import { parseNote, resolveNotes, type Citation } from '../../../src/core/citations';

const cited = (text: string) => parseNote(text).map(p => p.citation);
const fields = ({ kind, author, title, published, pages }: Citation) => ({ kind, author, title, published, pages });
const notes = (...texts: string[]) => resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text })));

describe('works of two authors parted by a semicolon', () => {
  it('reads each work apart when both open with their author', () => {
    assert.deepEqual(cited('Khlevnyuk, “Prinuditelniy trud”; Krasilnikov, “Rozhdenie Gulaga,” p. 150.').map(fields), [
      { kind: 'printed', author: 'Khlevnyuk', title: '“Prinuditelniy trud”', published: undefined, pages: undefined },
      { kind: 'printed', author: 'Krasilnikov', title: '“Rozhdenie Gulaga,”', published: undefined, pages: '150' },
    ]);
    assert.deepEqual(cited('Krasilnikov, “Rozhdenie Gulaga”; Jakobson, pp. 1–9.').map(c => c.author), ['Krasilnikov', 'Jakobson']);
  });

  it('reads an author and a quoted title without a page as a short reference', () => {
    assert.deepEqual(cited('RGASPI, 17/3/746; Nordlander, “Capital of the Gulag.”').map(c => [c.kind, c.author, c.title]), [
      ['archival', undefined, undefined],
      ['printed', 'Nordlander', '“Capital of the Gulag.”'],
    ]);
    assert.equal(cited('Nordlander, the capital of the Gulag.')[0]?.kind ?? 'none', 'none');
  });

  it('finds a work again only by its own title, never by a neighbour glued to it', () => {
    const [, second, third] = notes(
      'Krasilnikov, “Rozhdenie Gulaga”; Jakobson, pp. 1–9.',
      'Lih, Naumov, and Khlevnyuk, p. 211; also Krasilnikov, “Rozhdenie Gulaga,” pp. 152–54; Khlevnyuk, “Prinuditelniy trud.”',
      'Khlevnyuk, ibid., p. 74.',
    );
    assert.deepEqual(second.resolved.map(c => c.from), [undefined, undefined, undefined]);
    assert.deepEqual([third.resolvesTo, third.resolved[0].title, third.resolved[0].pages], ['2', '“Prinuditelniy trud.”', '74']);
  });
});

describe('books of one author named once, parted by semicolons', () => {
  const medhurst = 'Isaac Deutscher, The Prophet Armed: Trotsky 1879-1921, Oxford, 1954; The Prophet Unarmed: Trotsky 1921-1929, Oxford, 1959; The Prophet Outcast: Trotsky 1929-1940, Oxford, 1963.';
  const inParentheses = 'Isaac Deutscher, The Prophet Armed (Oxford, 1954); The Prophet Unarmed (Oxford, 1959); The Prophet Outcast (Oxford, 1963).';
  const titles = (text: string) => notes(text)[0].resolved.map(c => [c.author, c.title, c.published, c.inferred ?? []]);

  it('gives each later title the author named before the first, as inferred', () => {
    assert.deepEqual(titles(medhurst), [
      ['Isaac Deutscher', 'The Prophet Armed: Trotsky 1879-1921', 'Oxford, 1954', []],
      ['Isaac Deutscher', 'The Prophet Unarmed: Trotsky 1921-1929', 'Oxford, 1959', ['author']],
      ['Isaac Deutscher', 'The Prophet Outcast: Trotsky 1929-1940', 'Oxford, 1963', ['author']],
    ]);
    assert.deepEqual(titles(inParentheses).map(([author, , , inferred]) => [author, inferred]), [
      ['Isaac Deutscher', []],
      ['Isaac Deutscher', ['author']],
      ['Isaac Deutscher', ['author']],
    ]);
    // As written, the later works name no author.
    assert.deepEqual(cited(inParentheses).map(c => c.author), ['Isaac Deutscher', undefined, undefined]);
  });

  it('lists the three works for a later `Deutscher, Ibid` or `Deutscher, op. cit.`, taking none', () => {
    for (const reference of ['Deutscher, Ibid, p.504', 'Deutscher, op. cit., p. 5.']) {
      for (const list of [medhurst, inParentheses]) {
        const [, later] = notes(list, reference);
        assert.equal(later.resolvesTo, null, reference);
        assert.deepEqual(later.resolved.map(c => [c.from, c.candidates?.map(w => w.published)]), [[undefined, ['Oxford, 1963', 'Oxford, 1959', 'Oxford, 1954']]]);
      }
    }
  });

  it('finds one work of the list again by its short title, and an Ibid. after one work takes it', () => {
    const [, short] = notes(inParentheses, 'Deutscher, The Prophet Unarmed, p. 7.');
    assert.deepEqual([short.resolvesTo, short.resolved[0].published, short.resolved[0].pages], ['1', 'Oxford, 1959', '7']);
    const [, ibid] = notes('Isaac Deutscher, The Prophet Armed (Oxford, 1954).', 'Deutscher, Ibid, p.504');
    assert.deepEqual([ibid.resolvesTo, ibid.resolved[0].title, ibid.resolved[0].candidates], ['1', 'The Prophet Armed', undefined]);
  });

  it('takes an italic title without an imprint, but not a plain one that might be anyone’s', () => {
    const text = 'Isaac Deutscher, The Prophet Armed (Oxford, 1954); The Prophet Unarmed: Trotsky 1921-1929, p. 5.';
    const italic = [{ start: text.indexOf('The Prophet Unarmed'), end: text.indexOf(', p. 5') }];
    assert.equal(resolveNotes([{ label: '1', text, emphasis: italic }])[0].resolved[1].author, 'Isaac Deutscher');
    // Plain, it is no work of Deutscher's (nor read as a reference at all: it opens with `The`, as a remark does).
    assert.deepEqual(notes(text)[0].resolved.map(c => c.author), ['Isaac Deutscher']);
  });

  it('leaves alone a work after others of several authors, after a page, after a lead-in, or after a file', () => {
    // Roger D. Markwick's and Lynne Viola's notes: a collection of documents listed after books that name their authors.
    const authors = (text: string) => notes(text)[0].resolved.map(c => c.author);
    assert.deepEqual(
      authors('V. Danilov, Sovetskaia dokolkhoznaia derevnia: naselenie, zemlepol’zovanie, khoziaistvo (Moscow, 1977), p. 25; P. Kenez, The Birth of the Propaganda State: Soviet Methods of Mass Mobilization, 1917–1929 (Cambridge, 1985), p. 186; Ocherki byta derevenskoi molodezhi (Moscow, 1924), pp. 10–12.'),
      ['V. Danilov', 'P. Kenez', undefined],
    );
    assert.deepEqual(authors('Isaac Deutscher, The Prophet Armed (Oxford, 1954), p. 90; The Prophet Unarmed (Oxford, 1959).'), ['Isaac Deutscher', undefined]);
    assert.deepEqual(authors('Isaac Deutscher, The Prophet Armed (Oxford, 1954); see also The Prophet Unarmed (Oxford, 1959).'), ['Isaac Deutscher', undefined]);
    assert.deepEqual(
      notes('RGASPI, f. 17, op. 3, d. 746; Tragediia sovetskoi derevni, vol. 3 (Moscow, 2001).')[0].resolved.map(c => [c.kind, c.author]),
      [['archival', undefined], ['printed', undefined]],
    );
  });
});
