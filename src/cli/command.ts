// The contract every `opis` subcommand implements. Commands write through `io` so tests can run them in
// memory and check both the output and the exit code.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Folder of the corpus shipped with Opis (Markdown article plus its data files). */
  bundledCorpus: string;
  /** The command line that runs this CLI again (git calls it as the annotation merge driver). */
  self: string[];
}

export interface CliCommand {
  name: string;
  /** One line for `opis --help`. */
  summary: string;
  /** Full usage, e.g. `opis lint <files…> [--json]`. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 a finding or failure the user asked about, 2 a usage error. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown by a command for wrong arguments: main prints the message with the usage and exits 2. */
export class UsageError extends Error {}
