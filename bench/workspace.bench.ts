// The workspace model at the size of a library: what one settled edit costs in a corpus of 100 and of 1,000
// articles (the edited article's index and notes, its mentions and romanized spellings searched again, the officials
// index and the corpus spelling counts updated by difference) against analysing that one article alone. The corpora
// are generated from the bundled article's own text, its paragraphs reordered by a seeded shuffle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { CORPUS, variant } from './generatedCorpus';
import { analyseDocumentNotes, archivalOptions } from '../src/core/citations';
import { buildDocumentIndex } from '../src/core/document';
import { MentionCache, OfficialsIndex } from '../src/core/officials/corpusIndex';
import { loadOfficials } from '../src/core/officials/loader';
import { OfficialsSearch } from '../src/core/officials/search';
import { CorpusSpellings, findInconsistencies, spellingsOf, spellingsToRecord } from '../src/core/translit';
import { loadGlossary } from '../src/node/loadGlossary';

const people = loadOfficials(fs.readFileSync(path.join(CORPUS, 'officials.json'), 'utf8'), 'officials.json').data;
const options = archivalOptions(loadGlossary(CORPUS).glossary);

interface Workspace {
  names: string[];
  mentions: MentionCache;
  spellings: CorpusSpellings;
  search: OfficialsSearch;
  edits: number;
}

/** A corpus of `size` articles with every per-file result built, as after the start-up indexing. */
function workspace(size: number): Workspace {
  const names = Array.from({ length: size }, (_, i) => `article-${i}.md`);
  const mentions = new MentionCache();
  const spellings = new CorpusSpellings();
  mentions.prepare(people.officials, names.map(file => ({ file })));
  names.forEach((name, i) => {
    const text = variant(i);
    mentions.find(name, text, 'v0');
    spellings.set(name, spellingsToRecord(spellingsOf(text)));
  });
  return { names, mentions, spellings, search: new OfficialsSearch(people.officials), edits: 0 };
}

/** Everything Opis derives from one article's text for itself. */
function analyseArticle(text: string) {
  const index = buildDocumentIndex(text);
  return [analyseDocumentNotes(index, options), findInconsistencies(text)];
}

/** A typed word in the first article, then what the workspace redoes once typing pauses. */
function editInWorkspace(ws: Workspace) {
  const name = ws.names[0];
  const text = `${variant(0)}\n\nA sentence typed by the reader, edit ${++ws.edits}.`;
  const own = analyseArticle(text);
  ws.mentions.find(name, text, `v${ws.edits}`);
  ws.spellings.set(name, spellingsToRecord(spellingsOf(text)));
  const inconsistent = findInconsistencies(text, key => ws.spellings.others(key, name));
  const index = new OfficialsIndex(people.officials, people.authors, new Map(ws.names.map(n => [n, ws.mentions.mentionsIn(n)])), [], false, () => ws.search);
  return [own, inconsistent, index];
}

/** The same edit in a workspace of that one article. */
function editAlone(ctx: { mentions: MentionCache; spellings: CorpusSpellings; edits: number }) {
  const text = `${variant(0)}\n\nA sentence typed by the reader, edit ${++ctx.edits}.`;
  const own = analyseArticle(text);
  ctx.mentions.find('article-0.md', text, `v${ctx.edits}`);
  ctx.spellings.set('article-0.md', spellingsToRecord(spellingsOf(text)));
  return [own, findInconsistencies(text, key => ctx.spellings.others(key, 'article-0.md'))];
}

const ALONE = 'workspace: an edit of one article, analysed alone';

export const benches = defineBenches(
  {
    name: ALONE,
    setup: () => {
      const mentions = new MentionCache();
      mentions.prepare(people.officials, [{ file: 'article-0.md' }]);
      return { mentions, spellings: new CorpusSpellings(), edits: 0 };
    },
    run: editAlone,
    iterations: 20,
  },
  { name: 'workspace: the same edit in a 100-article corpus', setup: () => workspace(100), run: editInWorkspace, iterations: 20, ratioTo: ALONE, maxRatio: 1.2 },
  { name: 'workspace: the same edit in a 1,000-article corpus', setup: () => workspace(1000), run: editInWorkspace, iterations: 20, ratioTo: ALONE, maxRatio: 1.2 },
);
