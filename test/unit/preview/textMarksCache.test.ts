import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCorpusData } from '../../../src/core/corpusData';
import { MentionFinder } from '../../../src/core/officials/mentions';
import { TextMarksCache } from '../../../src/core/preview';
import type { TextSources } from '../../../src/core/translit';

const ALL = { romanized: true, glossaryTerms: true, officials: true };
const RUN = 'Ezhov wrote to the obkom and to RGASPI about the chistka';

async function bundledSources(): Promise<TextSources> {
  const read = async (file: string) => ({ text: readFileSync(`corpus/${file}`, 'utf8'), file, own: false });
  const data = await loadCorpusData({ own: async () => undefined, bundled: read }, { trusted: true });
  return { glossary: data.glossary, lexicon: data.lexicon, officials: new MentionFinder(data.officials) };
}

const kinds = (marks: { kind: string }[]) => marks.map(m => m.kind);

describe('the marks of runs of text rendered before', () => {
  let sources: TextSources;
  before(async () => {
    sources = await bundledSources();
  });

  it('finds a run’s marks once for the same data and settings, and again for other settings or data', () => {
    const cache = new TextMarksCache();
    const first = cache.marks(RUN, sources, ALL);
    assert.deepEqual(kinds(first), ['officialName', 'glossaryTerm', 'glossaryTerm', 'glossaryTerm']);
    assert.equal(cache.marks(RUN, sources, ALL), first, 'the same run again: the marks found before');
    assert.deepEqual(kinds(cache.marks(RUN, sources, { ...ALL, officials: false })), ['romanizedRussian', 'glossaryTerm', 'glossaryTerm', 'glossaryTerm']);
    const reloaded = { ...sources };
    const again = cache.marks(RUN, reloaded, ALL);
    assert.notEqual(again, first, 'other corpus data (a glossary changed): found again');
    const placed = (marks: typeof first) => marks.map(m => [m.kind, m.start, m.end, m.cardKey]);
    assert.deepEqual(placed(again), placed(first));
  });

  it('keeps the characters it is given, dropping the runs not met for longest', () => {
    // room for two runs of this length (each keyed with three characters of settings)
    const cache = new TextMarksCache(2 * (RUN.length + 3));
    const a = cache.marks(`${RUN}.`.slice(0, RUN.length), sources, ALL);
    const b = cache.marks(`${RUN.slice(0, -1)}s`, sources, ALL);
    assert.equal(cache.marks(RUN.slice(0, RUN.length), sources, ALL), a, 'met again, so kept and now the latest');
    const c = cache.marks(`${RUN.slice(0, -1)}x`, sources, ALL);
    assert.equal(cache.marks(RUN, sources, ALL), a, 'the run met last is kept');
    assert.notEqual(cache.marks(`${RUN.slice(0, -1)}s`, sources, ALL), b, 'the run not met for longest was dropped');
    assert.ok(c.length > 0);
  });
});
