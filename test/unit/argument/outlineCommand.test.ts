import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { OutlineJson } from '../../../src/core/argument';
import { SMALL_ARGUMENT, SMALL_ARTICLE } from './fixtures';

const CORPUS = path.resolve(__dirname, '../../../corpus');

async function opis(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: t => (out += t), stderr: t => (err += t), cwd, bundledCorpus: CORPUS });
  return { code, out, err };
}

describe('opis outline', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-outline-'));
    writeFileSync(path.join(dir, 'small.md'), SMALL_ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the curated outline of the bundled article in the fixed JSON contract', async () => {
    const { code, out, err } = await opis(CORPUS, 'outline', 'harris-dual-subordination.md', '--json');
    assert.equal(err, '');
    assert.equal(code, 0);
    const json = JSON.parse(out) as OutlineJson;
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
    const lines = readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8').split('\n');
    assert.equal(lines[json.sections[2].line ?? -1], '## OGPU and the plan', 'lines are 0-based');
    const affair = json.sections[2].claims.find(c => c.footnotes.includes(35));
    assert.ok(affair && affair.line !== null && lines[affair.line].includes('The Uralplatina affair was a turning point.'));
  });

  it('derives the outline with --derived, and when there is no argument file', async () => {
    const forced = JSON.parse((await opis(CORPUS, 'outline', 'harris-dual-subordination.md', '--derived', '--json')).out) as OutlineJson;
    assert.equal(forced.question, null);
    assert.deepEqual(forced.sections.map(s => s.title), [null, 'ChK/GPU and the local “oppositions”', 'OGPU and the plan', 'OGPU/NKVD and blameshifting', 'Terror and after', null]);
    assert.equal(forced.sections[1].claims[0].text, 'In the Urals region, the relationship of the regional party leaders and the Cheka/OGPU tended from the outset to be mutually supportive.');
    const small = JSON.parse((await opis(dir, 'outline', 'small.md', '--json')).out) as OutlineJson;
    assert.equal(small.sections[1].claims[1].text, 'The plan must be fulfilled at all costs.');
  });

  it('reports a malformed argument file and prints the derived outline', async () => {
    writeFileSync(path.join(dir, 'small.argument.json'), JSON.stringify({ ...SMALL_ARGUMENT, periods: 'many' }));
    const { code, out, err } = await opis(dir, 'outline', 'small.md', '--json');
    assert.equal(code, 1);
    assert.match(err, /small\.argument\.json: periods: must be array/);
    assert.equal((JSON.parse(out) as OutlineJson).question, null);
  });

  it('reports quotes that no longer match and prints their points with line null', async () => {
    writeFileSync(path.join(dir, 'argument.json'), JSON.stringify(SMALL_ARGUMENT));
    writeFileSync(path.join(dir, 'small.md'), SMALL_ARTICLE.replace('They often won.', 'Results differed from one year to the next.'));
    const { code, out, err } = await opis(dir, 'outline', 'small.md', '--json');
    assert.equal(code, 0);
    assert.match(err, /argument\.json: sections\[2\]\.claims\[0\]\.quote: no longer matches the article: "They often won\."/);
    assert.equal((JSON.parse(out) as OutlineJson).sections[2].claims[0].line, null);
  });

  it('prints a readable outline without --json, with 1-based lines', async () => {
    const { out } = await opis(dir, 'outline', 'small.md');
    assert.match(out, /^Grain and power\n/);
    assert.match(out, / {2}The centre {2}\(line 5\)\n {4}- Dr\. A\. B\. Smith argued that the okrug committees set the quotas\. {2}\[notes 2, 3\] {2}\(line 7\)/);
  });

  it('fails clearly on a missing file and on wrong arguments', async () => {
    assert.deepEqual(await opis(dir, 'outline', 'nope.md'), { code: 1, out: '', err: 'opis outline: nope.md: no such file\n' });
    assert.equal((await opis(dir, 'outline')).code, 2);
    assert.equal((await opis(dir, 'outline', 'small.md', '--bogus')).code, 2);
  });
});
