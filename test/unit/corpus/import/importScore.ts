// Scores an imported article against the Markdown it was typeset from: notes found and placed by the right word,
// note texts complete, headings kept, and no running head or page number left in the text.

export interface ImportScore {
  notes: number;
  /** Share of the source's notes whose reference stands within one word of where the source has it. */
  placed: number;
  /** Share of the source's notes whose text is word for word the source's. */
  complete: number;
  /** Share of the source's `##` headings found as headings. */
  headings: number;
  /** Share of the source's paragraphs and quotations found word for word, in the source's order. */
  paragraphs: number;
  /** Running heads and page numbers found in the text. */
  furniture: string[];
}

const words = (text: string) =>
  text
    .replace(/<!--.*?-->/g, ' ')
    .replace(/[*_\\]/g, '')
    .replace(/[‘’']/g, "'")
    .replace(/[“”"]/g, '"')
    // An ellipsis of spaced dots, as an author types it, prints as TeX's (which the importer closes).
    .replace(/…|\. \. \./g, '...')
    .toLowerCase()
    .split(/\s+/)
    .filter(w => w !== '');

function parse(markdown: string) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').filter(l => !l.startsWith('[^')).join('\n');
  const notes = new Map<string, string>();
  for (const m of markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)) notes.set(m[1], m[2]);
  const before = new Map<string, string[]>();
  for (const m of body.matchAll(/\[\^(\d+)\]/g)) {
    before.set(m[1], words(body.slice(Math.max(0, m.index - 80), m.index).replace(/\[\^\d+\]/g, ' ')).slice(-2));
  }
  const headings = [...body.matchAll(/^## (.*)$/gm)].map(m => words(m[1]).join(' '));
  const paragraphs = body
    .split(/\n\s*\n/)
    .map(p => p.trim().replace(/^> /gm, '').replace(/\[\^\d+\]/g, ''))
    .filter(p => p !== '' && !/^(?:#|<!--|---)/.test(p))
    .map(p => words(p).join(' '));
  return { body, notes, before, headings, paragraphs };
}

export function scoreImport(source: string, result: string, furniture: string[]): ImportScore {
  const want = parse(source);
  const got = parse(result);
  let placed = 0;
  let complete = 0;
  for (const [n, text] of want.notes) {
    const expected = want.before.get(n)?.at(-1);
    const around = got.before.get(n) ?? [];
    if (expected !== undefined && around.includes(expected)) placed++;
    if (got.notes.has(n) && words(got.notes.get(n) ?? '').join(' ') === words(text).join(' ')) complete++;
  }
  const headings = want.headings.filter(h => got.headings.includes(h)).length;
  // Each source paragraph is looked for after the one found before it: a paragraph out of order is not counted.
  let from = 0;
  let paragraphs = 0;
  for (const p of want.paragraphs) {
    const at = got.paragraphs.indexOf(p, from);
    if (at >= 0) {
      paragraphs++;
      from = at + 1;
    }
  }
  const text = got.body.replace(/<!--.*?-->/g, ' ');
  return {
    notes: want.notes.size,
    placed: placed / want.notes.size,
    complete: complete / want.notes.size,
    headings: want.headings.length === 0 ? 1 : headings / want.headings.length,
    paragraphs: paragraphs / Math.max(want.paragraphs.length, 1),
    furniture: furniture.filter(f => countOf(text, f) > countOf(want.body, f)),
  };
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
