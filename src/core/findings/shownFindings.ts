// How many problems of one kind a file shows: a pathological file (one paragraph citing a note 5,000 times) would
// otherwise put thousands of diagnostics on one line, and the editor re-examines every one of them whenever the
// cursor moves there (quick fixes are asked for each move). The first of each kind are shown, the rest counted.

/** Problems of one code shown in one file; the editor itself lists no more than 1,000 a file. */
export const SHOWN_PER_CODE = 100;

export interface HiddenFindings<T> {
  code: string;
  /** How many of this code are not shown. */
  count: number;
  /** The first one not shown, where the count is reported. */
  first: T;
}

/** The first `perCode` findings of each code, in their order, and a count of the others by code. */
export function shownFindings<T extends { code: string }>(findings: readonly T[], perCode = SHOWN_PER_CODE): { shown: T[]; hidden: HiddenFindings<T>[] } {
  const counts = new Map<string, number>();
  const hidden = new Map<string, HiddenFindings<T>>();
  const shown: T[] = [];
  for (const finding of findings) {
    const n = (counts.get(finding.code) ?? 0) + 1;
    counts.set(finding.code, n);
    if (n <= perCode) shown.push(finding);
    else {
      const more = hidden.get(finding.code);
      if (more) more.count++;
      else hidden.set(finding.code, { code: finding.code, count: 1, first: finding });
    }
  }
  return { shown, hidden: [...hidden.values()] };
}

/** The sentence that stands for the findings not shown. */
export function hiddenMessage({ code, count }: HiddenFindings<unknown>, perCode = SHOWN_PER_CODE): string {
  const more = count.toLocaleString('en');
  return `${more} more “${code}” ${count === 1 ? 'problem' : 'problems'} in this file, not shown: the first ${perCode} are`;
}
