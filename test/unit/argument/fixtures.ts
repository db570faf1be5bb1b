// A small article written by the tests, and helpers to build outlines from text.
import { buildDocumentIndex } from '../../../src/core/document';
import { buildOutline, type CuratedArgument, type Outline } from '../../../src/core/argument';

export const SMALL_ARTICLE = `# Grain and power

Who decided the quotas? This article asks that question.[^1]

## The centre

Dr. A. B. Smith argued that the *okrug* committees set the quotas.[^2] Others disagreed.[^3]

> The plan must be fulfilled at all costs. So wrote the secretary.[^4]

## The regions

Regional leaders bargained hard for lower targets. They often won.

* * *

In conclusion, quotas were negotiated rather than imposed.[^5]

[^1]: RGASPI, f. 17, op. 3, d. 1.
[^2]: Smith, *Grain* (1999): 4.
[^3]: Jones, *Power* (2001): 7.
[^4]: TsDOO SO, f. 4, op. 5, d. 30, l. 2.
[^5]: See above.
`;

export const SMALL_ARGUMENT: CuratedArgument = {
  article: 'small.md',
  question: { text: 'Who decided the grain quotas?', quote: { exact: 'Who decided the quotas?' } },
  thesis: { text: 'Quotas were negotiated.', quote: { exact: 'quotas were negotiated rather than imposed', prefix: 'In conclusion, ' } },
  periods: [
    { label: 'Central planning', from: 1928, to: 1932, passages: [{ exact: 'committees set the quotas', prefix: 'the *okrug* ' }] },
    { label: 'Bargaining', from: 1933, to: 1937, passages: [{ exact: 'Regional leaders bargained hard for lower targets.' }] },
  ],
  sections: [
    { title: null, claims: [{ text: 'The question', quote: { exact: 'This article asks that question.' }, footnotes: [1] }] },
    {
      title: 'The centre',
      claims: [
        { text: 'Committees set quotas', quote: { exact: 'argued that the *okrug* committees set the quotas' }, footnotes: [2] },
        { text: 'Quotas were contested', quote: { exact: 'Others disagreed.' , prefix: 'quotas.[^2] ' }, footnotes: [3] },
      ],
    },
    { title: 'The regions', claims: [{ text: 'Regions bargained', quote: { exact: 'They often won.' , prefix: 'targets. ' }, footnotes: [] }] },
    { title: null, claims: [{ text: 'Negotiated quotas', quote: { exact: 'quotas were negotiated rather than imposed' }, footnotes: [5] }] },
  ],
};

export function outlineOf(text: string, argument?: CuratedArgument): Outline {
  return buildOutline(buildDocumentIndex(text), argument);
}
