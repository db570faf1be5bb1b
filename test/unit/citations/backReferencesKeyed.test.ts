// Ibid. in notes keyed to a phrase of the text rather than numbered (`special train and planes: Ibid., 435.`), as
// Andrew Nagorski's The Greatest Battle (2007) prints its notes: the Ibid. refers to the note before, with its page.
// The title such a note's short reference is read with (the phrase is still part of it) is not asserted here.
import * as assert from 'node:assert/strict';
import { resolveNotes } from '../../../src/core/citations';

function ibids(texts: string[]): { note: number; kind: string; from?: string; pages?: string }[] {
  const notes = resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text })));
  return notes.flatMap((n, i) => n.resolved.filter(r => r.from !== undefined).map(r => ({ note: i + 1, kind: n.citations[0].kind, from: r.from, pages: r.pages })));
}

describe('Ibid. after the phrase a note is keyed to', () => {
  it('refers to the note before, with its own page or, without one, the page before', () => {
    const texts = ['“he was tormented”: Volkogonov, 434.', 'special train and planes: Ibid., 435.', 'Kutuzov: Montefiore, 399.', 'Kirovskaya metro: Ibid.'];
    assert.deepEqual(ibids(texts), [
      { note: 2, kind: 'ibid', from: '1', pages: '435' },
      { note: 4, kind: 'ibid', from: '3', pages: '399' },
    ]);
  });

  it('a quoted phrase before the colon', () => {
    assert.deepEqual(ibids(['“They tried to take”: Gorinov, 376.', '“Some people stopped”: Ibid., 111.']), [{ note: 2, kind: 'ibid', from: '1', pages: '111' }]);
  });
});
