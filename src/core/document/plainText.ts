// The text of a Markdown node as a reader sees it. An HTML comment (an importer's `<!-- p. 21 -->` page marker)
// renders as nothing, so it is no part of the text; any other raw HTML stays as written (`<sic>` is a word of the
// article as much as a tag, and hiding it could hide the text).
import type { Nodes } from 'mdast';

export function isHtmlComment(node: Nodes): boolean {
  return node.type === 'html' && node.value.startsWith('<!--') && node.value.trimEnd().endsWith('-->');
}

/** Like mdast-util-to-string, without HTML comments. */
export function plainText(node: Nodes): string {
  if (isHtmlComment(node)) return '';
  if ('children' in node) return node.children.map(child => plainText(child)).join('');
  if ('value' in node) return node.value;
  return node.type === 'image' ? (node.alt ?? '') : '';
}
