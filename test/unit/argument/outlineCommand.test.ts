import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { OutlineJson } from '../../../src/core/argument';
import { BUNDLED_CORPUS, runCli } from '../cliHarness';
import { SMALL_ARGUMENT, SMALL_ARTICLE } from './fixtures';

describe('opis outline', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-outline-'));
    writeFileSync(path.join(dir, 'small.md'), SMALL_ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the curated outline of the bundled article in the fixed JSON contract', async () => {
    const { code, stdout, stderr } = await runCli(['outline', 'harris-dual-subordination.md', '--json']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as OutlineJson;
    assert.deepEqual(Object.keys(json), ['title', 'question', 'thesis', 'periods', 'sections']);
    assert.match(json.question ?? '', /answer to/);
    assert.deepEqual(json.periods.map(p => [p.from, p.to]), [[1918, 1929], [1930, 1936], [1936, 1937], [1939, 1953]]);
    assert.deepEqual(json.sections.map(s => s.title), [
      null,
      'ChK/GPU and the local “oppositions”',
      'OGPU and the plan',
      'OGPU/NKVD and blameshifting',
      'Terror and after',
      null,
    ]);
    const lines = readFileSync(path.join(BUNDLED_CORPUS, 'harris-dual-subordination.md'), 'utf8').split('\n');
    assert.equal(lines[json.sections[2].line ?? -1], '## OGPU and the plan', 'lines are 0-based');
    const affair = json.sections[2].claims.find(c => c.footnotes.includes(35));
    assert.ok(affair && affair.line !== null && lines[affair.line].includes('The Uralplatina affair was a turning point.'));
  });

  it('derives the outline with --derived, and when there is no argument file', async () => {
    const forced = JSON.parse((await runCli(['outline', 'harris-dual-subordination.md', '--derived', '--json'])).stdout) as OutlineJson;
    assert.equal(forced.question, 'Who did the Soviet political police answer to?', 'proposed from the introduction');
    assert.match((await runCli(['outline', 'harris-dual-subordination.md', '--derived'])).stdout, /\n\nQuestion \(proposed\): Who did the Soviet political police answer to\?\n\nThesis \(proposed\): The following examination/);
    assert.deepEqual(forced.sections.map(s => s.title), [null, 'ChK/GPU and the local “oppositions”', 'OGPU and the plan', 'OGPU/NKVD and blameshifting', 'Terror and after', null]);
    assert.equal(forced.sections[1].claims[0].text, 'In the Urals region, the relationship of the regional party leaders and the Cheka/OGPU tended from the outset to be mutually supportive.');
    const small = JSON.parse((await runCli(['outline', 'small.md', '--json'], { cwd: dir })).stdout) as OutlineJson;
    assert.equal(small.sections[1].claims[1].text, 'The plan must be fulfilled at all costs.');
  });

  it('reports a malformed argument file and prints the derived outline', async () => {
    writeFileSync(path.join(dir, 'small.argument.json'), JSON.stringify({ ...SMALL_ARGUMENT, periods: 'many' }));
    const { code, stdout, stderr } = await runCli(['outline', 'small.md', '--json'], { cwd: dir });
    assert.equal(code, 1);
    assert.match(stderr, /small\.argument\.json: periods: must be array/);
    assert.equal((JSON.parse(stdout) as OutlineJson).question, 'Who decided the quotas?');
  });

  it('reports quotes that no longer match and prints their points with line null', async () => {
    writeFileSync(path.join(dir, 'argument.json'), JSON.stringify(SMALL_ARGUMENT));
    writeFileSync(path.join(dir, 'small.md'), SMALL_ARTICLE.replace('They often won.', 'Results differed from one year to the next.'));
    const { code, stdout, stderr } = await runCli(['outline', 'small.md', '--json'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stderr, /argument\.json: sections\[2\]\.claims\[0\]\.quote: no longer matches the article: "They often won\."/);
    assert.equal((JSON.parse(stdout) as OutlineJson).sections[2].claims[0].line, null);
  });

  it('prints a readable outline without --json, with 1-based lines', async () => {
    const { stdout } = await runCli(['outline', 'small.md'], { cwd: dir });
    assert.match(stdout, /^Grain and power\n/);
    assert.match(stdout, / {2}The centre {2}\(line 5\)\n {4}- Dr\. A\. B\. Smith argued that the okrug committees set the quotas\. {2}\[notes 2, 3\] {2}\(line 7\)/);
  });

  it('fails clearly on a missing file and on wrong arguments', async () => {
    assert.deepEqual(await runCli(['outline', 'nope.md'], { cwd: dir }), { code: 1, stdout: '', stderr: 'opis outline: nope.md: no such file\n' });
    assert.equal((await runCli(['outline'], { cwd: dir })).code, 2);
    assert.equal((await runCli(['outline', 'small.md', '--bogus'], { cwd: dir })).code, 2);
  });
});
