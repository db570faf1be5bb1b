// Notes of published scholarship with an answer key (test/fixtures/citations/*-notes.json): how the parser's reading
// of a note is compared with its key. Archival citations field by field as they resolve (a continuation after an
// Ibid. names the Ibid.'s file), back-references with the note they refer to and what they resolve to, and the
// articles in periodicals a note cites with their author, titles and issue.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Citation, NoteCitations } from '../../../src/core/citations';

export interface KeyedNote {
  n: string;
  text: string;
  archival?: Partial<Citation>[];
  refs?: Record<string, string | null>[];
  articles?: Partial<Citation>[];
  knownMiss?: string;
}

export interface KeyedSource {
  id: string;
  notes: KeyedNote[];
}

export function keyedSources(file: string): KeyedSource[] {
  const fixture = path.join(__dirname, '..', '..', 'fixtures', 'citations', file);
  return (JSON.parse(readFileSync(fixture, 'utf8')) as { sources: KeyedSource[] }).sources;
}

const ARCHIVAL_FIELDS: (keyof Citation)[] = ['archive', 'archiveName', 'fond', 'fondName', 'opis', 'opisName', 'delo', 'deloTitle', 'tom', 'chast', 'folios'];
const ARTICLE_FIELDS: (keyof Citation)[] = ['author', 'articleTitle', 'title', 'volume', 'issue', 'date', 'pages'];

const pick = (c: Partial<Citation>, keys: readonly string[]) => Object.fromEntries(keys.map(k => [k, (c as Record<string, unknown>)[k] ?? null]));
/** Every field of the key; `unparsed` where the key states it. */
const archivalKeys = (c: Partial<Citation>) => ('unparsed' in c ? [...ARCHIVAL_FIELDS, 'unparsed'] : ARCHIVAL_FIELDS);

export interface Pair {
  got: unknown[];
  want: unknown[];
}

export interface Compared {
  archival: Pair;
  refs: Pair;
  articles: Pair;
}

export function compare(keyed: KeyedNote, note: NoteCitations): Compared {
  const archival = note.resolved.filter((_, k) => note.citations[k].kind === 'archival');
  const want = keyed.archival ?? [];
  const refs = note.resolved.filter(r => r.from !== undefined || r.unresolved || r.candidates);
  const keys = (keyed.refs ?? []).map(r => Object.keys(r));
  // articles in periodicals, dated or numbered: a chapter in a book has an article's title too
  const articles = note.citations.filter(c => c.articleTitle !== undefined && (c.date !== undefined || c.issue !== undefined));
  return {
    archival: { got: archival.map((c, k) => pick(c, archivalKeys(want[k] ?? {}))), want: want.map(c => pick(c, archivalKeys(c))) },
    refs: {
      got: refs.map((r, k) => pick({ ...r, from: r.from ?? null } as Partial<Citation>, keys[k] ?? ['from'])),
      want: (keyed.refs ?? []).map(r => pick(r as Partial<Citation>, Object.keys(r))),
    },
    articles: { got: articles.map(c => pick(c, ARTICLE_FIELDS)), want: (keyed.articles ?? []).map(c => pick(c, ARTICLE_FIELDS)) },
  };
}

/** How many of the wanted items stand exactly at their place. */
export const exact = ({ got, want }: Pair) => want.filter((w, k) => k < got.length && JSON.stringify(got[k]) === JSON.stringify(w)).length;

/** Right and wanted items of each kind over all notes of the sources. */
export function tally(sources: readonly KeyedSource[], resolved: readonly NoteCitations[][]): Record<keyof Compared, { right: number; of: number }> {
  const out = { archival: { right: 0, of: 0 }, refs: { right: 0, of: 0 }, articles: { right: 0, of: 0 } };
  sources.forEach((source, s) =>
    source.notes.forEach((keyed, i) => {
      const compared = compare(keyed, resolved[s][i]);
      for (const kind of ['archival', 'refs', 'articles'] as const) {
        out[kind].of += compared[kind].want.length;
        out[kind].right += exact(compared[kind]);
      }
    }),
  );
  return out;
}
