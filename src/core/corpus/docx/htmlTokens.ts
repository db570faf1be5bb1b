// The HTML a Word converter writes, as a flat list of tags and text: elements are closed and attributes quoted,
// so a tokenizer serves where a browser's parser does not exist (the core runs in every host).

export type HtmlToken = { kind: 'open'; tag: string; attrs: Record<string, string> } | { kind: 'close'; tag: string } | { kind: 'text'; text: string };

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)(?:="([^"]*)")?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlTokens(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  for (const m of html.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      out.push({ kind: 'text', text: decodeEntities(m[5]) });
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1] === '/') {
      out.push({ kind: 'close', tag });
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(ATTR)) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? '');
    out.push({ kind: 'open', tag, attrs });
    if (m[4] === '/' || tag === 'br' || tag === 'img') out.push({ kind: 'close', tag });
  }
  return out;
}
