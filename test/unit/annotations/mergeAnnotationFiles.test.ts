import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { annotationToW3c, mergeAnnotationFiles, parseEntry, serializeEntry, type Annotation } from '../../../src/core/annotations';
import { runCli } from '../cliHarness';

const base: Annotation = {
  id: 'urn:uuid:x',
  source: 'article.md',
  quote: { exact: 'Kabakov', prefix: '', suffix: '' },
  position: { start: 10, end: 17 },
  note: 'first reading',
  tags: [],
  category: 'Note',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  creator: 'Olga',
  replies: [],
};
const fileOf = (a: Annotation | undefined) => ({ bytes: new TextEncoder().encode(a ? serializeEntry(a.id, { versions: [annotationToW3c(a)] }) : ''), file: 'f.json' });
const edited = (note: string, modified: string): Annotation => ({ ...base, note, modified });
const notesOf = (text: string) => {
  const read = parseEntry(new TextEncoder().encode(text), 'merged');
  assert.ok(read.ok);
  return read.value.entry.versions.map(v => (v.body as { purpose: string; value: string }[]).find(b => b.purpose === 'commenting')?.value);
};

describe('merging one annotation file three ways (the git merge driver)', () => {
  it('takes the side that changed, or the change both sides made', () => {
    const ours = edited('Olga again', '2024-02-01T00:00:00.000Z');
    for (const [mine, theirs] of [[ours, base], [base, ours], [ours, ours]]) {
      const merged = mergeAnnotationFiles(fileOf(base), fileOf(mine), fileOf(theirs));
      assert.ok(merged.ok);
      assert.deepEqual([notesOf(merged.text), merged.conflict], [['Olga again'], false]);
    }
  });

  it('keeps both versions as a conflict document when both sides changed it differently, or both added it', () => {
    const ours = edited('Olga', '2024-02-01T00:00:00.000Z');
    const theirs = edited('Boris', '2024-03-01T00:00:00.000Z');
    for (const ancestor of [base, undefined]) {
      const merged = mergeAnnotationFiles(fileOf(ancestor), fileOf(ours), fileOf(theirs));
      assert.ok(merged.ok);
      assert.equal(JSON.parse(merged.text).type, 'AnnotationConflict');
      assert.deepEqual([notesOf(merged.text), merged.conflict], [['Olga', 'Boris'], true], 'ours first, never the later one alone');
    }
  });

  it('opis merge-annotation writes the result into <ours> and exits 0; a side that is no annotation file is left to git', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-merge-'));
    try {
      writeFileSync(path.join(dir, 'O'), fileOf(base).bytes);
      writeFileSync(path.join(dir, 'A'), fileOf(edited('Olga', '2024-02-01T00:00:00.000Z')).bytes);
      writeFileSync(path.join(dir, 'B'), fileOf(edited('Boris', '2024-03-01T00:00:00.000Z')).bytes);
      const run = await runCli(['merge-annotation', 'O', 'A', 'B'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.deepEqual(notesOf(readFileSync(path.join(dir, 'A'), 'utf8')), ['Olga', 'Boris']);
      writeFileSync(path.join(dir, 'B'), '<html>not an annotation</html>');
      const ours = readFileSync(path.join(dir, 'A'));
      const broken = await runCli(['merge-annotation', 'O', 'A', 'B'], { cwd: dir });
      assert.equal(broken.code, 1);
      assert.match(broken.stderr, /B: not valid JSON.*left to git as a conflict/);
      assert.deepEqual(readFileSync(path.join(dir, 'A')), ours);
      assert.equal((await runCli(['merge-annotation', 'O', 'A'], { cwd: dir })).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
