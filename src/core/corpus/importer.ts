// `opis import`: raw page-by-page extraction → corpus Markdown. Refuses input that is not such an extraction
// rather than writing something misleading.
import { parseRaw } from './parseRaw';
import { renderMarkdown } from './renderMarkdown';

export class ImportError extends Error {}

/** Share of the lines left empty by the extractor's layout (every printed line is followed by one). */
const MIN_EMPTY_LINE_SHARE = 0.3;

export function importRawArticle(raw: string): string {
  checkLooksLikeExtraction(raw);
  const article = parseRaw(raw);
  if (article.refs.length === 0 && article.notes.length === 0) {
    throw new ImportError('no footnote markers or notes found: this does not look like an article extraction');
  }
  if (!article.blocks.some(b => b.kind === 'flow')) throw new ImportError('no body text found');
  return renderMarkdown(article);
}

function checkLooksLikeExtraction(raw: string): void {
  if (raw.trim() === '') throw new ImportError('the input is empty');
  if (raw.includes('\u0000')) throw new ImportError('the input is binary, not a text extraction');
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const empty = lines.filter(line => line === '').length;
  if (empty / lines.length < MIN_EMPTY_LINE_SHARE) {
    throw new ImportError('the input does not have the layout of a raw extraction (each printed line followed by an empty line)');
  }
}
