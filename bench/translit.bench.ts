// Transliteration-aware highlighting: the semantic tokens of the bundled article (detector, glossary and
// officials' mentions, merged into single-line spans) as the provider computes them on each request, and the
// detector alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { Glossary, parseGlossary } from '../src/core/glossary';
import { loadOfficials } from '../src/core/officials/loader';
import { MentionFinder } from '../src/core/officials/mentions';
import { buildCorpusLexicon } from '../src/core/corpusData';
import { analyseText, detectRomanized, highlights, type TextSources } from '../src/core/translit';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const read = (file: string) => ({ text: fs.readFileSync(path.join(CORPUS, file), 'utf8'), file });

interface Context {
  text: string;
  sources: TextSources;
}

function setup(): Context {
  const { lexicon } = buildCorpusLexicon({ translitLexicon: read('translit-lexicon.json'), officials: read('officials.json'), glossary: read('glossary.json') });
  const glossary = new Glossary(parseGlossary(read('glossary.json').text, 'glossary.json').entries);
  const officials = new MentionFinder(loadOfficials(read('officials.json').text).data.officials);
  const text = read('harris-dual-subordination.md').text;
  detectRomanized('okrug'); // the English word list loads once per process, not per request
  return { text, sources: { lexicon, glossary, officials } };
}

export const benches = defineBenches(
  {
    name: 'translit: semantic tokens for the article',
    setup,
    run: ({ text, sources }: Context) => {
      const found = analyseText(text, sources);
      return highlights(text, { officialName: found.officials, glossaryTerm: found.glossary, romanizedRussian: found.romanized });
    },
    target: { metric: 'median', ms: 20 },
  },
  {
    name: 'translit: detector on the article',
    setup,
    run: ({ text, sources }: Context) => detectRomanized(text, { lexicon: sources.lexicon }),
  },
);
