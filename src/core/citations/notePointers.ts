// A reference that names the note holding the full one instead of repeating it: `Fitzpatrick, supra n. 12, at 50`,
// `see note 12 above`, `above, n. 12`, `см. прим. 12`. It stands for what that note cites.

const POINTER =
  /(?<![\p{L}])(?:supra,? (?:at )?(?:n\.|nn\.|notes?) ?(\d+)|(?:notes?|n\.) (\d+),? (?:above|supra)|above,? (?:at )?(?:n\.|notes?) ?(\d+)|(?:прим\.|примеч\.|примечание|сноск[уа]) (\d+)(?= выше|[.,;)]|$))/iu;
/** The page after the pointer: `, at 50`, `, p. 50`, `. С. 50`. */
const PAGE_AFTER = /^[.,]? ?(?:at|pp?\.|с\.) ?(\d+(?:[–-]\d+)?)/iu;

export interface NotePointer {
  label: string;
  pages?: string;
}

export function notePointer(text: string): NotePointer | undefined {
  const m = POINTER.exec(text);
  if (!m) return undefined;
  const label = m.slice(1).find(g => g !== undefined) as string;
  const pages = PAGE_AFTER.exec(text.slice(m.index + m[0].length))?.[1];
  return pages === undefined ? { label } : { label, pages };
}
