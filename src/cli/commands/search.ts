// `opis search "<query>" [--limit N] [--corpus <dir>] [--json]`: the officials of a corpus that best match a
// name in any romanization or in Cyrillic, with typos, or role words; each with every mention (0-based line
// and character). Without an officials file, the people are proposed from the text. The historians the corpus
// cites are found too, as authors.
import * as path from 'node:path';
import { AUTHOR_ROLE } from '../../core/officials/authors';
import { buildOfficialsIndex, type CorpusFile, type OfficialsIndex } from '../../core/officials/corpusIndex';
import { OFFICIALS_FILE } from '../../core/officials/loader';
import { MentionFinder } from '../../core/officials/mentions';
import { fullName, roleSummary, type Official } from '../../core/officials/model';
import { nearestOfficials } from '../../core/officials/nearest';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, prepareQuery } from '../../core/officials/query';
import type { SearchResult } from '../../core/officials/search';
import { readArgs } from '../args';
import { ArticleReader } from '../articleReader';
import { UsageError, type CliCommand } from '../command';
import { readCorpusFolder } from '../readCorpusFolder';
import { folderData } from '../readCorpusLexicon';

export interface SearchHitJson {
  id: string;
  name: string;
  fullName: string;
  cyrillic: string;
  role: string;
  /** 1 for an exact match of every query word, falling towards 0. */
  score: number;
  mentions: { file: string; line: number; character: number }[];
}

/** The nearest names a query that found no one suggests. */
const NEAREST = 5;

interface Options {
  query: string;
  limit: number;
  corpus?: string;
  json: boolean;
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'find officials by name in any romanization or Cyrillic, with typos, or by role; with every mention',
  usage: 'opis search "<query>" [--limit N] [--corpus <dir>] [--json]',
  async run(args, io) {
    const options = parseArgs(args);
    const prepared = prepareQuery(options.query);
    if (prepared.words.length === 0) throw new UsageError(`the query "${options.query}" has no name or word to search for`);
    if (prepared.truncated) {
      io.stderr(`opis search: only the first ${MAX_QUERY_WORDS} words of the query, up to ${MAX_WORD_LENGTH} characters each, are searched\n`);
    }
    const shown = options.corpus ?? io.bundledCorpus;
    const reader = new ArticleReader(io, 'search');
    const dir = path.resolve(io.cwd, shown);
    const folder = await readCorpusFolder(dir, shown, reader);
    // the folder's glossary (else the bundled one) tells which words are organs, places and terms, not people
    const data = await folderData({ dir, shown }, io);
    const index = buildOfficialsIndex(folder.files, folder.officialsFile, undefined, data.glossary);
    const dataErrors = data.errors.filter(error => !error.startsWith(`${OFFICIALS_FILE}: `));
    for (const error of [...dataErrors, ...index.errors]) io.stderr(`opis search: ${error}\n`);
    if (index.proposed) io.stderr(`opis search: ${shown} has no officials.json; searching people proposed from the text\n`);
    // a weak match of a name spelled otherwise is no finding: it leads the nearest names
    const { results } = index.search.search(options.query, options.limit);
    const near = results.filter(result => result.near).map(result => result.official);
    const hits = [
      ...results.filter(result => !result.near).map(result => toJson(result, index)),
      ...authorHits(index, folder.files, options.query, options.limit),
    ].sort((a, b) => b.score - a.score).slice(0, options.limit);
    const nearest = () => [...new Set([...near, ...nearestOfficials(index.officials, options.query)])].slice(0, NEAREST);
    io.stdout(options.json ? JSON.stringify(hits, null, 2) + '\n' : hits.length > 0 ? formatText(hits) : noMatch(options.query, nearest()));
    return index.errors.length > 0 ? 1 : reader.exitCode(folder.found);
  },
};

/** The cited authors the query names, with where the corpus names them (mostly the notes that cite them). */
function authorHits(index: OfficialsIndex, files: readonly CorpusFile[], query: string, limit: number): SearchHitJson[] {
  const results = index.authorSearch.search(query, limit).results.filter(result => !result.near);
  if (results.length === 0) return [];
  const finder = new MentionFinder(results.map(result => result.official));
  const mentions = files.flatMap(({ file, text }) => finder.find(text).map(mention => ({ ...mention, file })));
  return results.map(({ official, score }) => ({
    id: `author:${official.id}`,
    name: official.surname,
    fullName: fullName(official),
    cyrillic: official.cyrillic,
    role: AUTHOR_ROLE,
    score,
    mentions: mentions.filter(m => m.officialId === official.id).map(({ file, line, character }) => ({ file, line, character })),
  }));
}

function toJson({ official, score }: SearchResult, index: OfficialsIndex): SearchHitJson {
  return {
    id: official.id,
    name: official.surname,
    fullName: fullName(official),
    cyrillic: official.cyrillic,
    role: roleSummary(official),
    score,
    mentions: index.mentionsOf(official.id).map(({ file, line, character }) => ({ file, line, character })),
  };
}

/** An empty result says so and names the people nearest to the query, if any are. */
function noMatch(query: string, nearest: Official[]): string {
  if (nearest.length === 0) return `No official matches "${query}", and no name is near it.\n`;
  return `No official matches "${query}". Nearest names: ${nearest.map(official => `${fullName(official)}${official.cyrillic ? ` (${official.cyrillic})` : ''}`).join(', ')}.\n`;
}

function formatText(hits: SearchHitJson[]): string {
  const lines = hits.flatMap((hit, i) => {
    const count = `${hit.mentions.length} mention${hit.mentions.length === 1 ? '' : 's'}`;
    const first = hit.mentions[0];
    return [
      `${i + 1}. ${hit.fullName}${hit.cyrillic ? ` (${hit.cyrillic})` : ''}${hit.role === AUTHOR_ROLE ? ` · ${AUTHOR_ROLE}` : ''} · ${count}`,
      ...(hit.role && hit.role !== AUTHOR_ROLE ? [`   ${hit.role}`] : []),
      ...(first ? [`   first mention: ${first.file}:${first.line + 1}:${first.character + 1}`] : []),
    ];
  });
  return lines.join('\n') + '\n';
}

function parseArgs(args: string[]): Options {
  const { values, positionals: words } = readArgs(args, {
    json: { type: 'boolean' },
    limit: { type: 'string', value: 'a whole number of at least 1' },
    corpus: { type: 'string', value: 'a folder' },
  });
  const limit = values.limit ?? '10';
  if (!/^\d+$/.test(limit) || Number(limit) < 1) throw new UsageError('--limit needs a whole number of at least 1');
  if (values.corpus === '') throw new UsageError('--corpus needs a folder');
  const query = words.join(' ').trim();
  if (!query) throw new UsageError('give a name, spelling or role word to search for');
  return { query, limit: Number(limit), json: values.json === true, ...(values.corpus !== undefined && { corpus: values.corpus }) };
}
