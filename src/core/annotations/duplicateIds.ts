// Two items sharing an id are two annotations: both are kept, the second under an id derived from its
// content, so every reader of the same files renames it the same way.
import { canonicalKey } from './canonicalJson';

/** FNV-1a, 32 bits: short and stable, enough to tell duplicates of one id apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function duplicateId(id: string, content: unknown): string {
  return `${id}-duplicate-${hash(canonicalKey(content))}`;
}
