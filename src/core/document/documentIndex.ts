// The parsed shape of one Markdown document and the lookups features need, answered without re-parsing.
import { LineIndex, type Position } from '../text/range';
import { normalizeLabel } from './chunks';
import type { FootnoteDefinition, FootnoteReference, LongBlock, Paragraph, Section } from './types';

/** Last item whose start is at or before offset, by binary search over items sorted by start. */
function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = items[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export class DocumentIndex {
  private readonly definitionsById = new Map<string, FootnoteDefinition>();
  private readonly referencesById = new Map<string, FootnoteReference[]>();
  private readonly derived = new Map<unknown, unknown>();

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly sections: readonly Section[],
    readonly paragraphs: readonly Paragraph[],
    /** Every reference in document order, including `[^x]` with no definition (`defined: false`). */
    readonly references: readonly FootnoteReference[],
    /** Every definition in document order; a repeated label keeps all of them here. */
    readonly definitions: readonly FootnoteDefinition[],
    /** Paragraphs and notes parsed in pieces because of their length; emphasis or a link across a cut is lost. */
    readonly longBlocks: readonly LongBlock[] = [],
  ) {
    for (const d of definitions) if (!this.definitionsById.has(d.identifier)) this.definitionsById.set(d.identifier, d);
    for (const r of references) {
      const list = this.referencesById.get(r.identifier);
      if (list) list.push(r);
      else this.referencesById.set(r.identifier, [r]);
    }
  }

  /** The definition a label refers to (the first one, as Markdown renderers do). */
  definition(label: string): FootnoteDefinition | undefined {
    return this.definitionsById.get(normalizeLabel(label));
  }

  referencesTo(label: string): readonly FootnoteReference[] {
    return this.referencesById.get(normalizeLabel(label)) ?? [];
  }

  referenceAt(position: Position): FootnoteReference | undefined {
    const offset = this.lines.offsetAt(position);
    const ref = lastStartingAtOrBefore(this.references, offset);
    return ref && offset <= ref.end ? ref : undefined;
  }

  definitionAt(position: Position): FootnoteDefinition | undefined {
    const offset = this.lines.offsetAt(position);
    const def = lastStartingAtOrBefore(this.definitions, offset);
    return def && offset <= def.end ? def : undefined;
  }

  /** True when the position is on the `[^label]` marker that opens a definition. */
  onDefinitionLabel(position: Position): FootnoteDefinition | undefined {
    const def = this.definitionAt(position);
    if (!def) return undefined;
    const offset = this.lines.offsetAt(position);
    return offset <= this.lines.offsetAt(def.labelRange.end) ? def : undefined;
  }

  /** The innermost section around the position: sections nest, so the last one starting before it that still spans it. */
  sectionAt(position: Position): Section | undefined {
    const offset = this.lines.offsetAt(position);
    let best: Section | undefined;
    for (const s of this.sections) {
      if (s.start > offset) break;
      if (offset < s.end || (offset === s.end && s.end === this.text.length)) best = s;
    }
    return best;
  }

  /**
   * Notes in reading order: by number when every label is a number (definitions may be placed anywhere),
   * otherwise in document order. Repeated labels appear once.
   */
  notes(): FootnoteDefinition[] {
    const unique = [...this.definitionsById.values()];
    if (unique.every(d => /^\d+$/.test(d.label))) unique.sort((a, b) => Number(a.label) - Number(b.label));
    return unique;
  }

  /** What `memo` keeps for `key`, if it has computed it. */
  memoized<T>(key: object): T | undefined {
    return this.derived.get(key) as T | undefined;
  }

  /** Data derived from this index (citations, diagnostics…), computed once per document version. */
  memo<T>(key: object, compute: (index: DocumentIndex) => T): T {
    if (!this.derived.has(key)) this.derived.set(key, compute(this));
    return this.derived.get(key) as T;
  }
}
