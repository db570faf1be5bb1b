// A line of a plain-text extraction with what the layout tells about it.
import { closeTypesetSpacing } from '../typesetSpacing';
import { composeGreekCapitals } from '../greekCapitals';

export interface TextLine {
  /** The text without surrounding spaces; '' for an empty line. */
  text: string;
  /** Leading spaces (meaningful only where the layout keeps indentation). */
  indent: number;
  /** Index of the printed page the line is on. */
  page: number;
  /** The column or band of a page set in columns the line was read from (see columns.ts). */
  region?: number;
  /** The column of a page set in columns (0 left, 1 right), whose own measure its lines are set to. */
  column?: number;
  /** The second of two printed lines that pdftotext ran on into one at a hyphen: set in the same type as the first. */
  runOnAtHyphen?: boolean;
}

/** A line that ends a sentence (a note's marker may follow the punctuation). */
export const SENTENCE_END = /[.?!:;]["”’»)\]]*\d*$/;

/** A name's initials (`G. A.`) end no sentence nor note: the surname follows. */
export const INITIALS_END = /(?:^|[\s(;,])\p{Lu}\.\s\p{Lu}\.$/u;

/** Soft hyphens are invisible break points; ligature glyphs are written out as their letters. */
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

export function cleanText(text: string): string {
  // A soft hyphen ending a line stays: it tells the joiner the word goes on without a space.
  return composeGreekCapitals(closeTypesetSpacing(text)).replace(/\u00ad(?=.)/g, '').replace(/[\ufb00-\ufb06]/g, ch => LIGATURES[ch]).replace(/\u00a0/g, ' ');
}

export function toLine(raw: string, page: number): TextLine {
  const text = cleanText(raw).replace(/\s+$/, '');
  const trimmed = text.trimStart();
  return { text: trimmed, indent: text.length - trimmed.length, page };
}
