// JSON written so that it diffs well in git: two-space indentation and a fixed key order (W3C keys in the
// order the specification's examples use, any others alphabetically after them).

const KEY_ORDER = [
  '@context', 'id', 'type', 'label', 'total', 'first', 'startIndex', 'items',
  'motivation', 'purpose', 'created', 'modified', 'creator', 'name', 'body', 'format', 'value',
  'target', 'source', 'selector', 'exact', 'prefix', 'suffix', 'start', 'end',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort(byRank)) if (record[key] !== undefined) out[key] = ordered(record[key]);
  return out;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(ordered(value), null, 2) + '\n';
}

/** Compact and key-ordered: equal for equal values, so it can be used to compare items. */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(ordered(value));
}
