// Short names a note defines for what it cites (`B. I. Nicolaevsky’s collection (hereafter Nicolaevsky’s collection), box
// 392, folder 4`), and a later note that repeats the same item under that name (`Nicolaevsky’s collection, box 392,
// folder 4.`): the later note cites again what the defining note cites. Another item under the same name (`Nicolaevsky’s
// collection, N. Valentinov-Volsky collection, box 4`) is a citation of its own, not a repeat.

/** `(hereafter X)`, `(henceforth cited as X)`, `(далее — X)`, and the item that follows it up to the sentence's end. */
const DEFINITION = /\((?:hereafter|henceforth|hereinafter|далее)(?: cited as| as)?[:,]? ?(?:[—–-] ?)?([^()]{2,60}?)\)[,:]? ?([^]*)$/iu;

/** The item a reference names after its collection: up to the first full stop that ends a sentence. */
function itemOf(text: string): string {
  const end = /\.(?:\s|$)/u.exec(text);
  return (end ? text.slice(0, end.index) : text).replace(/^[\s,:;]+/u, '').trim();
}

export interface ShortName {
  name: string;
  item: string;
  label: string;
}

export function definedShortName(text: string, label: string): ShortName | undefined {
  const m = DEFINITION.exec(text);
  const item = m ? itemOf(m[2]) : '';
  return m && item ? { name: m[1].trim(), item, label } : undefined;
}

/** The note a text repeats under a short name an earlier note defined, with the same item after the name. */
export function repeatedUnder(text: string, names: readonly ShortName[]): string | undefined {
  const trimmed = text.trim();
  for (let i = names.length - 1; i >= 0; i--) {
    const { name, item, label } = names[i];
    if (trimmed.startsWith(name) && /^[,:]/u.test(trimmed.slice(name.length)) && itemOf(trimmed.slice(name.length)) === item) return label;
  }
  return undefined;
}
