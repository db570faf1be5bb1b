// The sources register at the size of a library. Built for a generated corpus of 1,000 articles from their text
// (each read by sourcesOfFile, as the corpus index does at a first start) and from their kept sources (a warm start:
// the parts come back from the index's cache and are only merged), then updated after an edit to one article: its
// text read again, or only its sources replaced, with the register's files, works and conflicts worked out again
// each time, as the Sources view and its diagnostics ask for them. The corpus is the workspace bench's (the bundled
// article, its paragraphs in a seeded order), each article's delo numbers moved by its number modulo 37, so a file
// is shared by every 37th article and by no other.
import { defineBenches } from './bench';
import { CORPUS, variant } from './generatedCorpus';
import { SourceRegister, sourceConflicts, sourcesOfFile, type FileSources } from '../src/core/sources';
import { loadGlossary } from '../src/node/loadGlossary';

const ARTICLES = 1000;
const SHIFTS = 37;
const { glossary } = loadGlossary(CORPUS);
const FROM_TEXT = 'sources: register of 1,000 articles read from their text';
const FROM_KEPT = 'sources: register of 1,000 articles from their kept sources';

function articleText(k: number): string {
  return variant(k).replace(/\bd\. ?(\d+)/g, (_, n: string) => `d. ${Number(n) + (k % SHIFTS) * 100000}`);
}

async function read(text: string): Promise<FileSources> {
  const sources = await sourcesOfFile(text, glossary);
  if (!sources) throw new Error('not cancelled, sourcesOfFile gives the sources');
  return sources;
}

/**
 * The kept sources of the 1,000 articles as the index's cache gives them back (copies through JSON). Article k's are
 * read from the text of article k mod 37: the same citations, only the positions of its notes differ.
 */
async function keptSources(): Promise<FileSources[]> {
  const distinct: string[] = [];
  for (let k = 0; k < SHIFTS; k++) distinct.push(JSON.stringify(await read(articleText(k))));
  return Array.from({ length: ARTICLES }, (_, k) => JSON.parse(distinct[k % SHIFTS]) as FileSources);
}

function merge(all: readonly FileSources[]): SourceRegister {
  const register = new SourceRegister();
  all.forEach((sources, k) => register.set(`article-${k}.md`, sources.notes));
  return register;
}

/** What the view and the diagnostics ask of the register after a change. */
const summary = (register: SourceRegister) => [register.files().length, register.works().length, sourceConflicts(register.files()).length];

interface Edited<T> {
  register: SourceRegister;
  /** Article 5 as it is and as edited (its delo numbers those of article 6): each run swaps them. */
  versions: [T, T];
  turn: number;
}

async function editedCorpus<T>(versions: (kept: FileSources[]) => [T, T]): Promise<Edited<T>> {
  const kept = await keptSources();
  const register = merge(kept);
  summary(register);
  return { register, versions: versions(kept), turn: 0 };
}

export const benches = defineBenches(
  {
    name: FROM_TEXT,
    setup: () => Array.from({ length: ARTICLES }, (_, k) => articleText(k)),
    run: async (texts: string[]) => {
      const all: FileSources[] = [];
      for (const text of texts) all.push(await read(text));
      return summary(merge(all));
    },
    // one run reads a thousand articles: minutes on a busy machine
    warmups: 0,
    iterations: 1,
  },
  {
    name: 'sources: an edit to one article of 1,000, its text read again',
    setup: () => editedCorpus(() => [articleText(5), articleText(6)]),
    run: async (ctx: Edited<string>) => {
      ctx.register.set('article-5.md', (await read(ctx.versions[ctx.turn++ % 2])).notes);
      return summary(ctx.register);
    },
    iterations: 10,
    ratioTo: FROM_TEXT,
    maxRatio: 0.01,
  },
  {
    name: FROM_KEPT,
    setup: keptSources,
    run: (kept: FileSources[]) => summary(merge(kept)),
    iterations: 10,
  },
  {
    name: 'sources: an edit to one article of 1,000, its sources already read',
    setup: () => editedCorpus(kept => [kept[5], kept[6]]),
    // the edit changes the article's files (its numbers move), so records and order are both rebuilt
    run: (ctx: Edited<FileSources>) => {
      ctx.register.set('article-5.md', ctx.versions[ctx.turn++ % 2].notes);
      return summary(ctx.register);
    },
    ratioTo: FROM_KEPT,
    maxRatio: 0.1,
  },
);
