// The bibliography writer of the desktop extension host, loaded when first used: citation-js (some 300 KiB) is
// bundled on its own (dist/bibliography.js, built from ./bibliography.ts) and read when a bibliography is exported,
// not each time the extension starts.
import type { CslItem } from '../core/sources';
import type { formatBibliography } from './bibliography';
import type { BibliographyFormat } from './bibliographyFormats';

export function lazyFormatBibliography(bundle: string): typeof formatBibliography {
  let loaded: typeof formatBibliography | undefined;
  return (items: readonly CslItem[], format: BibliographyFormat) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle beside the extension's, named at run time
    loaded ??= (require(bundle) as { formatBibliography: typeof formatBibliography }).formatBibliography;
    return loaded(items, format);
  };
}
