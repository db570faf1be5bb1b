// The Argument view's items, built from an outline: Question, Thesis, Periods (a timeline of passages) and
// the sections with their claims and the notes that carry them. Plain data, so the provider stays thin.
import type { DocumentIndex } from '../../core/document';
import type { Outline, OutlineClaim, OutlineSection } from '../../core/argument';
import type { Range } from '../../core/text/range';

export type ArgumentNodeKind = 'question' | 'thesis' | 'periods' | 'period' | 'passage' | 'section' | 'claim' | 'note';

export interface ArgumentNode {
  /** Stable within one outline, e.g. `section/2/claim/1`. */
  id: string;
  kind: ArgumentNodeKind;
  label: string;
  description?: string;
  /** Plain text shown on hover. */
  tooltip?: string;
  /** A note's text as safe Markdown (escaped by the document index), shown on hover. */
  noteMarkdown?: string;
  /** Where clicking goes; null for a point whose quote no longer matches. */
  range: Range | null;
  unanchored: boolean;
  quotation: boolean;
  parent?: ArgumentNode;
  children: ArgumentNode[];
}

/** What the tree shows for a note: its archive (or, for a printed source, its opening words). */
export type NoteSummary = (label: string) => string | undefined;

const PREVIEW = 60;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

function node(partial: Omit<ArgumentNode, 'children' | 'unanchored' | 'quotation'> & Partial<ArgumentNode>): ArgumentNode {
  const made: ArgumentNode = { children: [], unanchored: partial.range === null, quotation: false, ...partial };
  for (const child of made.children) child.parent = made;
  return made;
}

function sectionLabel(section: OutlineSection, i: number, count: number): string {
  if (section.title !== null) return section.title;
  return i === 0 ? 'Introduction' : i === count - 1 ? 'Conclusion' : 'Untitled section';
}

export class ArgumentTree {
  readonly roots: ArgumentNode[];
  private readonly bySection = new Map<OutlineSection, ArgumentNode>();
  private readonly byClaim = new Map<OutlineClaim, ArgumentNode>();

  constructor(outline: Outline, index: DocumentIndex, summary: NoteSummary) {
    const passageText = (r: Range) => preview(index.text.slice(index.lines.offsetAt(r.start), index.lines.offsetAt(r.end)));
    const noteNode = (label: string, id: string): ArgumentNode => {
      const def = index.definition(label);
      return node({
        id,
        kind: 'note',
        label: `Note ${label}`,
        description: def ? summary(label) : 'not in the article',
        noteMarkdown: def?.markdown,
        range: def?.range ?? null,
      });
    };
    const sections = outline.sections.map((section, i) => {
      const claims = section.claims.map((claim, j) => {
        const id = `section/${i}/claim/${j}`;
        const made = node({
          id,
          kind: 'claim',
          label: claim.text,
          description: claim.range ? claim.footnotes.map(n => `n. ${n}`).join(', ') : 'unanchored: its quote no longer matches',
          tooltip: claim.text,
          range: claim.range,
          quotation: claim.quotation,
          children: claim.footnotes.map(label => noteNode(label, `${id}/note/${label}`)),
        });
        this.byClaim.set(claim, made);
        return made;
      });
      const made = node({
        id: `section/${i}`,
        kind: 'section',
        label: sectionLabel(section, i, outline.sections.length),
        description: section.title === null ? 'untitled' : undefined,
        range: section.range,
        children: claims,
      });
      this.bySection.set(section, made);
      return made;
    });

    const head: ArgumentNode[] = [];
    for (const [kind, statement] of [['question', outline.question], ['thesis', outline.thesis]] as const) {
      if (!statement) continue;
      // A derived outline's question and thesis are proposed from the introduction, not the reader's own.
      const label = `${kind === 'question' ? 'Question' : 'Thesis'}${outline.kind === 'derived' ? ' (proposed)' : ''}`;
      head.push(node({ id: kind, kind, label, description: statement.text, tooltip: statement.text, range: statement.range }));
    }
    if (outline.periods.length) {
      const periods = outline.periods.map((p, i) =>
        node({
          id: `period/${i}`,
          kind: 'period',
          label: `${p.from}–${p.to}`,
          description: p.label,
          tooltip: `${p.from}–${p.to}: ${p.label}`,
          range: p.passages.find(r => r) ?? null,
          children: p.passages.map((r, j) =>
            node({ id: `period/${i}/passage/${j}`, kind: 'passage', label: r ? passageText(r) : 'unanchored passage', range: r }),
          ),
        }),
      );
      head.push(node({ id: 'periods', kind: 'periods', label: 'Periods', description: `${periods.length}`, range: null, unanchored: false, children: periods }));
    }
    this.roots = [...head, ...sections];
  }

  sectionNode(section: OutlineSection | undefined): ArgumentNode | undefined {
    return section && this.bySection.get(section);
  }

  claimNode(claim: OutlineClaim | undefined): ArgumentNode | undefined {
    return claim && this.byClaim.get(claim);
  }
}
