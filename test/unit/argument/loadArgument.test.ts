import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findArgument, formatProblem, jsonPathRange, parseArgument, type ArgumentLoad } from '../../../src/core/argument';
import { SMALL_ARGUMENT } from './fixtures';

const CORPUS = path.resolve(__dirname, '../../../corpus');

function messages(load: ArgumentLoad): string[] {
  assert.equal(load.ok, false, 'the file should be rejected');
  return load.ok ? [] : load.problems.map(formatProblem);
}

describe('argument file', () => {
  it('accepts the committed corpus/argument.json and names its article', () => {
    const load = parseArgument(readFileSync(path.join(CORPUS, 'argument.json'), 'utf8'), 'argument.json');
    assert.ok(load.ok, load.ok ? '' : load.problems.map(formatProblem).join('\n'));
    assert.equal(load.argument.article, 'harris-dual-subordination.md');
    assert.ok(load.argument.sections.every(s => s.claims.length > 0));
  });

  it('reports JSON syntax errors with the file name', () => {
    const [message] = messages(parseArgument('{ "article": "a.md", ', 'a.argument.json'));
    assert.match(message, /^a\.argument\.json: \(file\): not valid JSON at line 1, column 22: /);
  });

  it('names the file and the field of every schema violation', () => {
    const broken = structuredClone(SMALL_ARGUMENT) as unknown as Record<string, unknown> & { sections: { claims: { footnotes: unknown[] }[] }[] };
    delete broken.thesis;
    broken.sections[1].claims[0].footnotes = ['two'];
    broken.colour = 'red';
    assert.deepEqual(messages(parseArgument(JSON.stringify(broken), 'argument.json')).sort(), [
      'argument.json: colour: is not an allowed field',
      'argument.json: sections[1].claims[0].footnotes[0]: must be integer',
      'argument.json: thesis: is required',
    ]);
  });

  it('rejects a period that ends before it begins', () => {
    const broken = structuredClone(SMALL_ARGUMENT);
    broken.periods[1].to = 1920;
    assert.deepEqual(messages(parseArgument(JSON.stringify(broken), 'argument.json')), [
      "argument.json: periods[1].to: 1920 is before the period's start (1933)",
    ]);
  });

  it('locates a field in the file text so problems can be shown there', () => {
    const text = JSON.stringify(SMALL_ARGUMENT, null, 2);
    const range = jsonPathRange(text, ['sections', 2, 'claims', 0, 'quote']);
    assert.ok(range);
    const line = text.split('\n')[range.start.line];
    assert.match(line.slice(range.start.character), /^\{/);
    assert.match(text.split('\n').slice(range.start.line, range.end.line + 1).join('\n'), /They often won\./);
    assert.equal(jsonPathRange(text, ['sections', 9]), undefined);
  });

  describe('finding the argument beside an article', () => {
    const files = (entries: Record<string, string>) => (name: string) => Promise.resolve(entries[name]);
    const own = JSON.stringify({ ...SMALL_ARGUMENT, article: 'small.md' });

    it('prefers <article>.argument.json, then argument.json naming the article', async () => {
      const both = await findArgument('small.md', files({ 'small.argument.json': own, 'argument.json': own }));
      assert.equal(both?.file, 'small.argument.json');
      const shared = await findArgument('small.md', files({ 'argument.json': own }));
      assert.equal(shared?.file, 'argument.json');
      assert.equal(shared?.load.ok, true);
    });

    it('ignores an argument.json that belongs to another article', async () => {
      const other = JSON.stringify({ ...SMALL_ARGUMENT, article: 'other.md' });
      assert.equal(await findArgument('small.md', files({ 'argument.json': other })), undefined);
      assert.equal(await findArgument('small.md', files({})), undefined);
    });

    it('returns a malformed file with its problems so the caller can fall back', async () => {
      const found = await findArgument('small.md', files({ 'small.argument.json': '{"article": "small.md"}' }));
      assert.equal(found?.file, 'small.argument.json');
      assert.deepEqual(messages(found!.load).slice(0, 2), ['small.argument.json: question: is required', 'small.argument.json: thesis: is required']);
    });

    it('rejects <article>.argument.json naming another article', async () => {
      const found = await findArgument('small.md', files({ 'small.argument.json': JSON.stringify({ ...SMALL_ARGUMENT, article: 'other.md' }) }));
      assert.deepEqual(messages(found!.load), ['small.argument.json: article: names "other.md", not "small.md"']);
    });
  });
});
