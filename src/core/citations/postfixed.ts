// Archival references whose marks follow their numbers, as Latvian and Kazakh archives write them: `LVVA, 1022. f.,
// 1. apr., 12. l., 5. lp.` (fonds, apraksts, lieta, lapa), `ҚР ОМА, 141-қ., 1-т., 2-іс, 5-п.` (қор, тізбе, іс, парақ).
// Read only as a whole chain that opens with the fond after an archive and goes down the levels in order; anything
// else in such a form stays unread.
import { readArchive, type ArchivalOptions } from './archive';
import type { Level } from './marks';
import type { Citation } from './types';

const MARKS: Record<string, Level> = {
  f: 'f', apr: 'op', l: 'd', lp: 'l',
  қ: 'f', қор: 'f', т: 'op', тізбе: 'op', іс: 'd', п: 'l', парақ: 'l',
};
const ORDER: readonly Level[] = ['f', 'op', 'd', 'l'];
/** A number (a folio may be a range, `5.–7.`), its full stop or hyphen, then its mark. */
const ITEM = /(\d+\p{Ll}?)(?:\.? ?[-–] ?(\d+)\.?)?(?:\. ?|-)(\p{L}{1,5})\.?(?=[,;. ]|$)/uy;
const SEPARATOR = /[,.]? /y;

function chainAt(raw: string, start: number): { fields: Partial<Citation>; end: number } | undefined {
  const fields: Partial<Citation> = {};
  let at = start;
  let level = -1;
  for (;;) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(raw);
    const next = m ? ORDER.indexOf(MARKS[m[3].toLowerCase()]) : -1;
    if (!m || next <= level || (m[2] && ORDER[next] !== 'l')) break;
    if (level === -1 && next !== 0) return undefined;
    level = next;
    const value = m[2] ? `${m[1]}-${m[2]}` : m[1];
    if (ORDER[next] === 'f') fields.fond = value;
    else if (ORDER[next] === 'op') fields.opis = value;
    else if (ORDER[next] === 'd') fields.delo = value;
    else fields.folios = value;
    at = ITEM.lastIndex;
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(raw)) at = SEPARATOR.lastIndex;
  }
  return level >= 1 ? { fields, end: at } : undefined;
}

/** The first chain of the text after an archive named before it, as one citation. */
export function readPostfixed(raw: string, options: ArchivalOptions): Citation[] {
  for (const m of raw.matchAll(/(?<![\p{L}\p{N}.-])\d/gu)) {
    const start = m.index ?? 0;
    const chain = chainAt(raw, start);
    if (!chain) continue;
    const archive = readArchive(raw.slice(0, start), true, options);
    return archive.archive ? [{ kind: 'archival', raw, ...archive, ...chain.fields }] : [];
  }
  return [];
}
