// Corpus text shown in hovers is escaped so it renders literally: no links, no HTML, no markup of its own.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, ch => `\\${ch}`);
}
