// The bibliography of the bundled article: the CSL-JSON validated against the CSL-JSON schema (test/fixtures/csl,
// from the Citation Style Language project), archival files as manuscripts with a GOST style location, printed
// works with only what their notes give, and each item's BibTeX and RIS read back by citation-js.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { Cite } from '@citation-js/core';
import { runCli } from '../cliHarness';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'csl', 'csl-data.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);
const ARTICLE = 'harris-dual-subordination.md';

async function bibliography(format: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(['bibliography', ARTICLE, '--format', format]);
  assert.equal(code, 0, stderr);
  return stdout;
}

type Item = Record<string, unknown> & { id: string; type: string; title?: string; note?: string };

describe('opis bibliography', () => {
  let items: Item[];
  before(async () => {
    items = JSON.parse(await bibliography('csl-json')) as Item[];
  });

  it('writes CSL-JSON the CSL schema accepts, and the schema rejects a field CSL does not have', () => {
    assert.ok(validate(items), JSON.stringify(validate.errors));
    assert.equal(validate([{ ...items[0], archiveLocation: 'x' }]), false);
  });

  it('has every archival file as a manuscript with its archive, GOST location and citing notes', () => {
    const manuscripts = items.filter(i => i.type === 'manuscript');
    assert.equal(manuscripts.length, 52);
    const d677 = manuscripts.find(i => i.archive_location === 'RGASPI. F. 17. Op. 3. D. 677. L. 82–85, 133–138');
    assert.equal(d677?.archive, 'RGASPI');
    assert.equal(d677?.note, `RGASPI. F. 17. Op. 3. D. 677. L. 82–85, 133–138. Cited in ${ARTICLE} n. 27, 28 (l. 82-85, 133-138)`);
    assert.ok(manuscripts.some(i => i.archive_location === 'RGASPI. F. 17. Op. 2. D. 344. T. 1. L. 21, 122'));
  });

  it('gives a printed work only what its note states', () => {
    const conquest = items.find(i => i.title === 'Inside Stalin’s secret police');
    assert.deepEqual(conquest && { ...conquest, id: undefined }, {
      id: undefined,
      type: 'book',
      title: 'Inside Stalin’s secret police',
      author: [{ family: 'Conquest', given: 'Robert' }],
      'publisher-place': 'Stanford',
      issued: { 'date-parts': [[1985]] },
      note: `Cited in ${ARTICLE} n. 2 (p. ix)`,
    });
  });

  const summary = (i: Item) =>
    [i.title, JSON.stringify((i.author as { family?: string }[] | undefined)?.map(a => a.family)), JSON.stringify((i.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0]), i.note].join(' | ');

  it('reads its BibTeX back through citation-js with the titles, authors, years and notes', async () => {
    const back = new Cite(await bibliography('bibtex')).data as Item[];
    assert.deepEqual(back.map(summary), items.map(summary));
  });

  it('reads its RIS back through citation-js, where a value longer than 70 characters comes back with spaces', async () => {
    // citation-js writes RIS values in lines of 70 characters and reads the continuation back after a space.
    const back = new Cite(await bibliography('ris')).data as Item[];
    const unspaced = (i: Item) => summary(i).replace(/\s+/g, '');
    assert.deepEqual(back.map(unspaced), items.map(unspaced));
    assert.ok(back.some((b, k) => summary(b) !== summary(items[k])));
  });
});
