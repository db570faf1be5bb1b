// The outline as `opis outline --json` prints it: a fixed contract with 0-based lines, null for what is
// absent (an untitled section's title, a derived outline's question, an unanchored point's line).
import type { Range } from '../text/range';
import type { Outline } from './outline';

export interface OutlineJson {
  title: string | null;
  question: string | null;
  thesis: string | null;
  periods: { label: string; from: number; to: number; line: number | null }[];
  sections: { title: string | null; line: number | null; claims: { text: string; line: number | null; footnotes: (number | string)[] }[] }[];
}

const lineOf = (range: Range | null | undefined): number | null => range?.start.line ?? null;

/** Numeric note labels as numbers (the usual case), any other label as written. */
const noteLabel = (label: string): number | string => (/^\d+$/.test(label) ? Number(label) : label);

export function outlineJson(outline: Outline): OutlineJson {
  return {
    title: outline.title,
    question: outline.question?.text ?? null,
    thesis: outline.thesis?.text ?? null,
    periods: outline.periods.map(p => ({ label: p.label, from: p.from, to: p.to, line: lineOf(p.passages.find(r => r)) })),
    sections: outline.sections.map(s => ({
      title: s.title,
      line: lineOf(s.range),
      claims: s.claims.map(c => ({ text: c.text, line: lineOf(c.range), footnotes: c.footnotes.map(noteLabel) })),
    })),
  };
}
