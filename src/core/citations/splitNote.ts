// Cuts a note's text into candidate citations at `;` and at sentence ends, never inside parentheses,
// brackets, quotations or emphasis (italics mark titles, which may contain full stops).
import type { MarkupSpan } from '../document/types';
import { findMarks, isMarkWord, isSiglumToken, LETTERED } from './marks';

export interface Segment {
  text: string;
  start: number;
  end: number;
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '«': '»', '‘': '’' };

/** Abbreviations that end with a dot but not a sentence: citation abbreviations and bibliography terms. */
const ABBREVIATIONS = new Set(
  'f ф op d dd l ll ob t ch chs g gg v vol vols p pp s st ed eds no nos tov izd Izd sm cf Cf Mass Dr Mr Mrs St dr etc cit Idem idem Eadem eadem же соч раб Указ указ Цит цит razd Razd разд Разд Vgl vgl Zob zob Por por Zit zit Cyt cyt Bl'.split(' '),
);
/** Initials of transliterated names are a capital or a digraph: A., Ia., Zh., Shch. */
const INITIAL = /^(?:\p{Lu}|Ch|Sh|Shch|Zh|Kh|Ts|Ia|Iu|Ie|Io|Ju|Ja)$/u;

/** Marks every offset inside a matched bracket pair, a quotation or an emphasis span. An opener never closed protects nothing. */
function protectedMask(text: string, emphasis: readonly MarkupSpan[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (from: number, to: number) => mask.fill(1, from, to);
  for (const span of emphasis) mark(span.start, span.end);
  const stack: { open: string; at: number }[] = [];
  let straightQuote = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (straightQuote === -1) straightQuote = i;
      else {
        mark(straightQuote, i + 1);
        straightQuote = -1;
      }
    } else if (PAIRS[ch] && !(ch === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) {
      stack.push({ open: ch, at: i });
    } else {
      let top = stack.length - 1;
      while (top >= 0 && PAIRS[stack[top].open] !== ch) top--;
      if (top !== -1 && !(ch === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
        mark(stack[top].at, i + 1);
        stack.length = top;
      }
    }
  }
  return mask;
}

/**
 * What goes on after a full stop inside a reference: a locator mark the reader knows, in any case and script (`Оп. 2`,
 * `ЛЛ.291`, `Inv. 5`, `F.R-9478`, `Ф. Р–1`, `D 2`, `Спр. 5`, spelled out `Дело 234`), a storage unit (`Ед. хр. 12`), a
 * volume named in quotes (`Т. «Судебное производство»`), a section of a fond (`Разд. III`) or a page (`С. 6`), its colon
 * where lists of records set one (`Опись: 2`).
 */
const MARK_NEXT = new RegExp(String.raw`^ ?(\p{L}{1,6}['’]?)\.?(?::\.?)? ?(?:№ ?|N (?=\d))?(?=${LETTERED}\d)`, 'u');
const LOCATOR_NEXT = /^ ?(?:[СC]\. ?(?=\d)|[ТT]\. ?[«“]|(?:Ед\. ?хр|Y?ed\. ?khr)\. ?(?=\d)|(?:Разд|Razd)\. ?(?=[IVXLC\d]))/u;

function locatorNext(text: string): boolean {
  const mark = MARK_NEXT.exec(text);
  return (mark !== null && isMarkWord(mark[1])) || LOCATOR_NEXT.test(text);
}

const NUMBER_NEXT = new RegExp(String.raw`^\s(?:№ ?)?${LETTERED}\d`, 'u');
/** A name written in abbreviations, `Nat. Arch. Rep. of Bel.`: a short capitalised word, its full stop, another such word and its full stop. */
const ABBREVIATED = /^\p{Lu}\p{Ll}{1,3}$/u;
const ABBREVIATED_NEXT = /^\s\p{Lu}\p{Ll}{0,4}\./u;
const ITEM_NEXT = /^\s\p{L}{1,6}\. ?\d/u;
/** A mark and its number right before a full stop (`Ф. 333`, `F.R-88`), and an item after it up to its own full stop. */
const MARKED_NUMBER = new RegExp(String.raw`(?<![\p{L}])\p{L}{1,6}\.? ?${LETTERED}\d+\p{Ll}?$`, 'u');
const ITEM_THEN = /^\s\p{L}{1,6}\. ?\d+\./u;

function endsSentence(text: string, dot: number): boolean {
  const after = /^\s+([\p{Lu}“"«‘])/u.exec(text.slice(dot + 1, dot + 4));
  if (!after || locatorNext(text.slice(dot + 1, dot + 16))) return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (word && ABBREVIATED.test(word) && ABBREVIATED_NEXT.test(text.slice(dot + 1, dot + 9))) return false;
  // `Фонд. Р-7641, опись 2`: a mark spelled out with a full stop before its number.
  if (word && isMarkWord(word) && NUMBER_NEXT.test(text.slice(dot + 1, dot + 12))) return false;
  // `РФ ИЯЛИ НАН КР. Инв. 1503`: an item of a reference right after its siglum, whatever its mark.
  if (word && isSiglumToken(word) && ITEM_NEXT.test(text.slice(dot + 1, dot + 12))) return false;
  // `Ф. 333. On. 1. Д. 566`: an item whose mark no table holds, after a mark's number and before another mark.
  if (!word && MARKED_NUMBER.test(text.slice(Math.max(0, dot - 16), dot))) {
    const item = ITEM_THEN.exec(text.slice(dot + 1, dot + 24));
    if (item && locatorNext(text.slice(dot + 1 + item[0].length, dot + 40 + item[0].length))) return false;
  }
  return !word || !(ABBREVIATIONS.has(word) || INITIAL.test(word));
}

/**
 * `…, Kto rukovodil NKVD, 159–60, and details in Mikhail Il’insky, …`: after a reference's pages, `and` or `also`
 * opens another reference; before a number or a locator (`ll. 5, and 7`, `d. 5, and d. 6`) it goes on listing.
 */
const NEXT_WORK = /^, (?:and|also),? (?=\p{L})/u;

function opensNextWork(text: string, comma: number): boolean {
  const m = NEXT_WORK.exec(text.slice(comma, comma + 12));
  return m !== null && /\d/.test(text[comma - 1] ?? '') && findMarks(text.slice(comma + m[0].length, comma + m[0].length + 16))[0]?.start !== 0;
}

export function splitNote(text: string, emphasis: readonly MarkupSpan[] = []): Segment[] {
  const mask = protectedMask(text, emphasis);
  const segments: Segment[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) segments.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    if (mask[i]) continue;
    const ch = text[i];
    if (ch === ';') cut(i, i + 1);
    else if (ch === ',' && opensNextWork(text, i)) cut(i, i + 1);
    else if ((ch === '.' || ch === '?' || ch === '!') && endsSentence(text, i)) cut(i + 1, i + 1);
  }
  cut(text.length, text.length);
  return segments;
}
