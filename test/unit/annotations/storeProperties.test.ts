// Random interleavings of several stores on one store, with damage and crashes from outside: every annotation
// added and not deleted ends on disk or in a kept copy of a damaged file.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnnotationStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';
import { FILE, FOLDER, passage, storeOn, type LayoutName } from './fixtures';

type Step =
  | { kind: 'load' | 'save' | 'add' | 'edit' | 'delete'; store: number; pick: number }
  | { kind: 'truncate' | 'corrupt' | 'outside-edit' | 'crash'; pick: number };

const storeStep = fc.record({ kind: fc.constantFrom('load', 'save', 'add', 'add', 'edit', 'delete', 'save'), store: fc.nat(3), pick: fc.nat(1000) }) as fc.Arbitrary<Step>;
const outsideStep = fc.record({ kind: fc.constantFrom('truncate', 'corrupt', 'outside-edit', 'crash'), pick: fc.nat(1000) }) as fc.Arbitrary<Step>;

function storeFiles(fs: MemoryFileSystem): string[] {
  return [...fs.files.keys()].filter(f => f === FILE || (f.startsWith(`${FOLDER}/`) && f.endsWith('.json'))).sort();
}

async function run(layout: LayoutName, count: number, steps: Step[]): Promise<void> {
  const fs = new MemoryFileSystem();
  const stores: AnnotationStore[] = Array.from({ length: count }, (_, i) => storeOn(fs, `s${i}`, Date.UTC(2024, 0, 1), layout));
  const added = new Set<string>();
  const deleted = new Set<string>();
  const quietly = (p: Promise<unknown>) => p.catch(err => assert.match(String(err), /simulated crash/));
  for (const step of steps) {
    const files = storeFiles(fs);
    const file = files[step.pick % Math.max(files.length, 1)];
    switch (step.kind) {
      case 'load':
      case 'save':
        await quietly(stores[step.store % count][step.kind]());
        break;
      case 'add':
        added.add(stores[step.store % count].add({ ...passage('the NKVD'), note: `note ${added.size}` }).id);
        break;
      case 'edit':
      case 'delete': {
        const store = stores[step.store % count];
        const target = store.annotations[step.pick % Math.max(store.annotations.length, 1)];
        if (!target) break;
        if (step.kind === 'edit') store.update(target.id, { note: `${target.note} edited` });
        else deleted.add(store.remove(target.id)!.id);
        break;
      }
      case 'truncate':
        if (file) fs.files.set(file, new Uint8Array());
        break;
      case 'corrupt':
        if (file) fs.files.set(file, fs.files.get(file)!.slice(0, 7));
        break;
      case 'outside-edit':
        if (file) fs.setText(file, fs.text(file)!.replace(/"note (\d+)/, '"note $1 edited outside'));
        break;
      case 'crash':
        fs.crashOn = step.pick % 2 ? 'write' : 'rename';
        break;
    }
  }
  fs.crashOn = undefined;
  for (let round = 0; round < 2; round++) for (const store of stores) await store.save();
  const reader = storeOn(fs, 'reader', 0, layout, { trusted: false });
  await reader.load();
  const onDisk = new Set([...reader.annotations.map(a => a.id), ...reader.conflicts().map(c => c.id)]);
  const keptText = [...fs.files.keys()].filter(f => f.includes('.damaged-')).map(f => fs.text(f)).join('\n');
  for (const id of added) if (!deleted.has(id)) assert.ok(onDisk.has(id) || keptText.includes(`"${id}"`), `${id} is lost (${layout})`);
  assert.ok(!storeFiles(fs).some(f => f.includes('.opis-tmp-')));
}

describe('AnnotationStore under random interleavings (property)', () => {
  for (const layout of ['folder', 'file'] as LayoutName[]) {
    it(`loses no annotation across 2–4 stores with damage, crashes and outside edits (${layout})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.array(fc.oneof({ weight: 5, arbitrary: storeStep }, { weight: 1, arbitrary: outsideStep }), { maxLength: 40 }), (count, steps) => run(layout, count, steps)),
        { seed: 20_22, numRuns: 150 },
      );
    });
  }
});
