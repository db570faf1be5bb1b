// Cards as HTML for the Markdown preview. Every string from the model is escaped: corpus text never becomes
// markup, so a note cannot carry a script, an image or a link into the preview.
import type { MarkupSpan } from '../document';
import { GLOSSARY_KIND_NAMES, type CitationCard, type GlossaryCard, type NoteCard, type OfficialCard, type RomanizedCard } from './model';

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => HTML_SPECIAL[ch]);
}

/** The note's text with its emphasis as <em>, a paragraph per blank-line-separated block. */
function noteTextHtml(text: string, emphasis: readonly MarkupSpan[]): string {
  let html = '';
  let at = 0;
  for (const span of [...emphasis].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    html += `${escapeHtml(text.slice(at, span.start))}<em>${escapeHtml(text.slice(span.start, span.end))}</em>`;
    at = span.end;
  }
  html += escapeHtml(text.slice(at));
  return html
    .split(/\n{2,}/)
    .map(paragraph => `<p>${paragraph}</p>`)
    .join('');
}

function headingHtml(card: CitationCard): string {
  const h = card.heading;
  if (h.kind === 'source') return `<strong>${h.what}:</strong> ${escapeHtml(h.reference)}`;
  if (h.candidates) return `<strong>${h.written}</strong> → <em>which work is not clear:</em> ${h.candidates.map(w => `note ${escapeHtml(w.from)}: ${escapeHtml(w.reference)}`).join('; ')}`;
  return h.resolved
    ? `<strong>${h.written} → note ${escapeHtml(h.resolved.from)}:</strong> ${escapeHtml(h.resolved.reference)}`
    : `<strong>${h.written}</strong> → <em>nothing earlier to refer to</em>`;
}

function citationHtml(card: CitationCard): string {
  const lines = [headingHtml(card)];
  const a = card.archive;
  if (a) lines.push(`<strong>${escapeHtml(a.siglum)}</strong>${a.name ? ` — ${escapeHtml(a.name)}` : ''}${a.english ? ` · <em>${escapeHtml(a.english)}</em>` : ''}`);
  let html = `<p>${lines.join('<br>')}</p>`;
  if (card.facts.length) html += `<ul>${card.facts.map(f => `<li>${escapeHtml(f.label)}: ${escapeHtml(f.value)}</li>`).join('')}</ul>`;
  const also = card.alsoCitedIn;
  if (also.length) html += `<p><em>Same file also cited in note${also.length > 1 ? 's' : ''} ${escapeHtml(also.join(', '))}</em></p>`;
  return `<section class="opis-citation">${html}</section>`;
}

export function noteCardHtml(card: NoteCard): string {
  const text = card.text ? noteTextHtml(card.text, card.emphasis) : '<p><em>empty note</em></p>';
  const citations = card.citations.map(c => `<hr>${citationHtml(c)}`).join('');
  return `<p><strong>Note ${escapeHtml(card.label)}</strong></p>${text}${citations}`;
}

export function glossaryCardHtml(card: GlossaryCard): string {
  const description = card.description ? `<p>${escapeHtml(card.description)}</p>` : '';
  return (
    `<p><strong>${escapeHtml(card.term)}</strong> · ${GLOSSARY_KIND_NAMES[card.kind]}</p>` +
    `<p>${escapeHtml(card.expansion)} — <em>${escapeHtml(card.english)}</em></p>` +
    `<p>Cyrillic: <span lang="ru">${escapeHtml(card.cyrillic)}</span></p>${description}`
  );
}

export function officialCardHtml(card: OfficialCard): string {
  const roles = card.roles.length ? `<ul>${card.roles.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '';
  const affiliations = card.affiliations.length ? `<p>${escapeHtml(card.affiliations.join(' · '))}</p>` : '';
  const note = card.note ? `<p>${escapeHtml(card.note)}</p>` : '';
  return `<p><strong>${escapeHtml(card.name)}</strong> · <span lang="ru">${escapeHtml(card.cyrillic)}</span></p>${roles}${affiliations}${note}`;
}

export function romanizedCardHtml(card: RomanizedCard): string {
  return `<p><strong lang="ru">${escapeHtml(card.cyrillic)}</strong> · romanized Russian</p><p>${escapeHtml(card.word)}</p>`;
}
