// Argument outline: resolving the curated argument of the bundled article (every quote anchored, sections
// matched) and deriving one from its headings, from the parsed document index the editor shares between
// features and, for the curated one, with the parse included; and the follow-cursor lookup the view runs on
// every cursor move.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { buildOutline, OutlineLocator, parseArgument, type CuratedArgument } from '../src/core/argument';
import { buildDocumentIndex } from '../src/core/document';
import type { Position } from '../src/core/text/range';

const CORPUS = path.resolve(__dirname, '..', 'corpus');

function load(): { index: ReturnType<typeof buildDocumentIndex>; argument: CuratedArgument } {
  const index = buildDocumentIndex(fs.readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8'));
  const parsed = parseArgument(fs.readFileSync(path.join(CORPUS, 'argument.json'), 'utf8'), 'argument.json');
  if (!parsed.ok) throw new Error('corpus/argument.json is malformed');
  return { index, argument: parsed.argument };
}

/** Every 7th line at a spread of columns: lookups land in every section, between and inside claims. */
function cursorPositions(lineCount: number): Position[] {
  return Array.from({ length: Math.ceil(lineCount / 7) }, (_, i) => ({ line: i * 7, character: (i * 37) % 400 }));
}

export const benches = defineBenches(
  {
    name: 'argument: curated outline of the article',
    setup: load,
    run: ({ index, argument }: ReturnType<typeof load>) => buildOutline(index, argument),
    target: { metric: 'median', ms: 30 },
  },
  {
    name: 'argument: curated outline of the article, parsing included',
    setup: () => ({ text: fs.readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8'), argument: load().argument }),
    // No target: the parse belongs to the document index (shared, once per version); shown for the whole cost.
    run: ({ text, argument }: { text: string; argument: CuratedArgument }) => buildOutline(buildDocumentIndex(text), argument),
  },
  {
    name: 'argument: derived outline of the article',
    setup: load,
    run: ({ index }: ReturnType<typeof load>) => buildOutline(index),
    target: { metric: 'median', ms: 30 },
  },
  {
    name: 'argument: follow-cursor lookup',
    setup: () => {
      const { index, argument } = load();
      return { locator: new OutlineLocator(buildOutline(index, argument)), positions: cursorPositions(index.lines.lineCount) };
    },
    // One lookup per run would be below the timer's resolution; the target is per lookup, so the run does
    // one and the positions rotate between runs.
    run: (ctx: { locator: OutlineLocator; positions: Position[]; i?: number }) => {
      ctx.i = ((ctx.i ?? 0) + 1) % ctx.positions.length;
      return ctx.locator.locate(ctx.positions[ctx.i]);
    },
    iterations: 1000,
    target: { metric: 'p95', ms: 1 },
  },
);
