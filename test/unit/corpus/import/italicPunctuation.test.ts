import * as assert from 'node:assert/strict';
import { inlineMarkdown } from '../../../../src/core/corpus/inlineMarkdown';

// A title set upright (a Cyrillic one the face has no italic for) with the comma after it in italics: `*,*` after a
// word opens no emphasis in Markdown and left its asterisks in the text.
describe('italic punctuation alone', () => {
  const text = (t: string, italic = false) => ({ kind: 'text' as const, text: t, italic });

  it('is written as roman, and italics holding a letter or figure still as italics', () => {
    assert.equal(inlineMarkdown([text('Lossky published Спор и Софии'), text(',', true), text(' see Arjakovsky, '), text('The Way,', true)]), 'Lossky published Спор и Софии, see Arjakovsky, *The Way,*');
    assert.equal(inlineMarkdown([text('in '), text('1936', true), text(': '), text('. . .', true)]), 'in *1936*: . . .');
  });
});
