// Arrays of any length taken item by item: spread over a call's arguments, the lines of a long text overflow the stack.

export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The largest of `values`, or `least` when none is larger (Math.max over them, without the spread). */
export function largest(values: Iterable<number>, least = -Infinity): number {
  let max = least;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values` (Math.min over them, without the spread). */
export function smallest(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  return min;
}
