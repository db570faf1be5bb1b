// Writes an imported article as corpus Markdown: front matter with what the document gives, `#` title, `##`
// headings, paragraphs and block quotes with `[^n]` references, `<!-- p. N -->` where each printed page starts,
// then the note definitions in number order.
import { stringify } from 'yaml';
import { escapeBlockStart, inlineMarkdown } from '../inlineMarkdown';
import type { Segment } from '../layout';
import { MISSING_NOTE_TEXT } from '../missingNote';
import type { ArticleMeta, ImportedArticle, Inline } from './model';
import { pagesAfterWords } from './pageAfterWord';

const META_ORDER: (keyof ArticleMeta)[] = ['title', 'author', 'journal', 'year', 'pages', 'keywords'];

/** A page's marker; one whose number was not printed on the page says it was inferred. */
export function pageComment(page: string, inferred = false): string {
  return `<!-- p. ${page}${inferred ? ' (inferred)' : ''} -->`;
}

/** Inline Markdown; a page start inside a paragraph becomes the page comment between words. */
function inlines(list: Inline[], pageComment: (page: string) => string): string {
  const parts: string[] = [];
  let run: Segment[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(inlineMarkdown(run));
    run = [];
  };
  for (const inline of pagesAfterWords(list)) {
    if (inline.kind === 'page') {
      flush();
      parts.push(pageComment(inline.page));
    } else run.push(inline);
  }
  flush();
  return escapeBlockStart(parts.filter(p => p !== '').join(' '));
}

export function renderArticle(article: ImportedArticle): string {
  const { meta } = article;
  const marker = (page: string) => pageComment(page, article.inferredPages?.has(page));
  const front = Object.fromEntries(META_ORDER.flatMap(key => (meta[key] ? [[key, meta[key]]] : [])));
  const out: string[] = [];
  if (Object.keys(front).length > 0) out.push(`---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---`);
  if (meta.title) out.push(`# ${meta.title}`);
  let previous: ImportedArticle['blocks'][number] | undefined;
  for (const block of article.blocks) {
    const follows = previous;
    previous = block;
    if (block.kind === 'heading') out.push(`## ${block.text}`);
    else if (block.kind === 'page') out.push(marker(block.page));
    else {
      // A paragraph must not open with the comment (it would be read as an HTML block): it goes before it.
      let first = 0;
      for (; block.inlines[first]?.kind === 'page'; first++) out.push(marker((block.inlines[first] as { page: string }).page));
      const text = inlines(block.inlines.slice(first), marker);
      if (text === '') continue;
      // Quoted paragraphs one after another are one quotation, as printed (a page break between them parts it).
      if (block.kind === 'quote' && follows?.kind === 'quote' && first === 0) out.push(`${out.pop() ?? ''}\n>\n> ${text}`);
      else out.push(block.kind === 'quote' ? `> ${text}` : text);
    }
  }
  const referenced = article.blocks.flatMap(b => ('inlines' in b ? b.inlines : [])).flatMap(i => (i.kind === 'ref' ? [i.n] : []));
  const numbers = [...new Set([...referenced, ...article.notes.keys()])].sort((a, b) => a - b);
  for (const n of numbers) {
    const text = article.notes.has(n) ? inlines(article.notes.get(n) ?? [], marker) : '';
    out.push(`[^${n}]: ${text || MISSING_NOTE_TEXT}`);
  }
  return out.join('\n\n') + '\n';
}
