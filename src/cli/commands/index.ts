// Every subcommand of `opis`, in the order `opis --help` lists them.
import type { CliCommand } from '../command';
import { outlineCommand } from './outline';

export const commands: CliCommand[] = [outlineCommand];
