// The markdown-it plugin of the Markdown preview: footnotes as footnotes (markdown-it-footnote), each note
// reference pointing to its card, and the text's marks (officials, glossary entries, romanized Russian) pointing
// to theirs. The cards, escaped, go hidden at the end of the document for the preview script's popover, and so do
// the annotations' passages in the text as the reader sees it, for the script that highlights them.
// Runs synchronously inside the preview's renderer, so the corpus data must already be loaded: `dataFor`
// answers undefined until it is, and the preview then renders plain footnotes.
import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { noteCard, noteCardHtml } from '../../core/cards';
import { analyseDocumentNotes, archivalOptions } from '../../core/citations';
import { buildDocumentIndex, type DocumentIndex } from '../../core/document';
import type { AnchorTarget } from '../../core/anchoring';
import { CardSet, markTextHtml, previewAnnotations, previewAnnotationsHtml, readingText, TextMarksCache, type MarkKinds, type PreviewAnnotation, type SourceAnnotation } from '../../core/preview';
import type { TextSources } from '../../core/translit';

type Tokens = Parameters<MarkdownIt['renderer']['render']>[0];

export interface PreviewData {
  sources: TextSources;
  kinds: MarkKinds;
  /** The document's index when the host has it already; otherwise the plugin parses the source. */
  index?: () => DocumentIndex | undefined;
  /**
   * `index` is an earlier version's (or none), while this version's is made in turns: its note cards serve, the
   * annotations' passages are those found last, and the preview is refreshed when this version's index is ready.
   */
  stale?: boolean;
  /** The rendered document's URI, under which the passages found last are kept. */
  document?: string;
  /** The document's annotations; `key` changes whenever what they show changes. */
  annotations?: { key: string; list: readonly SourceAnnotation[] };
}

/** What one rendering knows: its data, the cards used so far, the notes of the source and the passages found last. */
interface Rendering {
  data: PreviewData;
  cards: CardSet;
  index: () => DocumentIndex | undefined;
  passages: PassagesKept;
}

const RENDERING = Symbol('opis rendering');
const KEPT_DOCUMENTS = 16;
type Env = { [RENDERING]?: Rendering } | undefined;

export function opisMarkdownIt(md: MarkdownIt, dataFor: (env: unknown) => PreviewData | undefined): MarkdownIt {
  md.use(footnote);
  // The preview caches tokens per document version and renders them again; the source and its index are kept
  // per token list so a second rendering does not parse again.
  const sources = new WeakMap<Tokens, string>();
  const indexes = new WeakMap<Tokens, DocumentIndex>();
  md.core.ruler.push('opis_source', state => {
    sources.set(state.tokens, state.src);
  });
  const indexOf = (tokens: Tokens) => {
    let index = indexes.get(tokens);
    const src = sources.get(tokens);
    if (!index && src !== undefined) indexes.set(tokens, (index = buildDocumentIndex(src)));
    return index;
  };

  const passages = new PassagesKept();
  // The same tokens with the same data render the same: a second rendering serves the first's HTML. The
  // preview's own rendering still runs, for what it records in the env (the images to watch).
  const rendered = new WeakMap<Tokens, { sources: TextSources; key: string; html: string }>();
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env: Env) => {
    const data = env && dataFor(env);
    if (!env || !data) return render(tokens, options, env);
    const key = JSON.stringify([data.kinds, data.annotations?.key, data.stale === true]);
    const before = rendered.get(tokens);
    if (before && before.sources === data.sources && before.key === key) {
      render(tokens, options, env);
      return before.html;
    }
    const cards = new CardSet();
    const rendering: Rendering = { data, cards, index: data.index ?? (() => indexOf(tokens)), passages };
    env[RENDERING] = rendering;
    try {
      const body = render(tokens, options, env);
      const annotations = annotationsHtml(rendering);
      const html = body + cards.html() + annotations;
      rendered.set(tokens, { sources: data.sources, key, html });
      return html;
    } finally {
      delete env[RENDERING];
    }
  };

  const ref = md.renderer.rules.footnote_ref;
  md.renderer.rules.footnote_ref = (tokens, idx, options, env: Env, self) => {
    const html = ref ? ref(tokens, idx, options, env, self) : '';
    const rendering = env?.[RENDERING];
    const label: unknown = tokens[idx].meta?.label;
    const index = rendering && typeof label === 'string' ? rendering.index() : undefined;
    const definition = index?.definition(label as string);
    if (!rendering || !index || !definition) return html;
    const { glossary } = rendering.data.sources;
    const id = rendering.cards.idOf(`note:${definition.identifier}`, () =>
      noteCardHtml(noteCard(definition, analyseDocumentNotes(index, archivalOptions(glossary)), glossary)),
    );
    return html.replace('<a ', `<a class="opis-note-ref" data-opis-card="${id}" `);
  };

  // a version after an edit renders mostly the same runs of text: their marks are found once
  const marks = new TextMarksCache();
  const text = md.renderer.rules.text;
  md.renderer.rules.text = (tokens, idx, options, env: Env, self) => {
    const rendering = env?.[RENDERING];
    if (!rendering) return text ? text(tokens, idx, options, env, self) : md.utils.escapeHtml(tokens[idx].content);
    const content = tokens[idx].content;
    return markTextHtml(content, marks.marks(content, rendering.data.sources, rendering.data.kinds), rendering.cards);
  };
  return md;
}

/** The annotations' passages for the page's script, their cards among the others. */
function annotationsHtml({ data, cards, index, passages }: Rendering): string {
  const placed = data.annotations?.list ?? [];
  if (data.stale) return previewAnnotationsHtml(previewAnnotations(passages.get(data.document), placed, cards));
  const found = placed.length ? index() : undefined;
  const list = found ? previewAnnotations(found.memo(readingText, readingText), placed, cards) : [];
  passages.set(data.document, list);
  return previewAnnotationsHtml(list);
}

/** The passages of the last rendering of each document from its own version's index, for a stale rendering. */
class PassagesKept {
  private readonly byDocument = new Map<string, ReadonlyMap<string, AnchorTarget>>();

  get(document: string | undefined): ReadonlyMap<string, AnchorTarget> {
    return (document !== undefined && this.byDocument.get(document)) || new Map();
  }

  set(document: string | undefined, list: readonly PreviewAnnotation[]): void {
    if (document === undefined) return;
    this.byDocument.delete(document);
    this.byDocument.set(document, new Map(list.map(a => [a.id, a.target])));
    // a few documents are previewed at a time: the oldest go first
    if (this.byDocument.size > KEPT_DOCUMENTS) this.byDocument.delete(this.byDocument.keys().next().value as string);
  }
}
