// Answers "where in the argument is the cursor?" and "which claim comes next?" by binary search over the
// outline's anchored ranges, so following the cursor costs O(log n) per move.
import type { Position } from '../text/range';
import type { Outline, OutlineClaim, OutlineSection } from './outline';

export interface OutlineLocation {
  section: OutlineSection | undefined;
  /** The last anchored claim of that section starting at or before the position. */
  claim: OutlineClaim | undefined;
}

interface Entry<T> {
  start: Position;
  item: T;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Index of the last entry starting at or before `p`, or -1. */
function lastAtOrBefore<T>(entries: Entry<T>[], p: Position): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(p, entries[mid].start)) hi = mid - 1;
    else {
      found = mid;
      lo = mid + 1;
    }
  }
  return found;
}

function sorted<T>(entries: Entry<T>[]): Entry<T>[] {
  return entries.sort((a, b) => (before(a.start, b.start) ? -1 : before(b.start, a.start) ? 1 : 0));
}

export class OutlineLocator {
  private readonly sections: Entry<OutlineSection>[];
  private readonly claims: Entry<{ claim: OutlineClaim; section: OutlineSection }>[];

  constructor(outline: Outline) {
    this.sections = sorted(outline.sections.flatMap(s => (s.range ? [{ start: s.range.start, item: s }] : [])));
    this.claims = sorted(
      outline.sections.flatMap(section =>
        section.claims.flatMap(claim => (claim.range ? [{ start: claim.range.start, item: { claim, section } }] : [])),
      ),
    );
  }

  locate(position: Position): OutlineLocation {
    const started = this.sections[lastAtOrBefore(this.sections, position)]?.item;
    // Past the end of the last section (e.g. in the notes) the cursor is in no section.
    const section = started?.range && before(started.range.end, position) ? undefined : started;
    const candidate = this.claims[lastAtOrBefore(this.claims, position)]?.item;
    return { section, claim: candidate && candidate.section === section ? candidate.claim : undefined };
  }

  /** The first anchored claim starting after `position`. */
  next(position: Position): OutlineClaim | undefined {
    return this.claims[lastAtOrBefore(this.claims, position) + 1]?.item.claim;
  }

  /** The last anchored claim starting before `position` (not the one the cursor is at the start of). */
  previous(position: Position): OutlineClaim | undefined {
    let i = lastAtOrBefore(this.claims, position);
    if (i >= 0) {
      const start = this.claims[i].start;
      if (start.line === position.line && start.character === position.character) i--;
    }
    return this.claims[i]?.item.claim;
  }
}
