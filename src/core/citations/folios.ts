// Folio lists of archival references: `l. 75`, `ll. 7, 23-25, 64`, `l. 12 ob.`, `ll. 12ob.-14`, `Л. 12–14 об.`,
// `l. 17a`, `ll. 82-85 (Zhdanov), 133-138`. Written back as the note has them with the spacing normalised:
// `12ob.-14`, `12-14об.`, `82-85, 133-138`.

/**
 * A folio number with its letter (`17a`) and its verso mark (`ob.`, `об.`, Ukrainian `zv.`, `зв.`, Belarusian `adv.`,
 * `адв.`, German `Rs.` for Rückseite, Polish `odw.` for odwrót).
 */
const FOLIO = String.raw`(\d+(?:[a-zа-я](?![\p{L}\d]))?)(?: ?(ob|об|zv|зв|adv|адв|Rs|odw)(?!\p{L})\.?)?`;
const ITEM = new RegExp(`${FOLIO}(?: ?[-–—] ?${FOLIO})?`, 'uy');
const ANNOTATION = / ?\([^()]{0,200}\)/y;
/** A comma, or a word joining two folios (`Л. 1 и 1 об.`, `ll. 3 and 5`), which is written back. */
const SEPARATOR = /(?:, ?| ?(и|and) ?)(?=\d)/uy;

/** The match of a sticky pattern at `at`, without copying the text. */
function at(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

export interface FolioRange {
  from: string;
  to?: string;
  /** The verso mark as written (`ob.`, `об.`, `zv.`) on the first or only folio of the item. */
  fromVerso?: string;
  toVerso?: string;
  /** The word that joins this item to the one before (`и`, `and`) where it is not a comma. */
  joiner?: string;
}

/** Reads folio items from the start of the text; stops at the first thing that is not a folio. */
export function readFolios(text: string): { items: FolioRange[]; length: number } {
  const items: FolioRange[] = [];
  let offset = 0;
  let joiner: string | undefined;
  for (;;) {
    const m = at(ITEM, text, offset);
    if (!m) break;
    items.push({ from: m[1], fromVerso: m[2] && `${m[2]}.`, to: m[3], toVerso: m[4] && `${m[4]}.`, joiner });
    offset += m[0].length;
    offset += at(ANNOTATION, text, offset)?.[0].length ?? 0;
    const sep = at(SEPARATOR, text, offset);
    if (!sep) break;
    offset += sep[0].length;
    joiner = sep[1];
  }
  return { items, length: offset };
}

export function formatFolios(items: readonly FolioRange[]): string {
  const one = (n: string, verso?: string) => `${n}${verso ?? ''}`;
  return items.map((i, k) => `${k === 0 ? '' : i.joiner ? ` ${i.joiner} ` : ', '}${i.to ? `${one(i.from, i.fromVerso)}-${one(i.to, i.toVerso)}` : one(i.from, i.fromVerso)}`).join('');
}

export function parseFolios(folios: string): FolioRange[] {
  return readFolios(folios).items;
}

/** `82-85, 133-138` → `folios 82 to 85 and 133 to 138`; `12ob.` → `folio 12 verso`. */
export function folioWords(folios: string): string {
  const items = parseFolios(folios);
  if (items.length === 0) return `folios ${folios}`;
  const one = (n: string, verso?: string) => (verso ? `${n} verso` : n);
  const parts = items.map(i => (i.to ? `${one(i.from, i.fromVerso)} to ${one(i.to, i.toVerso)}` : one(i.from, i.fromVerso)));
  const single = items.length === 1 && !items[0].to;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${single ? 'folio' : 'folios'} ${list}`;
}
