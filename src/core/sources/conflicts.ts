// One delo cited under different opis': delo numbers restart in each opis', so that alone is normal; it is a
// likely slip only when the two references also give the same title or the same folios.
import { compareFiles, words as normal } from './register';
import type { SourceConflict, SourceFile } from './types';

function shared(a: SourceFile, b: SourceFile): SourceConflict['shared'] | undefined {
  const titles = new Set(a.titles.map(normal));
  if (b.titles.some(t => titles.has(normal(t)))) return 'title';
  const folios = new Set(a.notes.map(n => n.folios).filter(Boolean));
  return b.notes.some(n => n.folios && folios.has(n.folios)) ? 'folios' : undefined;
}

export function sourceConflicts(files: readonly SourceFile[]): SourceConflict[] {
  const byDelo = new Map<string, SourceFile[]>();
  for (const f of files) {
    const key = [f.archiveCurrent ?? f.archive, f.fond, f.delo, f.tom ?? ''].map(normal).join('|');
    byDelo.set(key, [...(byDelo.get(key) ?? []), f]);
  }
  const found: SourceConflict[] = [];
  for (const group of byDelo.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const what = normal(a.opis ?? '') !== normal(b.opis ?? '') ? shared(a, b) : undefined;
        if (what) found.push({ archive: a.archiveCurrent ?? a.archive, fond: a.fond, delo: a.delo, files: [a, b].sort(compareFiles), shared: what });
      }
    }
  }
  return found;
}
