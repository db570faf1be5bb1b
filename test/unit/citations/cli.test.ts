import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cliHarness';

describe('opis notes / note / explain', () => {
  it('notes --json gives every note with its line, citations and resolution', async () => {
    const { code, stdout } = await runCli(['notes', 'harris-dual-subordination.md', '--json']);
    assert.equal(code, 0);
    const notes = JSON.parse(stdout) as { n: number; line: number; resolvesTo: number | null; citations: { kind: string }[] }[];
    assert.equal(notes.length, 93);
    assert.deepEqual(notes.slice(0, 4).map(n => n.n), [1, 2, 3, 4]);
    assert.equal(notes[3].resolvesTo, 1);
    assert.equal(notes[27].citations[0].kind, 'ibid');
    assert.ok(notes.every(n => Number.isInteger(n.line) && n.line >= 0));
  });

  it('note --json follows the contract, absent fields omitted', async () => {
    const { code, stdout } = await runCli(['note', 'harris-dual-subordination.md', '28', '--json']);
    assert.equal(code, 0);
    const note = JSON.parse(stdout);
    assert.equal(note.n, 28);
    assert.equal(note.text, 'Ibid., ll. 82-85 (Zhdanov), 133-138 (Andreev).');
    assert.deepEqual(note.citations, [{ kind: 'ibid', raw: 'Ibid., ll. 82-85 (Zhdanov), 133-138 (Andreev).', folios: '82-85, 133-138' }]);
    assert.equal(note.resolvesTo, 27);
    const [r] = note.resolved;
    assert.deepEqual([r.kind, r.archive, r.fond, r.opis, r.delo, r.folios], ['archival', 'RGASPI', '17', '3', '677', '82-85, 133-138']);
    assert.ok(!('tom' in r));
  });

  it('note prints the note in words without --json', async () => {
    const { code, stdout } = await runCli(['note', 'harris-dual-subordination.md', '12']);
    assert.equal(code, 0);
    assert.match(stdout, /Refers back to note 11\./);
    assert.match(stdout, /→ note 11: TsDOO SO, f\. 4, op\. 5, d\. 30 /);
    assert.match(stdout, /Folios: folios 67 and 76/);
    assert.match(stdout, /also cited in notes 11, 19, 20/);
  });

  it('note exits 1 for a note the article does not have, 2 for missing arguments', async () => {
    const missing = await runCli(['note', 'harris-dual-subordination.md', '999']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /has no note 999 \(it has 93 notes\)/);
    assert.equal((await runCli(['note', 'harris-dual-subordination.md'])).code, 2);
    assert.equal((await runCli(['notes', 'nowhere.md'])).code, 1);
  });

  it('explain --json gives expansion, English and Cyrillic', async () => {
    const { code, stdout } = await runCli(['explain', 'TsDOO SO', '--json']);
    assert.equal(code, 0);
    const e = JSON.parse(stdout);
    assert.deepEqual([e.term, e.kind, e.expansion, e.english, e.cyrillic], [
      'TsDOO SO', 'archive', 'Tsentr Dokumentatsii Obshchestvennykh Organizatsii Sverdlovskoi Oblasti',
      'Documentation Centre of Public Organisations of Sverdlovsk Oblast', 'ЦДОО СО',
    ]);
    assert.equal(JSON.parse((await runCli(['explain', 'll.', '--json'])).stdout).kind, 'abbreviation');
    assert.match((await runCli(['explain', 'okrug'])).stdout, /English: district/);
  });

  it('explain exits 1 with a clear message for an unknown term', async () => {
    const { code, stderr, stdout } = await runCli(['explain', 'Vetlugales']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /'Vetlugales' is not in the glossary/);
  });

  it('explain uses the workspace glossary in the current directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-explain-'));
    mkdirSync(path.join(dir, '.opis'));
    const entry = { term: 'Vetlugales', kind: 'term', expansion: 'Vetluzhskii lesnoi trest', english: 'the Vetluga timber trust', cyrillic: 'Ветлуглес' };
    writeFileSync(path.join(dir, '.opis', 'glossary.json'), JSON.stringify({ version: 1, entries: [entry] }));
    const { code, stdout } = await runCli(['explain', 'vetlugales', '--json'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).cyrillic, 'Ветлуглес');
  });
});
