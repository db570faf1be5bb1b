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
