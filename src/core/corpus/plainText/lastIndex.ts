// Index of the last element that satisfies `test`, or -1 (Array.prototype.findLastIndex needs ES2023).
export function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** For each index, the last index before it whose item satisfies `test`, or -1: in one pass. */
export function lastIndexesBefore<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  const before: number[] = [];
  let last = -1;
  items.forEach((item, i) => {
    before.push(last);
    if (test(item)) last = i;
  });
  return before;
}
