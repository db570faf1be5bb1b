// An extraction whose notes were not found, or too few of them, is refused: the rest of the notes' texts would stand
// in the text. Each refusal says in one sentence why and what to do instead.
import { ImportError } from '../importer';
import { splitPages } from './pages';
import { loneMarkedNumbers } from './raisedNoteNumbers';
import type { PlainTextLayout } from './readPlainText';

/** Fewer lone numbers than this, their markers in the text above, may be a table's or a list's. */
const MIN_APART = 3;
/** Fewer markers than this in sequence may be numbers of the text's own (`Article 58`, `1 May`). */
const MIN_REFERRED = 3;

const REMEDY: Record<PlainTextLayout, string> = {
  pdftotext: 'extract the PDF again with pdftotext -layout, which keeps the columns and the notes of a page apart, or import the PDF itself',
  'pdftotext-layout': 'import the PDF itself, whose type sizes and positions tell the notes from the text',
  pandoc: 'import the document it was converted from',
};

/**
 * Refuses an extraction in which `found` notes were read though the text refers to `referred`: when none was read,
 * only where the text's markers show it is an article.
 */
export function refuseMissedNotes(text: string, layout: PlainTextLayout, found: number, referred: number): void {
  if (found === 0 && numbersApart(text, layout)) {
    throw new ImportError(
      "no notes found in the layout of pdftotext, whose notes' raised numbers stand on lines of their own, apart from their texts: extract the PDF again with pdftotext -layout, which keeps each number above its note, or import the PDF itself",
    );
  }
  if (found === 0 && referred >= MIN_REFERRED) throw new ImportError(`no notes found in the layout of ${layout}, though the text refers to ${referred}: ${REMEDY[layout]}`);
  if (found > 0 && referred > 2 * found) throw new ImportError(`only ${found} of the ${referred} notes the text refers to were found in the layout of ${layout}: ${REMEDY[layout]}`);
}

/** Whether pdftotext without -layout wrote the notes' raised numbers apart from their texts. */
function numbersApart(text: string, layout: PlainTextLayout): boolean {
  return layout === 'pdftotext' && splitPages(text).reduce((n, lines) => n + loneMarkedNumbers(lines).length, 0) >= MIN_APART;
}
