// A Word manuscript converted to HTML → the imported article: the title block's styled paragraphs as front
// matter, headings, paragraphs and quotations with their italics, note references where the superscript links
// stood and the notes' texts (footnotes or endnotes) from their list, numbered as the document shows them.
import type { ArticleBlock, ArticleMeta, ImportedArticle, ImportWarning, Inline } from '../article/model';
import { sameText } from '../article/sameText';
import { readTitleBlock } from '../plainText/titleBlock';
import { htmlTokens } from './htmlTokens';

const NOTE_ID = /^(?:foot|end)note-(.+)$/;
const NOTE_REF_ID = /^#(?:foot|end)note-(.+)$/;
const BACK_LINK = /^#(?:foot|end)note-ref-/;

interface Reading {
  blocks: ArticleBlock[];
  notes: Map<number, Inline[]>;
  /** Note ids as the converter names them → the number the document shows. */
  numbers: Map<string, number>;
  meta: { title?: string; subtitle?: string; author?: string; date?: string };
}

export function readDocxHtml(html: string): ImportedArticle {
  const reading: Reading = { blocks: [], notes: new Map(), numbers: new Map(), meta: {} };
  const tokens = htmlTokens(html);
  const stack: string[] = [];
  let inlines: Inline[] | undefined;
  let italic = 0;
  let noteId: string | undefined;
  let link: string | undefined;
  let linkText = '';
  const classOf = new Map<number, string>();
  tokens.forEach(token => {
    if (token.kind === 'open') {
      stack.push(token.tag);
      classOf.set(stack.length, token.attrs.class ?? '');
      if (token.tag === 'li' && NOTE_ID.test(token.attrs.id ?? '')) noteId = NOTE_ID.exec(token.attrs.id)?.[1];
      if (/^(?:p|h[1-6])$/.test(token.tag) && !inlines) inlines = [];
      if (token.tag === 'em' || token.tag === 'i') italic++;
      if (token.tag === 'a' && token.attrs.href) {
        link = token.attrs.href;
        linkText = '';
      }
      if (token.tag === 'br') inlines?.push({ kind: 'text', text: ' ', italic: false });
      return;
    }
    if (token.kind === 'text') {
      if (link !== undefined) linkText += token.text;
      else inlines?.push({ kind: 'text', text: token.text, italic: italic > 0 });
      return;
    }
    const cls = classOf.get(stack.length) ?? '';
    stack.pop();
    if (token.tag === 'em' || token.tag === 'i') italic = Math.max(0, italic - 1);
    else if (token.tag === 'a' && link !== undefined) {
      closeLink(link, linkText, inlines, reading);
      link = undefined;
    } else if (token.tag === 'li' && noteId !== undefined) noteId = undefined;
    else if (/^(?:p|h[1-6])$/.test(token.tag) && inlines) {
      closeBlock(token.tag, cls, inlines, stack, noteId, reading);
      inlines = undefined;
    }
  });
  return finish(reading);
}

/** A superscript link to a note is its reference; the link back from a note's text is dropped. */
function closeLink(href: string, text: string, inlines: Inline[] | undefined, reading: Reading): void {
  if (BACK_LINK.test(href)) return;
  const id = NOTE_REF_ID.exec(href)?.[1];
  if (id !== undefined) {
    const n = Number(/\d+/.exec(text)?.[0] ?? reading.numbers.size + 1);
    reading.numbers.set(id, n);
    inlines?.push({ kind: 'ref', n });
  } else inlines?.push({ kind: 'text', text, italic: false });
}

function closeBlock(tag: string, cls: string, inlines: Inline[], stack: string[], noteId: string | undefined, reading: Reading): void {
  const text = inlines.map(i => (i.kind === 'text' ? i.text : '')).join('').replace(/\s+/g, ' ').trim();
  if (noteId !== undefined) {
    const n = reading.numbers.get(noteId) ?? reading.numbers.size + 1;
    const note = reading.notes.get(n);
    reading.notes.set(n, note ? [...note, { kind: 'text', text: ' ', italic: false }, ...inlines] : inlines);
    return;
  }
  if (text === '') return;
  const { meta } = reading;
  if (cls === 'title') meta.title = text;
  else if (cls === 'subtitle') meta.subtitle = text;
  else if (cls === 'author') meta.author = text;
  else if (cls === 'date') meta.date = text;
  else if (tag !== 'p') reading.blocks.push({ kind: 'heading', text });
  else reading.blocks.push({ kind: stack.includes('blockquote') ? 'quote' : 'paragraph', inlines });
}

function finish(reading: Reading): ImportedArticle {
  const { title, subtitle, author, date } = reading.meta;
  const fullTitle = subtitle && title ? `${title}: ${subtitle}` : title;
  // The title block as printed lines: the same reading of author and journal citation as an extraction's.
  const lines = [fullTitle, author, date].filter((l): l is string => !!l).map(text => ({ text, indent: 0, page: 0 }));
  const block = fullTitle && author ? readTitleBlock(lines).meta : {};
  const meta: ArticleMeta = block.title ? block : { ...(fullTitle ? { title: fullTitle } : {}), ...(author ? { author } : {}) };
  // The title set again as the first heading is not a heading of the text.
  const first = reading.blocks[0];
  if (meta.title && first?.kind === 'heading' && sameText(first.text, meta.title)) reading.blocks.shift();
  const notes = new Map([...reading.notes].map(([n, inlines]) => [n, trimNote(inlines)]));
  const warnings: ImportWarning[] = [];
  const referenced = new Set(reading.blocks.flatMap(b => ('inlines' in b ? b.inlines : [])).flatMap(i => (i.kind === 'ref' ? [i.n] : [])));
  for (const n of notes.keys()) if (!referenced.has(n)) warnings.push({ message: `the marker of note ${n} was not found in the text: the note is kept without a reference` });
  return { meta, blocks: reading.blocks, notes, warnings };
}

function trimNote(inlines: Inline[]): Inline[] {
  const out = inlines.map(i => ({ ...i }));
  const first = out.find(i => i.kind === 'text');
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = [...out].reverse().find(i => i.kind === 'text');
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return out;
}
