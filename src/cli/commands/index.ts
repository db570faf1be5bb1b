// Every subcommand of `opis`, in the order `opis --help` lists them.
import type { CliCommand } from '../command';
import { outlineCommand } from './outline';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { searchCommand } from './search';
import { notesCommand } from './notes';
import { noteCommand } from './note';
import { explainCommand } from './explain';
import { anchorCommand } from './anchor';
import { exportCommand } from './export';
import { translitCommand } from './translit';
import { detectCommand } from './detect';

export const commands: CliCommand[] = [
  // the corpus
  importCommand,
  lintCommand,
  // notes and archives
  notesCommand,
  noteCommand,
  explainCommand,
  // transliteration
  translitCommand,
  detectCommand,
  // officials, argument, annotations
  searchCommand,
  outlineCommand,
  anchorCommand,
  exportCommand,
];
