// The plain-text layouts `opis import` reads, and how to tell them apart.

export const TEXT_LAYOUTS = ['raw', 'pdftotext', 'pdftotext-layout', 'pandoc'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

export const LAYOUT_NAMES: Record<TextLayout, string> = {
  raw: 'raw page-by-page extraction (every printed line followed by an empty line)',
  pdftotext: 'pdftotext (pages split by form feeds, lines as printed)',
  'pdftotext-layout': 'pdftotext -layout (pages split by form feeds, lines keep their indentation)',
  pandoc: 'pandoc plain text (paragraphs split by empty lines, [n] note markers)',
};

/** Share of empty lines in the raw layout: each printed line is followed by one. */
const RAW_EMPTY_SHARE = 0.3;
/** Share of lines set off by runs of spaces (centring, indentation, columns) in `-layout` output. */
const LAYOUT_SPACED_SHARE = 0.1;
/**
 * Share of lines that open with a space, which pdftotext without -layout never writes: a page in one column with
 * narrow indents (a paragraph's first line, a quotation set in by two spaces) has few runs of spaces, but these.
 */
const LAYOUT_INDENTED_SHARE = 0.05;

export function detectLayout(text: string): TextLayout {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const empty = lines.filter(line => line === '').length;
  if (empty / lines.length >= RAW_EMPTY_SHARE && text.includes('\n\n \n\n')) return 'raw';
  const written = lines.filter(line => line.trim() !== '');
  const spaced = written.filter(line => /^ {3,}\S|\S {3,}\S/.test(line)).length;
  const indented = written.filter(line => /^ +\S/.test(line)).length;
  const share = (n: number) => n / Math.max(written.length, 1);
  if (text.includes('\f') && (share(spaced) >= LAYOUT_SPACED_SHARE || share(indented) >= LAYOUT_INDENTED_SHARE)) return 'pdftotext-layout';
  if (/^\[1\] /m.test(text) && /\S\[1\]/.test(text)) return 'pandoc';
  return 'pdftotext';
}
