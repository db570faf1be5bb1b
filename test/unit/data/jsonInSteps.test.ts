// A data file parsed in steps gives exactly what one JSON.parse gives, and the same message for any fault.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseJson } from '../../../src/core/data/jsonData';
import { parseJsonInSteps } from '../../../src/core/data/jsonInSteps';
import { runSteps } from '../../../src/core/text/steps';

const inSteps = (text: string, group?: number) => runSteps(parseJsonInSteps(text, group));
/** How many steps the parse paused at. */
function pauses(text: string, group?: number): number {
  const steps = parseJsonInSteps(text, group);
  let count = 0;
  while (!steps.next().done) count++;
  return count;
}

describe('JSON data parsed in steps', () => {
  const glossary = readFileSync(path.join(__dirname, '../../../corpus/glossary.json'), 'utf8');

  it('reads the bundled glossary as JSON.parse does, in many steps', () => {
    assert.deepEqual(inSteps(glossary), { ok: true, value: JSON.parse(glossary) });
    assert.ok(pauses(glossary) > 10, `${pauses(glossary)} pauses`);
  });

  it('reads items holding brackets, braces, commas, quotes and escapes in strings, cut into groups of one item', () => {
    const items = [{ a: '[,]' }, { b: '{"}\\', c: [1, [2, { d: ']' }]] }, 'x,y', 3, null, { e: '\u00e9\u2028' }];
    const text = `\uFEFF{ "$schema": "s", "version": 1, "entries": ${JSON.stringify(items, null, 2)} }`;
    assert.deepEqual(inSteps(text, 1), { ok: true, value: { $schema: 's', version: 1, entries: items } });
    assert.ok(pauses(text, 1) >= items.length);
  });

  it('gives the message of one parse for broken JSON, and parses other shapes whole', () => {
    const cases = [
      '{"entries": [{"a": 1},]}',
      '{"entries": [,{"a": 1}]}',
      '{"entries": [{"a": 1},,{"b": 2}]}',
      '{"entries": [{"a": 1}, {"b": }]}',
      '{"entries": [{"a": 1}, {"b": 2}',
      '{"entries": [{"a": 1}]} trailing',
      '{"entries": [1], "more": [2]}',
      '{"entries": [1], "entries": 2}',
      '[{"a": 1}, {"b": 2}]',
      '{"entries": []}',
      '',
    ];
    for (const text of cases) assert.deepEqual(inSteps(text, 1), parseJson(text), text);
    assert.equal(inSteps('{"entries": [{"a": 1},]}', 1).ok, false);
  });
});
