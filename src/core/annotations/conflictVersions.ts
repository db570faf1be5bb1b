// The versions of an annotation changed in two places, described for a person choosing between them: who
// changed it and when, what the note and tags say, and a text of each to compare line by line.
import { canonicalJson } from './canonicalJson';
import type { Json } from './entries';
import { readItem } from './w3c';

export interface VersionSummary {
  creator: string | undefined;
  modified: string;
  note: string;
  tags: string[];
  category: string | undefined;
  quote: string | undefined;
}

/** What a version says; undefined for an item Opis cannot read (then only its JSON can be shown). */
export function summarizeVersion(item: Json): VersionSummary | undefined {
  const read = readItem(item);
  if (!read) return undefined;
  const annotation = 'source' in read ? read : undefined;
  return {
    creator: read.creator,
    modified: read.modified,
    note: read.note,
    tags: annotation?.tags ?? [],
    category: annotation?.category,
    quote: annotation?.quote.exact,
  };
}

/** A version as text to compare with another: its fields one to a line, then the note; JSON if unreadable. */
export function versionText(item: Json): string {
  const v = summarizeVersion(item);
  if (!v) return canonicalJson(item);
  const lines = [`Author: ${v.creator ?? '(unknown)'}`, `Modified: ${v.modified}`];
  if (v.category !== undefined) lines.push(`Category: ${v.category}`, `Tags: ${v.tags.join(', ')}`);
  if (v.quote !== undefined) lines.push(`Passage: “${v.quote}”`);
  return `${lines.join('\n')}\n\n${v.note}\n`;
}
