// Corpus text shown in hovers is escaped so it renders literally: no links, no HTML, no markup of its own, and
// no autolink (`https://…`, `www.…`, `name@host`) that a GFM renderer would find in plain text.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&$@]|:(?=\/\/)/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, ch => `\\${ch}`);
}
