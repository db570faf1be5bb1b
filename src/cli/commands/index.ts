// Every subcommand of `opis`, in the order `opis --help` lists them.
import type { CliCommand } from '../command';
import { outlineCommand } from './outline';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { searchCommand } from './search';
import { notesCommand } from './notes';
import { sourcesCommand } from './sources';
import { bibliographyCommand } from './bibliography';
import { noteCommand } from './note';
import { explainCommand } from './explain';
import { anchorCommand } from './anchor';
import { annotateCommand } from './annotate';
import { exportCommand } from './export';
import { gitSetupCommand } from './gitSetup';
import { mergeAnnotationCommand } from './mergeAnnotation';
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
  sourcesCommand,
  bibliographyCommand,
  // transliteration
  translitCommand,
  detectCommand,
  // officials, argument, annotations
  searchCommand,
  outlineCommand,
  annotateCommand,
  anchorCommand,
  exportCommand,
  // sharing annotations through git
  gitSetupCommand,
  mergeAnnotationCommand,
];
