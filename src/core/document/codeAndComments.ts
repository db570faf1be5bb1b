// Which lines of a Markdown text lie inside a fenced code block or an HTML comment, read line by line: there no
// paragraph, list, note or indented block starts. The chunk planner and the reading of indented prose both ask.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMENT_OPEN = /^ {0,3}<!--/;

export class CodeAndComments {
  private fence: string | undefined;
  private comment = false;
  /** Whether a fence was ever opened. */
  fenced = false;

  /** Whether the next line is read as Markdown: it is neither inside a fence nor inside a comment. */
  get open(): boolean {
    return !this.fence && !this.comment;
  }

  /** Reads one line, after the lines before it. */
  advance(line: string): void {
    const marker = FENCE.exec(line)?.[1];
    if (this.fence) {
      if (marker && marker[0] === this.fence[0] && marker.length >= this.fence.length && line.trim() === marker) this.fence = undefined;
    } else if (this.comment) {
      if (line.includes('-->')) this.comment = false;
    } else if (marker) {
      this.fence = marker;
      this.fenced = true;
    } else if (COMMENT_OPEN.test(line)) {
      this.comment = !line.includes('-->');
    }
  }
}
