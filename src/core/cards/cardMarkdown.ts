// Cards as Markdown for the editor's hovers. Every string from the model is escaped; the note's own Markdown
// comes escaped from the document index with only its emphasis kept.
import { escapeMarkdown as esc } from '../document';
import { GLOSSARY_KIND_NAMES, type CitationCard, type GlossaryCard, type NoteCard } from './model';

function headingLine(card: CitationCard): string {
  const h = card.heading;
  if (h.kind === 'source') return `**${h.what}:** ${esc(h.reference)}`;
  if (h.candidates) return `**${h.written}** → *which work is not clear:* ${h.candidates.map(w => `note ${esc(w.from)}: ${esc(w.reference)}`).join('; ')}`;
  return h.resolved ? `**${h.written} → note ${esc(h.resolved.from)}:** ${esc(h.resolved.reference)}` : `**${h.written}** → *nothing earlier to refer to*`;
}

function citationMarkdown(card: CitationCard): string {
  const lines = [headingLine(card)];
  const a = card.archive;
  if (a) lines.push(`**${esc(a.siglum)}**${a.name ? ` — ${esc(a.name)}` : ''}${a.english ? ` · *${esc(a.english)}*` : ''}`);
  const facts = card.facts.map(fact => `- ${esc(fact.label)}: ${esc(fact.value)}`);
  const also = card.alsoCitedIn;
  const footer = also.length ? [`*Same file also cited in note${also.length > 1 ? 's' : ''} ${esc(also.join(', '))}*`] : [];
  // Hard line breaks between the heading lines; the facts as a list.
  return [lines.join('  \n'), facts.join('\n'), ...footer].filter(Boolean).join('\n\n');
}

export function noteCardMarkdown(card: NoteCard): string {
  const parts = [`**Note ${esc(card.label)}**`, card.markdown || '*empty note*'];
  for (const citation of card.citations) parts.push('---', citationMarkdown(citation));
  return parts.join('\n\n');
}

export function missingNoteMarkdown(label: string): string {
  return `**Note ${esc(label)}** is not defined in this document: no \`[^${esc(label)}]:\` line gives its text.`;
}

export function glossaryCardMarkdown(card: GlossaryCard): string {
  const lines = [`**${esc(card.term)}** · ${GLOSSARY_KIND_NAMES[card.kind]}`, '', `${esc(card.expansion)} — *${esc(card.english)}*`, ''];
  lines.push(`Cyrillic: ${esc(card.cyrillic)}`);
  if (card.description) lines.push('', esc(card.description));
  return lines.join('\n');
}
