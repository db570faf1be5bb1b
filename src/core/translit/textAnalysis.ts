// What transliteration-aware highlighting finds in a text: romanized-Russian words, glossary matches (not the
// bare citation abbreviations, which the grammar colours) and officials' mentions.
import type { Glossary, GlossaryMatch } from '../glossary';
import type { Mention, MentionFinder } from '../officials/mentions';
import { consumeChunksAsync, type Chunk, type ChunkConsumer } from '../document/chunks';
import { LineIndex } from '../text/range';
import { detectRomanized, type RomanizedWord } from './detect';
import type { Lexicon } from './lexicon';

export interface TextSources {
  lexicon: Lexicon;
  glossary: Glossary;
  /** Absent when the corpus has no officials file. */
  officials?: MentionFinder;
}

export interface TextAnalysis {
  romanized: RomanizedWord[];
  glossary: GlossaryMatch[];
  officials: Mention[];
}

export function analyseText(text: string, sources: TextSources): TextAnalysis {
  return {
    romanized: detectRomanized(text, { lexicon: sources.lexicon }),
    glossary: sources.glossary.findAll(text).filter(m => m.entry.kind !== 'abbreviation'),
    officials: sources.officials?.find(text) ?? [],
  };
}

/**
 * The analysis of a long text a piece at a time (see document/chunks: pieces end at paragraph breaks, which no
 * word, term or name spans), for the editor: the event loop gets a turn between pieces.
 */
class AnalysisCollector implements ChunkConsumer<TextAnalysis> {
  private readonly found: TextAnalysis = { romanized: [], glossary: [], officials: [] };
  /** Line and offset of the start of the last piece, so the next one's line is counted from there. */
  private line = 0;
  private offset = 0;

  constructor(
    private readonly text: string,
    private readonly sources: TextSources,
  ) {}

  addChunk({ start, end }: Chunk): void {
    this.line += new LineIndex(this.text.slice(this.offset, start)).lineCount - 1;
    this.offset = start;
    const piece = analyseText(this.text.slice(start, end), this.sources);
    const shift = <T extends { start: number; end: number }>(found: T): T => ({ ...found, start: found.start + start, end: found.end + start });
    const line = this.line;
    this.found.romanized.push(...piece.romanized.map(shift));
    this.found.glossary.push(...piece.glossary.map(shift));
    this.found.officials.push(
      ...piece.officials.map(m => ({ ...shift(m), line: m.line + line, endLine: m.endLine + line })),
    );
  }

  finish(): TextAnalysis {
    return this.found;
  }
}

/**
 * What analyseText finds, without blocking the event loop for long on a long text; undefined once `cancelled()`
 * holds (the text was edited again).
 */
export function analyseTextAsync(
  text: string,
  sources: TextSources,
  { cancelled, pieceSize }: { cancelled?: () => boolean; pieceSize?: number } = {},
): Promise<TextAnalysis | undefined> {
  return consumeChunksAsync(text, new AnalysisCollector(text, sources), cancelled, pieceSize);
}
