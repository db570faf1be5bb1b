import * as assert from 'assert';
import { decodeText } from '../../../src/core/files/textBytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText: which bytes are text Opis reads', () => {
  it('reads UTF-8, Cyrillic included, and drops a byte-order mark', () => {
    assert.deepStrictEqual(decodeText(utf8('\uFEFFОбком VKP(b), f. 17')), { text: 'Обком VKP(b), f. 17' });
  });

  it('calls bytes with a NUL a binary file, though they decode', () => {
    assert.deepStrictEqual(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])), {
      problem: 'is a binary file, not text',
      advice: 'rename it or move it away if it is no article',
    });
    assert.ok('problem' in decodeText(utf8('# Title\n\0')));
  });

  it('refuses Windows-1251 rather than reading it as replacement characters', () => {
    // «Обком» in Windows-1251
    assert.deepStrictEqual(decodeText(Uint8Array.from([0xce, 0xe1, 0xea, 0xee, 0xec])), {
      problem: 'is not UTF-8 text',
      advice: 'save it as UTF-8 to have it read',
    });
  });
});
