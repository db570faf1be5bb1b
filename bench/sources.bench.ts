// Sources register: built for a generated corpus of 1,000 articles whose notes are the bundled article's notes
// with fond and delo numbers shifted per article (so files repeat across some articles and not others), and
// updated after an edit to one article, with the ratio of the two.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { analyseDocumentNotes, type NoteCitations } from '../src/core/citations';
import { buildDocumentIndex } from '../src/core/document';
import { SourceRegister } from '../src/core/sources';

const ARTICLE = path.resolve(__dirname, '..', 'corpus', 'harris-dual-subordination.md');
const ARTICLES = 1000;

/** Article k's notes: its archival numbers moved by k modulo 37, so every 37th article cites the same files. */
function shifted(notes: readonly NoteCitations[], k: number): NoteCitations[] {
  const shift = (n?: string) => (n && /^\d+$/.test(n) ? String(Number(n) + (k % 37) * 1000) : n);
  return notes.map(note => ({ ...note, resolved: note.resolved.map(c => (c.kind === 'archival' ? { ...c, fond: shift(c.fond), delo: shift(c.delo) } : c)) }));
}

function corpus(): NoteCitations[][] {
  const notes = analyseDocumentNotes(buildDocumentIndex(fs.readFileSync(ARTICLE, 'utf8'))).notes;
  return Array.from({ length: ARTICLES }, (_, k) => shifted(notes, k));
}

function build(articles: readonly NoteCitations[][]): SourceRegister {
  const register = new SourceRegister();
  articles.forEach((notes, k) => register.set(`a${k}.md`, notes));
  return register;
}

export const benches = defineBenches(
  {
    name: 'sources: register of 1,000 articles',
    setup: corpus,
    run: articles => {
      const register = build(articles);
      return register.files().length + register.works().length;
    },
    iterations: 10,
  },
  {
    name: 'sources: update after an edit to one article of 1,000',
    setup: () => {
      const articles = corpus();
      const register = build(articles);
      register.files();
      register.works();
      return { register, edited: [articles[5], articles[6]], turn: 0 };
    },
    // The edit changes the article's files (its numbers move), so records and order are both rebuilt.
    run: ctx => {
      ctx.register.set('a5.md', ctx.edited[ctx.turn++ % 2]);
      return ctx.register.files().length + ctx.register.works().length;
    },
    ratioTo: 'sources: register of 1,000 articles',
    maxRatio: 0.1,
  },
);
