// Where a spelling is a source's own words rather than the author's: inside a quotation on its line (“…”, «…»,
// "…") or in the title an archival reference gives a file (`d. 43927 Delo Volkova, l. 64`). A consistency fix
// there changes what the source says, so it has to say so.

/** Opening and closing marks of quotations; ’ and ‘ are left out (’ is LC's soft sign, and an apostrophe). */
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“' };
/** A file title in a note: after `d. 43927` (or `Д. 12`, `dd.`), up to the folios, the next reference or the end. */
const FILE_TITLE = /(?<![\p{L}])(?:d|dd|Д|д)\.\s?\d[\w–-]*\s+([^;\n]*?)(?=,?\s*(?:ll?|лл?|Л|L)\.|;|\.\s|\.?$)/gmu;

export type QuotedContext = 'quotation' | 'archival title';

/** Whether the span `start`–`end` of the text lies in a quotation or an archival file title, and which. */
export function quotedContext(text: string, start: number, end: number): QuotedContext | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const [from, to] = [start - lineStart, end - lineStart];
  if (inQuotation(line, from, to)) return 'quotation';
  if (/^\[\^[^\]]+\]:/.test(line)) {
    for (const m of line.matchAll(FILE_TITLE)) {
      const titleStart = (m.index ?? 0) + m[0].length - m[1].length;
      if (from >= titleStart && to <= titleStart + m[1].length) return 'archival title';
    }
  }
  return undefined;
}

function inQuotation(line: string, from: number, to: number): boolean {
  let open: string | undefined;
  let straight = false;
  for (let i = 0; i < from; i++) {
    const ch = line[i];
    if (ch === '"') straight = !straight;
    else if (open === undefined && PAIRS[ch]) open = PAIRS[ch];
    else if (ch === open) open = undefined;
  }
  if (!open && !straight) return false;
  // the quotation closes after the span on the same line
  const rest = line.slice(to);
  return straight ? rest.includes('"') : rest.includes(open as string);
}
