// The bibliography written out by citation-js from the register's CSL-JSON items: CSL-JSON, BibTeX or RIS.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../core/sources';
import type { BibliographyFormat } from './bibliographyFormats';

const OUTPUT: Record<BibliographyFormat, string> = { 'csl-json': 'data', bibtex: 'bibtex', ris: 'ris' };

export function formatBibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  const text = new Cite(items).format(OUTPUT[format], { format: 'text' });
  return text.endsWith('\n') ? text : `${text}\n`;
}
