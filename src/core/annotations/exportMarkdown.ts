// Annotations as Markdown for writing: per file, in reading order, each quote with its note, tags, the
// footnotes it cites and the replies.
import type { Annotation } from './model';

/** Footnote labels cited in a passage, as `[^n]`, in order of first appearance. */
export function citedFootnotes(passage: string): string[] {
  return [...new Set([...passage.matchAll(/\[\^([^\]\s]+)\]/g)].map(m => `[^${m[1]}]`))];
}

function blockquote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map(line => (line ? `> ${line}` : '>'))
    .join('\n');
}

function entry(a: Annotation): string {
  const parts = [`### ${a.category}${a.creator ? ` — ${a.creator}` : ''} (${a.created.slice(0, 10)})`, '', blockquote(a.quote.exact)];
  if (a.note.trim()) parts.push('', a.note.trim());
  const facts: string[] = [];
  if (a.tags.length) facts.push(`Tags: ${a.tags.map(t => `\`${t}\``).join(', ')}`);
  const notes = citedFootnotes(a.quote.exact);
  // Escaped so the labels read as text: the footnote definitions live in the article, not in this export.
  if (notes.length) facts.push(`Notes cited: ${notes.map(n => n.replace('[^', '\\[^')).join(', ')}`);
  if (facts.length) parts.push('', facts.join(' · '));
  for (const r of a.replies) parts.push('', `- **${r.creator ?? 'Reply'}** (${r.created.slice(0, 10)}): ${r.note.trim().replace(/\n/g, '\n  ')}`);
  return parts.join('\n');
}

export function exportMarkdown(annotations: readonly Annotation[], title = 'Annotations'): string {
  const bySource = new Map<string, Annotation[]>();
  for (const a of annotations) bySource.set(a.source, [...(bySource.get(a.source) ?? []), a]);
  const sections = [...bySource.keys()].sort().map(source => {
    const list = bySource.get(source)!.slice().sort((x, y) => x.position.start - y.position.start || x.created.localeCompare(y.created));
    return [`## ${source}`, ...list.map(entry)].join('\n\n');
  });
  return [`# ${title}`, ...(sections.length ? sections : ['No annotations.'])].join('\n\n') + '\n';
}
