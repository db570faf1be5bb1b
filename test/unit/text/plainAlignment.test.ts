import * as assert from 'node:assert/strict';
import { alignPlainToSource, plainToSource } from '../../../src/core/text/plainAlignment';

describe('plain text aligned with its Markdown source', () => {
  it('maps each plain character past emphasis marks, note references and link targets', () => {
    const source = 'A *famous* claim.[^1] See [the file](https://example.org/a/b) now.';
    const plain = 'A famous claim. See the file now.';
    const at = alignPlainToSource(source, plain);
    const back = (from: number, to: number) => source.slice(at[from], at[to - 1] + 1);
    assert.equal(back(plain.indexOf('famous'), plain.indexOf('famous') + 6), 'famous');
    assert.equal(back(plain.indexOf('claim.'), plain.indexOf('claim.') + 6), 'claim.');
    assert.equal(back(plain.indexOf('the file now'), plain.length - 1), 'the file](https://example.org/a/b) now');
  });

  it('keeps the rest aligned after a character the source spells otherwise (a decoded entity)', () => {
    const source = 'Stalin &#8212; and Molotov signed.';
    const plain = 'Stalin — and Molotov signed.';
    const at = alignPlainToSource(source, plain);
    const start = plain.indexOf('and Molotov');
    assert.equal(source.slice(at[start], at[start + 'and Molotov'.length - 1] + 1), 'and Molotov');
    assert.equal(at[plain.indexOf('—')], source.indexOf('&'));
  });

  it('gives the source offset after a number of plain characters', () => {
    assert.equal(plainToSource('**Bold** claim. Next.', 'Bold claim. Next.', 11), '**Bold** claim.'.length);
    assert.equal(plainToSource('abc', 'abc', 0), 0);
    assert.equal(plainToSource('abc', 'abc', 10), 3);
  });
});
