// Annotations as Opis works with them. On disk they are W3C Web Annotations (see w3c.ts); here the parts
// Opis uses are plain fields. Positions are Unicode code points, as the W3C TextPositionSelector specifies.
import type { TextQuote } from '../anchoring';

/** Categories offered by default; each has its own highlight colour. Imported notes may carry others. */
export const CATEGORIES = ['Evidence', 'Question', 'Disagree', 'Quote', 'Note'] as const;
export const DEFAULT_CATEGORY = 'Note';

/** The stem of a category's colour names (`evidence` → `opis.annotation.evidenceBackground`); others take the default's. */
export function categoryStem(category: string): string {
  return ((CATEGORIES as readonly string[]).includes(category) ? category : DEFAULT_CATEGORY).toLowerCase();
}

export interface CodePointRange {
  start: number;
  end: number;
}

export interface Reply {
  id: string;
  /** Markdown. */
  note: string;
  created: string;
  modified: string;
  creator?: string;
  /** The creator's email address, recorded only when they chose to (the `opis.annotations.includeEmail` setting). */
  creatorEmail?: string;
  /** W3C properties Opis does not interpret, written back unchanged. */
  extra?: Record<string, unknown>;
}

export interface Annotation {
  id: string;
  /** Path of the annotated file relative to the workspace folder, with `/` separators. */
  source: string;
  quote: TextQuote;
  position: CodePointRange;
  /** Markdown. */
  note: string;
  tags: string[];
  category: string;
  created: string;
  modified: string;
  creator?: string;
  /** The creator's email address, recorded only when they chose to (the `opis.annotations.includeEmail` setting). */
  creatorEmail?: string;
  replies: Reply[];
  /** W3C properties Opis does not interpret, written back unchanged. */
  extra?: Record<string, unknown>;
}

/** The whole store: annotations, plus items Opis cannot use (kept verbatim so nothing is lost). */
export interface AnnotationSet {
  annotations: Annotation[];
  foreign: Record<string, unknown>[];
}
