// A file git left with conflict markers (a merge without Opis's merge driver) still holds both sides whole:
// it is read as a conflict between them, never as damage.

type Part = 'both' | 'ours' | 'base' | 'theirs';

/** Each marker, the part it starts and the part it must follow. */
const MARKERS: Record<string, { from: Part[]; to: Part }> = {
  '<<<<<<<': { from: ['both'], to: 'ours' },
  '|||||||': { from: ['ours'], to: 'base' },
  '=======': { from: ['ours', 'base'], to: 'theirs' },
  '>>>>>>>': { from: ['theirs'], to: 'both' },
};

/** Our side and their side of a text with git conflict markers; undefined when it has none, or broken ones. */
export function splitConflict(text: string): { ours: string; theirs: string } | undefined {
  if (!/^<{7}(?: |\r?$)/m.test(text)) return undefined;
  const ours: string[] = [];
  const theirs: string[] = [];
  let part: Part = 'both';
  for (const line of text.split(/(?<=\n)/)) {
    const marker = /^(<{7}|\|{7}|={7}|>{7})(?: |\r?\n|$)/.exec(line)?.[1];
    if (marker !== undefined) {
      const { from, to } = MARKERS[marker];
      if (!from.includes(part)) return undefined;
      part = to;
      continue;
    }
    if (part === 'both' || part === 'ours') ours.push(line);
    if (part === 'both' || part === 'theirs') theirs.push(line);
  }
  return part === 'both' ? { ours: ours.join(''), theirs: theirs.join('') } : undefined;
}
