// Whether two texts read the same, case and spacing aside: a title set again above the text is not a heading.
export const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
