// Index of the last element that satisfies `test`, or -1 (Array.prototype.findLastIndex needs ES2023).
export function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
