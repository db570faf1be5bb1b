// The article a command reads: its text, refused in one sentence when it is not UTF-8 text, and its index,
// with the paragraphs and notes too long to parse whole reported on one line.
import * as path from 'node:path';
import { buildDocumentIndex, type DocumentIndex } from '../core/document';
import { LONG_BLOCK_REASON } from '../core/document/longBlocks';
import type { CliIO } from './command';
import { readTextFile } from './readTextFile';

export async function readArticleText(file: string, io: CliIO): Promise<string> {
  return readTextFile(path.resolve(io.cwd, file), file);
}

export async function readArticleIndex(file: string, io: CliIO, command: string): Promise<DocumentIndex> {
  return articleIndex(await readArticleText(file, io), file, io, command);
}

/** The index of an article's text (named `file` to the user), its over-long paragraphs reported on one line. */
export function articleIndex(text: string, file: string, io: CliIO, command: string): DocumentIndex {
  const index = buildDocumentIndex(text);
  const [first] = index.longBlocks;
  if (first) {
    const count = index.longBlocks.length;
    const what = count === 1 ? `a ${first.kind}` : `${count} paragraphs or notes`;
    io.stderr(
      `opis ${command}: ${file}: ${what} ${LONG_BLOCK_REASON} (from line ${first.range.start.line + 1}) ` +
        `read in pieces; emphasis or a link across pieces may be missed\n`,
    );
  }
  return index;
}
