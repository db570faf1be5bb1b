// The Markdown of footnote and glossary hovers. Everything taken from the corpus (note text, titles, glossary
// entries) is escaped; the note itself comes pre-escaped from the index with only its emphasis kept.
import * as vscode from 'vscode';
import { citationFacts, formatReference, type NotesAnalysis, type ResolvedCitation, type Citation } from '../../core/citations';
import { escapeMarkdown as esc, type FootnoteDefinition } from '../../core/document';
import type { Glossary, GlossaryEntry } from '../../core/glossary';

/** Corpus text never runs commands: untrusted, no HTML, no theme icons. */
export function safeMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function archiveLine(c: Citation, glossary: Glossary): string | undefined {
  if (!c.archive) return undefined;
  const entry = glossary.archive(c.archive);
  const name = entry?.expansion ?? c.archiveName;
  const english = entry?.english;
  return `**${esc(c.archive)}**${name ? ` — ${esc(name)}` : ''}${english ? ` · *${esc(english)}*` : ''}`;
}

function citationCard(label: string, written: Citation, c: ResolvedCitation, analysis: NotesAnalysis, glossary: Glossary): string {
  const lines: string[] = [];
  if (written.kind === 'ibid' || written.kind === 'op-cit') {
    const what = written.kind === 'ibid' ? 'Ibid.' : 'op. cit.';
    lines.push(
      c.unresolved
        ? `**${what}** → *nothing earlier to refer to*`
        : `**${what} → note ${esc(c.from ?? '')}:** ${esc(formatReference(c))}`,
    );
  } else {
    lines.push(`**${written.kind === 'archival' ? 'Archival source' : written.kind === 'printed' ? 'Printed source' : 'Reference'}:** ${esc(formatReference(c, 60))}`);
  }
  const archive = archiveLine(c, glossary);
  if (archive) lines.push(archive);
  const facts = citationFacts(c)
    .filter(fact => fact.label !== 'Archive')
    .map(fact => `- ${esc(fact.label)}: ${esc(fact.value)}`);
  const also = analysis.alsoCitedIn(label, c);
  const footer = also.length ? [`*Same file also cited in note${also.length > 1 ? 's' : ''} ${esc(also.join(', '))}*`] : [];
  // Hard line breaks between the heading lines; the facts as a list.
  return [lines.join('  \n'), facts.join('\n'), ...footer].filter(Boolean).join('\n\n');
}

/** The whole note, then a card per citation. */
export function noteHover(definition: FootnoteDefinition, analysis: NotesAnalysis, glossary: Glossary): vscode.MarkdownString {
  const parts = [`**Note ${esc(definition.label)}**`, definition.markdown || '*empty note*'];
  const note = analysis.note(definition.label);
  note?.resolved.forEach((c, i) => parts.push('---', citationCard(definition.label, note.citations[i], c, analysis, glossary)));
  return safeMarkdown(parts.join('\n\n'));
}

export function missingNoteHover(label: string): vscode.MarkdownString {
  return safeMarkdown(`**Note ${esc(label)}** is not defined in this document: no \`[^${esc(label)}]:\` line gives its text.`);
}

const KIND: Record<GlossaryEntry['kind'], string> = { archive: 'archive', abbreviation: 'citation abbreviation', term: 'Soviet term' };

export function glossaryHover(entry: GlossaryEntry): vscode.MarkdownString {
  const lines = [`**${esc(entry.term)}** · ${KIND[entry.kind]}`, '', `${esc(entry.expansion)} — *${esc(entry.english)}*`, ''];
  const cyrillic = entry.cyrillicExpansion && entry.cyrillicExpansion !== entry.cyrillic ? `${entry.cyrillic} — ${entry.cyrillicExpansion}` : entry.cyrillic;
  lines.push(`Cyrillic: ${esc(cyrillic)}`);
  if (entry.description) lines.push('', esc(entry.description));
  return safeMarkdown(lines.join('\n'));
}
