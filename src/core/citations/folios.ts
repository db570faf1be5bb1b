// Folio lists of archival references: `l. 75`, `ll. 7, 23-25, 64`, `l. 12 ob.`, `ll. 82-85 (Zhdanov), 133-138`.

const ITEM = /^(\d+)(\s*ob\.?)?(?:\s*[-–—]\s*(\d+)(\s*ob\.?)?)?/;

export interface FolioRange {
  from: string;
  to?: string;
  /** `ob.` (verso) on the first or only folio of the item. */
  fromVerso?: boolean;
  toVerso?: boolean;
}

/** Reads folio items from the start of the text; stops at the first thing that is not a folio. */
export function readFolios(text: string): { items: FolioRange[]; length: number } {
  const items: FolioRange[] = [];
  let rest = text;
  let consumed = 0;
  for (;;) {
    const m = ITEM.exec(rest);
    if (!m) break;
    items.push({ from: m[1], to: m[3], fromVerso: !!m[2] || undefined, toVerso: !!m[4] || undefined });
    let used = m[0].length;
    const note = /^\s*\([^()]*\)/.exec(rest.slice(used));
    if (note) used += note[0].length;
    consumed += used;
    const sep = /^,\s*(?=\d)/.exec(rest.slice(used));
    if (!sep) break;
    consumed += sep[0].length;
    rest = rest.slice(used + sep[0].length);
  }
  return { items, length: consumed };
}

export function formatFolios(items: readonly FolioRange[]): string {
  const one = (n: string, verso?: boolean) => (verso ? `${n} ob.` : n);
  return items.map(i => (i.to ? `${one(i.from, i.fromVerso)}-${one(i.to, i.toVerso)}` : one(i.from, i.fromVerso))).join(', ');
}

export function parseFolios(folios: string): FolioRange[] {
  return readFolios(folios).items;
}

/** `82-85, 133-138` → `folios 82 to 85 and 133 to 138`; `12 ob.` → `folio 12 verso`. */
export function folioWords(folios: string): string {
  const items = parseFolios(folios);
  if (items.length === 0) return `folios ${folios}`;
  const one = (n: string, verso?: boolean) => (verso ? `${n} verso` : n);
  const parts = items.map(i => (i.to ? `${one(i.from, i.fromVerso)} to ${one(i.to, i.toVerso)}` : one(i.from, i.fromVerso)));
  const single = items.length === 1 && !items[0].to;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${single ? 'folio' : 'folios'} ${list}`;
}
