// The measure of printed lines from their estimated widths. Lines pdftotext ran on at a line-end hyphen hold more
// than one printed line: where a typesetter hyphenates (TeX), so many that the widest tenth would be theirs. A line
// far wider than most is left out before the measure is taken.

/** A line this much wider than most holds two printed lines, run on at a hyphen. */
const RUN_ON = 1.25;

/** The width the tenth widest of the printed lines reaches; `widths` sorted ascending. */
export function printedMeasure(widths: number[]): number | undefined {
  const most = widths[Math.floor(widths.length * 0.75)] ?? 0;
  const printed = widths.filter(w => w <= most * RUN_ON);
  return printed[Math.floor(printed.length * 0.9)];
}
