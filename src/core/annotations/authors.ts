// Who wrote what: annotations filtered by their creator (a group's export of one reader's notes).
import type { Annotation } from './model';

/** The annotations `name` wrote, each with its whole conversation (replies by anyone). */
export function byAuthor(annotations: readonly Annotation[], name: string): Annotation[] {
  return annotations.filter(a => a.creator === name);
}

/** Every creator of an annotation or reply, sorted. */
export function authorsOf(annotations: readonly Annotation[]): string[] {
  const names = annotations.flatMap(a => [a.creator, ...a.replies.map(r => r.creator)]).filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}
