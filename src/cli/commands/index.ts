// Every subcommand of `opis`, in the order `opis --help` lists them.
import type { CliCommand } from '../command';

export const commands: CliCommand[] = [];
