import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { OutlineLocator, parseArgument } from '../../../src/core/argument';
import { outlineOf, SMALL_ARGUMENT, SMALL_ARTICLE } from './fixtures';

describe('follow-cursor lookup', () => {
  const outline = outlineOf(SMALL_ARTICLE, SMALL_ARGUMENT);
  const locator = new OutlineLocator(outline);
  const at = (line: number, character = 0) => locator.locate({ line, character });

  it('finds the section around the cursor, including untitled ones', () => {
    assert.deepEqual(
      [2, 4, 6, 8, 12, 16].map(line => at(line).section?.title ?? null),
      [null, 'The centre', 'The centre', 'The centre', 'The regions', null],
    );
    assert.equal(at(2).section, outline.sections[0]);
    assert.equal(at(16).section, outline.sections[3]);
  });

  it('finds the last claim starting at or before the cursor within that section', () => {
    const [committees, contested] = outline.sections[1].claims;
    const line6 = SMALL_ARTICLE.split('\n')[6];
    assert.equal(at(6, 0).claim, undefined, 'before the first claim of the section');
    assert.equal(at(6, line6.indexOf('argued')).claim, committees);
    assert.equal(at(6, line6.indexOf('Others')).claim, contested);
    assert.equal(at(8).claim, contested);
    assert.equal(at(10).claim, undefined, 'a new section starts without a claim');
  });

  it('is outside every section above the body and in the notes', () => {
    assert.deepEqual(at(0), { section: undefined, claim: undefined });
    assert.equal(at(19).section, undefined);
  });

  it('steps to the next and previous claim', () => {
    const claims = outline.sections.flatMap(s => s.claims);
    assert.equal(locator.next({ line: 0, character: 0 }), claims[0]);
    assert.equal(locator.next(claims[1].range!.start), claims[2]);
    assert.equal(locator.previous(claims[2].range!.start), claims[1]);
    assert.equal(locator.previous({ line: 12, character: claims[3].range!.start.character + 3 }), claims[3], 'from inside a claim, back to its start');
    assert.equal(locator.next({ line: 30, character: 0 }), undefined);
    assert.equal(locator.previous({ line: 0, character: 0 }), undefined);
  });

  it('skips unanchored claims', () => {
    const edited = outlineOf(SMALL_ARTICLE.replace('They often won.', 'Fortunes varied greatly over time.'), SMALL_ARGUMENT);
    const lookup = new OutlineLocator(edited);
    assert.equal(lookup.locate({ line: 12, character: 40 }).claim, undefined);
    assert.equal(lookup.next({ line: 8, character: 0 }), edited.sections[3].claims[0]);
  });

  it('places every line of the bundled article in the right curated section', () => {
    const corpus = path.resolve(__dirname, '../../../corpus');
    const load = parseArgument(readFileSync(path.join(corpus, 'argument.json'), 'utf8'), 'argument.json');
    assert.ok(load.ok);
    const article = outlineOf(readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8'), load.argument);
    const lookup = new OutlineLocator(article);
    for (const section of article.sections) {
      for (const claim of section.claims) {
        const found = lookup.locate(claim.range!.end);
        assert.equal(found.section, section, claim.text);
        assert.ok(found.claim && found.claim.range!.start.line === claim.range!.start.line, claim.text);
      }
    }
  });
});
