// Corpus tools: importing the raw extraction of the bundled article into Markdown (what `opis import` does),
// and linting the resulting corpus (what runs in the editor after each pause in typing).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { importRawArticle } from '../src/core/corpus/importer';
import { lintMarkdown } from '../src/core/corpus/lint';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const read = (file: string) => () => fs.readFileSync(path.join(CORPUS, file), 'utf8');

export const benches = defineBenches(
  {
    name: 'corpus: import article',
    setup: read('raw/harris-dual-subordination.txt'),
    run: (raw: string) => importRawArticle(raw),
    target: { metric: 'median', ms: 200 },
  },
  {
    name: 'corpus: lint article',
    setup: read('harris-dual-subordination.md'),
    run: (markdown: string) => lintMarkdown(markdown),
    target: { metric: 'median', ms: 100 },
  },
);
