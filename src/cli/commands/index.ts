// Every subcommand of `opis`, in the order `opis --help` lists them.
import type { CliCommand } from '../command';
import { outlineCommand } from './outline';
import { importCommand } from './import';
import { searchCommand } from './search';

export const commands: CliCommand[] = [outlineCommand, importCommand, searchCommand];
