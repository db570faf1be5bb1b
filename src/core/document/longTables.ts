// Where a long GFM table is cut into pieces. A table is one block, and the parser spends several times as long
// on a cell as on a word of prose: a data appendix of thousands of rows held the host's thread for seconds. Rows
// are parsed alone, cell by cell, against the header's columns, so a piece that starts at a row is parsed after
// the table's header and delimiter rows (which are then dropped) and reads exactly as in the whole table.

import { MAX_CELLS } from './wideRows';

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** The cells of a table row, split at pipes that are not escaped (GFM splits at them even inside code). */
function cells(line: string): string[] {
  const found: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && (line[i + 1] === '|' || line[i + 1] === '\\')) cell += c + line[++i];
    else if (c === '|') {
      found.push(cell);
      cell = '';
    } else cell += c;
  }
  found.push(cell);
  // a leading and a trailing pipe open and close the row
  if (found.length > 1 && found[0].trim() === '') found.shift();
  if (found.length > 1 && found[found.length - 1].trim() === '') found.pop();
  return found;
}

/**
 * Whether `header` and `delimiter`, a block's first two lines, open a table that rows may be cut from: the header
 * written with a leading pipe at the margin, and a delimiter row of as many cells, each of dashes (no more than
 * MAX_CELLS: a wider one is read as text, see ./wideRows).
 */
export function opensTable(header: string, delimiter: string): boolean {
  if (!/^ {0,3}\|/.test(header) || !/^ {0,3}[|:-]/.test(delimiter) || !delimiter.includes('|')) return false;
  const columns = cells(delimiter.trim());
  return columns.length <= MAX_CELLS && columns.every(cell => DELIMITER_CELL.test(cell)) && cells(header.trim()).length === columns.length;
}

/** A row written with a leading pipe at the margin: inside a table, it can only be the table's next row. */
export const isTableRow = (line: string): boolean => /^ {0,3}\|/.test(line);
