// The generated corpora of the 1,000-article figures: the bundled article's own text with its body paragraphs in a
// seeded order, the same corpus every run.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS = path.resolve(__dirname, '..', 'corpus');
export const ARTICLE_TEXT = fs.readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');

/** The article with its body paragraphs shuffled by `seed`; its notes stay at the end. */
export function variant(seed: number): string {
  const [head, ...rest] = ARTICLE_TEXT.split('\n\n');
  let state = seed * 7919 + 17;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const body = rest.filter(p => !p.startsWith('[^'));
  const notes = rest.filter(p => p.startsWith('[^'));
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  return [head, ...body, ...notes].join('\n\n');
}
