// Moving an annotation, with its replies, from one store to another (the shared store in the repository and a
// reader's private one). The copy is written first and the original removed only once the copy is saved, so a
// failure at any step leaves the annotation where it was, and at worst in both stores: never in neither.
import type { AnnotationStore, StoreStatus } from './annotationStore';
import type { Annotation } from './model';

export type MoveResult = { ok: true; annotation: Annotation } | { ok: false; message: string };

/** Saves, turning a thrown failure (a folder in the way, no permission) into a status. */
async function saved(store: AnnotationStore): Promise<StoreStatus> {
  try {
    return await store.save();
  } catch (err) {
    return { ok: false, messages: [`${store.file}: ${err instanceof Error ? err.message : String(err)}`] };
  }
}

export async function moveAnnotation(from: AnnotationStore, to: AnnotationStore, id: string): Promise<MoveResult> {
  const annotation = from.get(id);
  if (!annotation) return { ok: false, message: `${id} is not in ${from.file}` };
  const ids = new Set([id, ...annotation.replies.map(r => r.id)]);
  // Only one version of a conflict is in the annotation: moving it would drop the others.
  if (from.conflicts().some(c => ids.has(c.id))) return { ok: false, message: 'it was changed in two places; resolve the conflict first, so that no version is lost' };
  const { added, present } = to.restore([annotation]);
  const copied = await saved(to);
  if (!copied.ok) {
    for (const a of added) to.remove(a.id);
    return { ok: false, message: `not moved, it stays where it was: ${copied.messages.join('; ')}` };
  }
  const original = structuredClone(annotation);
  from.remove(id);
  const removed = await saved(from);
  if (!removed.ok) {
    from.restore([original]);
    return { ok: false, message: `copied to ${to.file} but not removed from ${from.file}, so it is in both: ${removed.messages.join('; ')}` };
  }
  return { ok: true, annotation: added[0] ?? present[0] };
}
