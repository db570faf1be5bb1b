// YAML front matter (`---` … `---` at the very start). CommonMark does not know it, so parsers would read it
// as a rule and a heading; it is blanked out (offsets kept) before parsing.

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Length of the front matter block at the start of `text`, 0 if there is none. */
export function frontMatterLength(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

/** `text` with its front matter replaced by spaces, line breaks kept, so every offset stays valid. */
export function blankFrontMatter(text: string): string {
  const length = frontMatterLength(text);
  return length === 0 ? text : text.slice(0, length).replace(/[^\r\n]/g, ' ') + text.slice(length);
}
