// The articles a command reads from the files and folders it is given (sources, bibliography, search). One that
// cannot be read as text (binary, not UTF-8, unreadable, gone meanwhile) is left out with one line on stderr that
// names it and says what to do, and the command answers for the rest. That is a warning (exit 0) for a file found
// in a folder; the exit is 1 when a file named on the command line could not be read, or nothing could.
import type { CliIO } from './command';
import { readTextFile, UnreadableFileError } from './readTextFile';

export class ArticleReader {
  private failed = 0;
  private namedFailed = false;

  constructor(
    private readonly io: CliIO,
    private readonly command: string,
    private readonly read: (full: string, shown: string) => Promise<string> = readTextFile,
  ) {}

  /** The text of the article at `full`, shown as `shown`; undefined, with its line on stderr, when it cannot be read. */
  async text(full: string, shown: string, named: boolean): Promise<string | undefined> {
    try {
      return await this.read(full, shown);
    } catch (err) {
      this.failed++;
      this.namedFailed ||= named;
      const advice = err instanceof UnreadableFileError ? `; ${err.advice}` : '';
      this.io.stderr(`opis ${this.command}: ${err instanceof Error ? err.message : String(err)}, so it is left out${advice}\n`);
      return undefined;
    }
  }

  /** Whether none of the `total` articles the command was given could be read (none given is not a failure). */
  nothingRead(total: number): boolean {
    return total > 0 && this.failed === total;
  }

  /** 1 when a file named on the command line, or every one of the `total` articles, could not be read; else 0. */
  exitCode(total: number): 0 | 1 {
    return this.namedFailed || this.nothingRead(total) ? 1 : 0;
  }
}
