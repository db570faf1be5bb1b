// Notes from published scholarship by other authors (test/fixtures/citations/real-notes.json, with sources), run
// in order per source against the answer key written for them: every archival citation field by field, every
// back-reference with the note it refers to and what it resolves to.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveNotes, type Citation } from '../../../src/core/citations';

interface KeyedNote {
  n: string;
  text: string;
  archival?: Partial<Citation>[];
  refs?: Record<string, string | null>[];
}
interface Source {
  id: string;
  notes: KeyedNote[];
}

const fixture = path.join(__dirname, '..', '..', 'fixtures', 'citations', 'real-notes.json');
const { sources } = JSON.parse(readFileSync(fixture, 'utf8')) as { sources: Source[] };
const ARCHIVAL_FIELDS: (keyof Citation)[] = ['archive', 'fond', 'opis', 'opisName', 'delo', 'deloTitle', 'tom', 'folios'];

const pick = (c: Partial<Citation>, keys: readonly string[]) => Object.fromEntries(keys.map(k => [k, (c as Record<string, unknown>)[k] ?? null]));

describe('real notes of other authors', () => {
  for (const source of sources) {
    describe(source.id, () => {
      const notes = resolveNotes(source.notes.map(n => ({ label: n.n, text: n.text })));
      source.notes.forEach((keyed, i) => {
        it(`note ${keyed.n}`, () => {
          const archival = notes[i].citations.filter(c => c.kind === 'archival');
          assert.deepEqual(archival.map(c => pick(c, ARCHIVAL_FIELDS)), (keyed.archival ?? []).map(c => pick(c, ARCHIVAL_FIELDS)));
          const refs = notes[i].resolved.filter(r => r.from !== undefined || r.unresolved);
          const keys = (keyed.refs ?? []).map(r => Object.keys(r));
          assert.deepEqual(
            refs.map((r, k) => pick({ ...r, from: r.from ?? null } as Partial<Citation>, keys[k] ?? ['from'])),
            (keyed.refs ?? []).map(r => pick(r as Partial<Citation>, Object.keys(r))),
          );
        });
      });
    });
  }
});
