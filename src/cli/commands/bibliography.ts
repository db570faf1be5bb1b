// `opis bibliography <files|dir…> --format csl-json|bibtex|ris`: the printed works and archival files the
// articles cite, each noting the notes that cite it.
import { bibliographyItems } from '../../core/sources';
// the command line's bundle reads the writer from dist/bibliography.js when it is first used (scripts/build.mjs)
import { formatBibliography } from '../../node/bibliography';
import { BIBLIOGRAPHY_FORMATS, type BibliographyFormat } from '../../node/bibliographyFormats';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { readRegister } from '../corpusRegister';

export const bibliographyCommand: CliCommand = {
  name: 'bibliography',
  summary: 'write the works and archival files the articles cite as CSL-JSON, BibTeX or RIS',
  usage: 'opis bibliography <files|dir…> --format csl-json|bibtex|ris [--cache DIR]',
  async run(args, io) {
    const { values, positionals } = readArgs(args, { format: { type: 'string' }, cache: { type: 'string', value: 'a folder' } });
    if (positionals.length === 0) throw new UsageError('name at least one Markdown file or folder');
    const format = values.format as BibliographyFormat | undefined;
    if (!format || !BIBLIOGRAPHY_FORMATS.includes(format)) throw new UsageError(`give --format ${BIBLIOGRAPHY_FORMATS.join('|')}`);
    const { register, nothingRead, exitCode } = await readRegister(positionals, io, 'bibliography', values.cache);
    if (nothingRead) return exitCode;
    io.stdout(formatBibliography(bibliographyItems(register.works(), register.files()), format));
    return exitCode;
  },
};
