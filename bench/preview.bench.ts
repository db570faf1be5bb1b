// The Markdown preview: rendering the bundled article with Opis's plugin (footnotes, note cards, marks) against
// the same markdown-it with footnotes alone, both warm (the preview keeps the tokens of a document version and
// renders them again), and the first rendering of a version with Opis from a fresh parse: after an edit of one
// paragraph (the runs of text met before keep their marks) while that version's index is being made (the host's
// preview then takes the latest), the same with it made already, and with no run of the article rendered before
// and its notes parsed by the plugin itself (a text rendered without the host's index).
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { defineBenches } from './bench';
import { analyseDocumentNotes, archivalOptions } from '../src/core/citations';
import { loadCorpusData } from '../src/core/corpusData';
import { buildDocumentIndex, type DocumentIndex } from '../src/core/document';
import { MentionFinder } from '../src/core/officials/mentions';
import { opisMarkdownIt, type PreviewData } from '../src/features/preview/markdownItPlugin';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const ARTICLE = fs.readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');
const ALL = { romanized: true, glossaryTerms: true, officials: true };

async function previewData(): Promise<PreviewData> {
  const read = async (file: string) => ({ text: fs.readFileSync(path.join(CORPUS, file), 'utf8'), file, own: false });
  const data = await loadCorpusData({ own: async () => undefined, bundled: read }, { trusted: true });
  return { sources: { glossary: data.glossary, lexicon: data.lexicon, officials: new MentionFinder(data.officials) }, kinds: ALL };
}

/** A markdown-it as the preview configures it, the article's tokens, and one rendering done. */
function warm(md: MarkdownIt) {
  const tokens = md.parse(ARTICLE, {});
  md.renderer.render(tokens, md.options, {});
  return { md, tokens };
}

type Warm = ReturnType<typeof warm>;

/** The article with a word typed into its middle paragraph, a different word for each `n`. */
function edited(article: string, n: number): string {
  const paragraphs = article.split('\n\n');
  const middle = Math.floor(paragraphs.length / 2);
  paragraphs[middle] = `${paragraphs[middle]} Edit${n}.`;
  return paragraphs.join('\n\n');
}
const render = ({ md, tokens }: Warm) => md.renderer.render(tokens, md.options, {});

export const benches = defineBenches(
  {
    name: 'preview: article, footnotes only (warm)',
    setup: () => warm(new MarkdownIt({ html: true }).use(footnote)),
    run: render,
    iterations: 100,
  },
  {
    name: 'preview: article with Opis (warm)',
    setup: async () => {
      const data = await previewData();
      return warm(opisMarkdownIt(new MarkdownIt({ html: true }), () => data));
    },
    run: render,
    iterations: 100,
    ratioTo: 'preview: article, footnotes only (warm)',
    maxRatio: 1.5,
  },
  {
    name: 'preview: article with Opis (first rendering of a version with one paragraph edited, its index still being made)',
    setup: async () => {
      const data = await previewData();
      // the host serves the latest version's index, marked stale, and refreshes the preview when this one's is made
      const latest = buildDocumentIndex(ARTICLE);
      analyseDocumentNotes(latest, archivalOptions(data.sources.glossary));
      const md = warm(opisMarkdownIt(new MarkdownIt({ html: true }), () => ({ ...data, index: () => latest, stale: true, document: 'article' }))).md;
      return { md, edits: 0 };
    },
    run: (state: { md: MarkdownIt; edits: number }) => state.md.render(edited(ARTICLE, ++state.edits), {}),
    iterations: 5,
  },
  {
    name: 'preview: article with Opis (first rendering of a version with one paragraph edited, its index made by the editor)',
    setup: async () => {
      const data = await previewData();
      // each run renders a version of its own, whose index (with its notes analysed) the editor made before
      const versions = Array.from({ length: 3 + 5 }, (_, i) => {
        const text = edited(ARTICLE, i + 1);
        const index = buildDocumentIndex(text);
        analyseDocumentNotes(index, archivalOptions(data.sources.glossary));
        return { text, index };
      });
      let current: DocumentIndex | undefined;
      const md = warm(opisMarkdownIt(new MarkdownIt({ html: true }), () => ({ ...data, index: () => current }))).md;
      return { md, versions, next: 0, use: (index: DocumentIndex) => (current = index) };
    },
    run: (state: { md: MarkdownIt; versions: { text: string; index: DocumentIndex }[]; next: number; use: (index: DocumentIndex) => void }) => {
      const { text, index } = state.versions[state.next++];
      state.use(index);
      return state.md.render(text, {});
    },
    iterations: 5,
  },
  {
    name: 'preview: article with Opis (first rendering, no run of its text rendered before, its notes parsed by the preview)',
    setup: previewData,
    run: (data: PreviewData) => opisMarkdownIt(new MarkdownIt({ html: true }), () => data).render(ARTICLE, {}),
    iterations: 5,
  },
);
