// Reads the raw extraction page by page into blocks, notes and references (see rawTokens.ts for the
// layout). Every rule here is about the layout, never about this or that article.
import type { Atom, Block, Note, RawArticle } from './articleModel';
import { findGluedMarker } from './gluedMarkers';
import { decodeQuadrupled } from './quadrupled';
import { tokenizeRaw, type RawToken } from './rawTokens';

const NOTE_START = /^ ?(\d+)\.\s/;
const PAGE_START = /^ \S/;
const LOST_MARKER_SAME_LINE = /^ {2,}\S/;
const SENTENCE_END = /[.?!:;”’"')\]]$/;
/** After a superscript marker, text that is not punctuation closing the sentence starts a new line. */
const GLUED_AFTER_MARKER = /^[\s.,;:)\]”’]/;

type Special = 'none' | 'italic' | 'marker';

class RawParser {
  readonly article: RawArticle = { titleLines: [], blocks: [], notes: [], refs: [] };
  private zone: 'body' | 'notes' = 'body';
  private block: Extract<Block, { atoms: Atom[] }> | undefined;
  private note: Note | undefined;
  /** The last note of the previous page: its text may go on after this page's own notes. */
  private carried: Note | undefined;
  private special: Special = 'none';
  private nextRef = 1;

  constructor(private readonly tokens: RawToken[]) {}

  parse(): RawArticle {
    let i = this.readTitleBlock();
    for (; i < this.tokens.length; i++) this.readToken(this.tokens[i], this.tokens[i + 1]);
    return this.article;
  }

  /** The title block: the leading lines in capitals, the author's name first. */
  private readTitleBlock(): number {
    let i = 0;
    while (i < this.tokens.length && /\p{Lu}/u.test(this.tokens[i].text) && !/\p{Ll}/u.test(this.tokens[i].text)) i++;
    // The years printed under the title (`1918-1953`) have no letters but belong to it.
    while (i < this.tokens.length && i > 0 && /^\s*[\d\u2013-]+\s*$/.test(this.tokens[i].text)) i++;
    this.article.titleLines = this.tokens.slice(0, i).map(t => t.text.trim());
    return i;
  }

  private readToken(token: RawToken, next: RawToken | undefined): void {
    const noteNumber = this.noteStart(token);
    if (noteNumber !== undefined) return this.startNote(noteNumber, token.text);
    if (this.zone === 'notes') {
      if (token.gap === 'none' && /^ /.test(token.text)) {
        // A page break: the body goes on; the note just read may continue on the next page.
        this.carried = this.article.notes.at(-1);
        this.zone = 'body';
        this.special = 'none';
        return this.readBody(token, next, true);
      }
      return this.readNoteLine(token);
    }
    return this.readBody(token, next, false);
  }

  /** The number of the note `token` starts, if it starts the next expected note. */
  private noteStart(token: RawToken): number | undefined {
    const match = NOTE_START.exec(token.text);
    if (!match || (match[0].startsWith(' ') && token.gap !== 'none')) return undefined;
    const n = Number(match[1]);
    if (n !== this.article.notes.length + 1 || n > this.nextRef) return undefined;
    // Inside a note, a line beginning `364. These are…` continues it: a new note follows an empty line.
    if (token.gap === 'none' && !PAGE_START.test(token.text)) return undefined;
    return n;
  }

  private startNote(n: number, text: string): void {
    this.zone = 'notes';
    this.special = 'none';
    this.note = { n, atoms: [] };
    this.article.notes.push(this.note);
    this.push(this.note.atoms, text.replace(NOTE_START, ''), 'line', false);
  }

  private readNoteLine(token: RawToken): void {
    if (token.gap === 'blank') {
      // Not a new note: the rest of the note carried over from the previous page.
      this.note = this.carried ?? this.note;
      this.carried = undefined;
      this.special = 'none';
    }
    if (!this.note) return;
    this.addText(this.note.atoms, token, false);
  }

  /** A body line; `pageStart` when it opens a page after the previous page's notes. */
  private readBody(token: RawToken, next: RawToken | undefined, pageStart: boolean): void {
    const heading = decodeQuadrupled(token.text);
    if (heading !== undefined) return this.closeWith({ kind: 'heading', text: heading });
    if (token.text.trim() === '*') return this.closeWith({ kind: 'break' });

    if (!pageStart && token.gap === 'none' && this.block) {
      const sameLine = LOST_MARKER_SAME_LINE.test(token.text);
      if (sameLine && this.block.kind === 'flow') {
        this.addRef(this.block.atoms);
        return this.push(this.block.atoms, ' ' + token.text.trimStart(), 'frame', true);
      }
      if (sameLine || (PAGE_START.test(token.text) && SENTENCE_END.test(this.lastText(this.block.atoms)))) {
        // A marker lost where a paragraph (or, after a quotation, the running text) begins.
        this.addRef(this.block.atoms);
        this.block = undefined;
        this.special = 'none';
        return this.readBody({ ...token, text: token.text.trimStart(), gap: 'blank' }, next, false);
      }
      if (this.block.kind === 'quote') return this.addText(this.block.atoms, token, true);
    }

    if (this.startsQuote(next, !pageStart && token.gap === 'none')) {
      this.block = { kind: 'quote', atoms: [] };
      this.article.blocks.push(this.block);
      this.special = 'none';
      return this.push(this.block.atoms, token.text.trimStart(), 'line', true);
    }
    const newLineAfterQuote =
      this.block?.kind === 'quote' && (token.gap !== 'frame' || this.lineBreaksAfterMarker(this.block.atoms, token.text));
    if (!this.block || newLineAfterQuote) {
      this.block = { kind: 'flow', atoms: [] };
      this.article.blocks.push(this.block);
      this.special = 'none';
      // A font-change frame at the start of a block only separated it from what came before.
      return this.push(this.block.atoms, token.text.trimStart(), 'line', true);
    }
    this.addText(this.block.atoms, pageStart ? { ...token, text: token.text.trimStart(), gap: 'none' } : token, true);
  }

  /** A body line followed directly (no empty line) by another plain line: an indented quotation. */
  private startsQuote(next: RawToken | undefined, continuesLine: boolean): boolean {
    if (continuesLine || !next || next.gap !== 'none' || /^\s/.test(next.text)) return false;
    return this.noteStartAhead(next) === undefined;
  }

  private noteStartAhead(token: RawToken): number | undefined {
    const match = NOTE_START.exec(token.text);
    return match && Number(match[1]) === this.article.notes.length + 1 ? Number(match[1]) : undefined;
  }

  private closeWith(block: Block): void {
    this.block = undefined;
    this.special = 'none';
    this.article.blocks.push(block);
  }

  /** Adds a token's text to a flow, reading font-change frames as italic runs or superscript markers. */
  private addText(atoms: Atom[], token: RawToken, inBody: boolean): void {
    if (token.gap !== 'frame') return this.push(atoms, token.text, 'line', inBody);
    if (this.special !== 'none') {
      const afterMarker = this.special === 'marker';
      this.special = 'none';
      const glue = afterMarker && this.lineBreaksAfterMarker(atoms, token.text) ? 'line' : 'frame';
      return this.push(atoms, token.text, glue, inBody);
    }
    if (inBody && /^\d+$/.test(token.text.trim()) && Number(token.text.trim()) === this.nextRef) {
      this.special = 'marker';
      return this.addRef(atoms);
    }
    this.special = 'italic';
    this.push(atoms, token.text, 'frame', inBody);
  }

  private lineBreaksAfterMarker(atoms: Atom[], text: string): boolean {
    return atoms.at(-1)?.kind === 'ref' && !GLUED_AFTER_MARKER.test(text);
  }

  /** Appends text, splitting out markers glued to it when it is body text. */
  private push(atoms: Atom[], text: string, glue: Atom['glue'], inBody: boolean): void {
    const italic = this.special === 'italic';
    let rest = text;
    let restGlue = glue;
    for (let at = inBody ? findGluedMarker(rest, this.nextRef) : -1; at >= 0; at = findGluedMarker(rest, this.nextRef)) {
      const digits = String(this.nextRef);
      if (at > 0) atoms.push({ kind: 'text', text: rest.slice(0, at), italic, glue: restGlue });
      this.addRef(atoms);
      rest = rest.slice(at + digits.length);
      restGlue = 'frame';
    }
    if (rest !== '') atoms.push({ kind: 'text', text: rest, italic, glue: restGlue });
  }

  /** A reference to the next note, attached to the text before it. */
  private addRef(atoms: Atom[]): void {
    atoms.push({ kind: 'ref', n: this.nextRef, glue: 'frame' });
    this.article.refs.push(this.nextRef);
    this.nextRef += 1;
  }

  private lastText(atoms: Atom[]): string {
    for (let k = atoms.length - 1; k >= 0; k--) {
      const atom = atoms[k];
      if (atom.kind === 'text') return atom.text.trimEnd();
    }
    return '';
  }
}

export function parseRaw(raw: string): RawArticle {
  return new RawParser(tokenizeRaw(raw)).parse();
}
