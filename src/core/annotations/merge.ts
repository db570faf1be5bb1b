// Three-way merge of annotation sets, item by item (annotations and replies each have an id): a store
// changed on disk by someone else is combined with the changes made here instead of being overwritten.
// Nobody's note is dropped: an edit beats a deletion, and when both sides edited the same item the later
// `modified` wins.
import { canonicalKey } from './canonicalJson';
import type { AnnotationSet } from './model';
import { itemsToSet, setToItems } from './w3c';

type Item = Record<string, unknown>;

function byId(set: AnnotationSet): Map<string, { item: Item; key: string }> {
  const map = new Map<string, { item: Item; key: string }>();
  setToItems(set).forEach((item, i) => {
    const id = typeof item.id === 'string' ? item.id : `#${i}:${canonicalKey(item)}`;
    map.set(id, { item, key: canonicalKey(item) });
  });
  return map;
}

const modifiedOf = (item: Item) => String(item.modified ?? item.created ?? '');

/** `base` is the store as this side last read or wrote it; `mine` is this side now; `theirs` is the disk now. */
export function mergeSets(base: AnnotationSet, mine: AnnotationSet, theirs: AnnotationSet): AnnotationSet {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const merged: Item[] = [];
  // Keep this side's order, then append what only the other side has.
  const ids = [...m.keys(), ...[...t.keys()].filter(id => !m.has(id))];
  for (const id of ids) {
    const was = b.get(id);
    const ours = m.get(id);
    const other = t.get(id);
    const changedHere = !was || !ours || ours.key !== was.key;
    const changedThere = !was || !other || other.key !== was.key;
    let pick: Item | undefined;
    if (ours && other) pick = !changedThere ? ours.item : !changedHere ? other.item : modifiedOf(other.item) > modifiedOf(ours.item) ? other.item : ours.item;
    else if (ours) pick = was && !changedHere ? undefined : ours.item; // deleted there, unless edited here
    else if (other) pick = was && !changedThere ? undefined : other.item; // deleted here, unless edited there
    if (pick) merged.push(pick);
  }
  return itemsToSet(merged);
}
