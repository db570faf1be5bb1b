// Resolves a curated argument against the current text of its article: every quote is anchored (exactly,
// or approximately after edits); a quote that no longer matches leaves its point unanchored rather than
// failing the outline. Sections are matched to the article's headings by title; an untitled one to the
// untitled stretch that holds its claims.
import { anchorQuote } from '../anchoring';
import type { DocumentIndex } from '../document/documentIndex';
import type { Range } from '../text/range';
import { articleSegments, type Segment } from './articleSegments';
import type { CuratedArgument, CuratedStatement, Quote } from './curatedArgument';
import { bodyEnd } from './derivedOutline';
import type { Outline, OutlineClaim, OutlineSection, OutlineStatement, UnanchoredQuote } from './outline';

/** Headings compared without case, quote style, dash style or spacing differences. */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’ʼ']/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function curatedOutline(index: DocumentIndex, argument: CuratedArgument): Outline {
  const unanchored: UnanchoredQuote[] = [];
  const anchor = (quote: Quote, path: (string | number)[]): Range | null => {
    const found = anchorQuote(index.text, { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', start: -1, end: -1 });
    if (found.status === 'anchored') return index.lines.rangeOf(found.start, found.end);
    unanchored.push({ path, exact: quote.exact });
    return null;
  };
  const statement = (s: CuratedStatement, key: string): OutlineStatement => ({ text: s.text, range: anchor(s.quote, [key, 'quote']) });

  const question = statement(argument.question, 'question');
  const thesis = statement(argument.thesis, 'thesis');
  const periods = argument.periods.map((p, i) => ({
    label: p.label,
    from: p.from,
    to: p.to,
    passages: p.passages.map((q, j) => anchor(q, ['periods', i, 'passages', j])),
  }));
  const claimsBySection = argument.sections.map((s, i) =>
    s.claims.map(
      (c, j): OutlineClaim => ({
        text: c.text,
        range: anchor(c.quote, ['sections', i, 'claims', j, 'quote']),
        footnotes: c.footnotes.map(String),
        quotation: false,
      }),
    ),
  );

  const { title, segments } = articleSegments(index.lines, index.sections, bodyEnd(index));
  const used = new Set<Segment>();
  let previous = -1;
  const sections = argument.sections.map((s, i): OutlineSection => {
    const claims = claimsBySection[i];
    const segment = s.title === null ? untitledSegment(index, segments, claims, previous, used) : titledSegment(segments, s.title, used);
    if (segment) {
      used.add(segment);
      previous = segments.indexOf(segment);
    }
    return { title: segment?.title ?? s.title, range: segment?.range ?? null, claims };
  });
  return { kind: 'curated', title: argument.title ?? title, question, thesis, periods, sections, unanchored };
}

function titledSegment(segments: Segment[], title: string, used: Set<Segment>): Segment | undefined {
  const wanted = normalizeTitle(title);
  return segments.find(s => !used.has(s) && s.title !== null && normalizeTitle(s.title) === wanted);
}

/** The untitled stretch holding the section's first anchored claim, else the next unused one in order. */
function untitledSegment(
  index: DocumentIndex,
  segments: Segment[],
  claims: OutlineClaim[],
  previous: number,
  used: Set<Segment>,
): Segment | undefined {
  const first = claims.find(c => c.range)?.range;
  if (first) {
    const offset = index.lines.offsetAt(first.start);
    const holding = segments.find(s => s.title === null && s.start <= offset && offset < s.end);
    if (holding) return holding;
  }
  return segments.find((s, k) => k > previous && s.title === null && !used.has(s));
}
