// The folios of one archival file cited across notes, merged: `12-14` and `14ob.-16` give `12-16`. Each leaf has
// two sides, so a recto n is position 2n and its verso 2n+1; a range ending on a recto is taken to run on to the
// next leaf (`12-13` and `14` are one run), as historians write a run of leaves. Folios with a letter (`17a`) and
// lists the parser could not read are kept as written, after the numbered ones.
import { parseFolios, type FolioRange } from '../citations';

interface Span {
  start: number;
  end: number;
}

const position = (n: string, verso?: string) => 2 * Number(n) + (verso ? 1 : 0);

function spanOf(item: FolioRange): Span | undefined {
  if (!/^\d+$/.test(item.from) || (item.to !== undefined && !/^\d+$/.test(item.to))) return undefined;
  const start = position(item.from, item.fromVerso);
  const end = item.to === undefined ? position(item.from, item.fromVerso) : position(item.to, item.toVerso);
  return end >= start ? { start, end } : undefined;
}

export class FolioSet {
  private spans: Span[] = [];
  private readonly asWritten: string[] = [];
  /** The verso mark the notes use (`ob.`, `об.`, `zv.`), the first one met. */
  private verso?: string;

  add(folios: string): void {
    const items = parseFolios(folios);
    if (items.length === 0) this.keep(folios);
    for (const item of items) {
      const mark = item.fromVerso ?? item.toVerso;
      this.verso ??= mark;
      const span = spanOf(item);
      if (span) this.spans.push(span);
      else this.keep(item.to ? `${item.from}${item.fromVerso ?? ''}-${item.to}${item.toVerso ?? ''}` : `${item.from}${item.fromVerso ?? ''}`);
    }
  }

  private keep(written: string): void {
    if (!this.asWritten.includes(written)) this.asWritten.push(written);
  }

  /** `12ob.-14, 20, 17a`: merged runs in order, then what is kept as written. */
  toString(): string {
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const runs: Span[] = [];
    for (const span of sorted) {
      const last = runs[runs.length - 1];
      // A run reaches the next leaf when it ends on a verso, or on a recto (its verso taken with it).
      const reach = last && (last.end % 2 === 0 ? last.end + 2 : last.end + 1);
      if (last && span.start <= reach) last.end = Math.max(last.end, span.end);
      else runs.push({ ...span });
    }
    const side = (p: number) => `${Math.floor(p / 2)}${p % 2 ? this.verso ?? 'ob.' : ''}`;
    const numbered = runs.map(r => (r.start === r.end ? side(r.start) : `${side(r.start)}-${side(r.end)}`));
    return [...numbered, ...this.asWritten].join(', ');
  }
}
