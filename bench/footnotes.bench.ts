// Footnotes: building the document index of the article, and answering a note hover (reference lookup, the
// note's citations with their resolution, the words of each card, the notes citing the same file) from the
// cached index, against re-parsing the document for every hover.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { analyseDocumentNotes, archivalOptions, citationFacts, formatReference, type ArchivalOptions } from '../src/core/citations';
import { buildDocumentIndex, type DocumentIndex } from '../src/core/document';
import { loadGlossary } from '../src/node/loadGlossary';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const ARTICLE = fs.readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');

interface HoverContext {
  index: DocumentIndex;
  options: ArchivalOptions;
  positions: { line: number; character: number }[];
  next: number;
}

/** What a note hover computes once it has an index: everything but the editor's Markdown object. */
function hoverCard(ctx: HoverContext, index: DocumentIndex): string {
  const position = ctx.positions[ctx.next++ % ctx.positions.length];
  const reference = index.referenceAt(position);
  const definition = reference && index.definition(reference.label);
  if (!definition) throw new Error(`no note at ${JSON.stringify(position)}`);
  const analysis = analyseDocumentNotes(index, ctx.options);
  const note = analysis.note(definition.label);
  const parts = [definition.markdown];
  for (const c of note?.resolved ?? []) {
    parts.push(formatReference(c), ...citationFacts(c).map(f => `${f.label}: ${f.value}`), analysis.alsoCitedIn(definition.label, c).join(', '));
  }
  return parts.join('\n');
}

function hoverContext(): HoverContext {
  const index = buildDocumentIndex(ARTICLE);
  const options = archivalOptions(loadGlossary(CORPUS).glossary);
  analyseDocumentNotes(index, options);
  const positions = index.references.filter(r => r.defined).map(r => ({ line: r.range.start.line, character: r.range.start.character + 2 }));
  return { index, options, positions, next: 0 };
}

export const benches = defineBenches(
  {
    name: 'footnotes: index build (article)',
    run: () => buildDocumentIndex(ARTICLE),
    iterations: 30,
    target: { metric: 'median', ms: 150 },
  },
  {
    name: 'footnotes: note hover from the cached index',
    setup: hoverContext,
    run: (ctx: HoverContext) => hoverCard(ctx, ctx.index),
    iterations: 1000,
    target: { metric: 'p95', ms: 1 },
    ratioTo: 'footnotes: note hover re-parsing the document',
    maxRatio: 0.05,
  },
  {
    name: 'footnotes: note hover re-parsing the document',
    setup: hoverContext,
    run: (ctx: HoverContext) => hoverCard(ctx, buildDocumentIndex(ARTICLE)),
    iterations: 20,
  },
);
