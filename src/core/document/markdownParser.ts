// The one Markdown parser of Opis: CommonMark + GFM (footnotes) + YAML front matter, so a `---` block at the
// top of an article is front matter rather than a rule and a setext heading.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { shallowContainers } from './deepContainers';
import { narrowRows } from './wideRows';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(narrowRows(shallowContainers(text)));
}
