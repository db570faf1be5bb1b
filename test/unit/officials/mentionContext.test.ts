import * as assert from 'node:assert/strict';
import { findFileMentions, mentionContext } from '../../../src/core/officials/fileMentions';
import { MentionFinder } from '../../../src/core/officials/mentions';
import { bundled } from './fixtures';

const finder = new MentionFinder(bundled.officials);

describe('the line around a mention, taken from the text when it is shown', () => {
  it('is the mention’s own line, whatever the line ends, shortened to 50 characters each side', () => {
    const long = `${'a'.repeat(80)} Ezhov ${'b'.repeat(80)}`;
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['# Title', 'The purge under Ezhov began.', long, 'Last line.'].join(eol);
      const [first, second] = findFileMentions(finder, text).mentions;
      assert.equal(mentionContext(text, first), 'The purge under Ezhov began.', JSON.stringify(eol));
      assert.equal(mentionContext(text, second), `…${'a'.repeat(49)} Ezhov ${'b'.repeat(49)}…`, JSON.stringify(eol));
    }
  });

  it('is undefined when the text changed since the mention was found (no line from elsewhere is shown)', () => {
    const text = 'One line.\nThe purge under Ezhov began.';
    const [mention] = findFileMentions(finder, text).mentions;
    assert.equal(mentionContext('One line that grew longer.\nThe purge under Ezhov began.', mention), undefined);
    assert.equal(mentionContext('One line.', mention), undefined);
    assert.equal(mentionContext('One line. The purge under Ezhov began.', mention), undefined);
  });
});
