import * as assert from 'node:assert/strict';
import type { ImportWarning } from '../../../../src/core/corpus/article/model';
import { toLine } from '../../../../src/core/corpus/plainText/lines';
import type { Page } from '../../../../src/core/corpus/plainText/pages';
import { glueSpacedMarkers } from '../../../../src/core/corpus/plainText/spacedMarkers';

const page = (number: string, index: number, texts: string[]): Page => ({ number, lines: texts.map(t => toLine(t, index)) });

describe('note markers set apart from their words', () => {
  it('are read in sequence on a page whose columns pdftotext wrote right column first', () => {
    // The right column (markers 2 and 3) comes out above the left one (marker 1); the next page goes on with 4.
    const pages = [
      page('7', 0, [
        'the bureau asked the members of the trade unions. 2 Then it',
        'closed, as the protocol of the session said. 3',
        '',
        'The committee met in the district centre in 1926. 1 It voted on',
        'the resolution of the plenum.',
      ]),
      page('8', 1, ['The next session opened in the spring. 4 It voted again.']),
    ];
    const warnings: ImportWarning[] = [];
    glueSpacedMarkers(pages, warnings);
    assert.deepEqual(
      pages.flatMap(p => p.lines.map(l => l.text)),
      [
        'the bureau asked the members of the trade unions.2 Then it',
        'closed, as the protocol of the session said.3',
        '',
        'The committee met in the district centre in 1926.1 It voted on',
        'the resolution of the plenum.',
        'The next session opened in the spring.4 It voted again.',
      ],
    );
    assert.deepEqual(warnings.map(w => w.page), ['7', '8']);
  });
});
