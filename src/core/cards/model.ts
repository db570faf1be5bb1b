// What a card says, built once for every surface that shows it: the editor hover renders it as Markdown, the
// Markdown preview as HTML. The strings here are raw corpus text; each renderer escapes them for its own format.
import type { CitationFact } from '../citations';
import type { MarkupSpan } from '../document';
import type { GlossaryKind } from '../glossary';

/** The first line of a citation card: what kind of source, or what a back-reference resolves to. */
export type CitationHeading =
  | {
      kind: 'back-reference';
      written: 'Ibid.' | 'op. cit.' | 'Short title';
      resolved?: { from: string; reference: string };
      /** The works an ambiguous back-reference may stand for (two books of one author), none of them taken. */
      candidates?: { from: string; reference: string }[];
    }
  | { kind: 'source'; what: 'Archival source' | 'Printed source' | 'Reference'; reference: string };

export interface CitationCard {
  heading: CitationHeading;
  /** The archive spelled out, when the citation names one. */
  archive?: { siglum: string; name?: string; english?: string };
  /** Fond, opis', delo, folios and the rest, in words; the archive is in `archive`. */
  facts: CitationFact[];
  /** Other notes of the document citing the same archival file. */
  alsoCitedIn: string[];
}

export interface NoteCard {
  label: string;
  /** The whole note as plain text, paragraphs separated by a blank line, and where its emphasis falls. */
  text: string;
  emphasis: MarkupSpan[];
  /** The note as escaped Markdown with its emphasis kept (from the document index). */
  markdown: string;
  citations: CitationCard[];
}

export interface GlossaryCard {
  term: string;
  kind: GlossaryKind;
  expansion: string;
  english: string;
  /** The Cyrillic form, with the Cyrillic expansion when it says more. */
  cyrillic: string;
  description?: string;
}

export interface OfficialCard {
  name: string;
  cyrillic: string;
  /** Each role with its years. */
  roles: string[];
  affiliations: string[];
  note?: string;
}

export interface RomanizedCard {
  word: string;
  cyrillic: string;
}

/** How each surface names a glossary entry's kind. */
export const GLOSSARY_KIND_NAMES: Record<GlossaryKind, string> = { archive: 'archive', abbreviation: 'citation abbreviation', term: 'Soviet term' };
