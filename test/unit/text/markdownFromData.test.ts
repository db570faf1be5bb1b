// Text from data files rendered as Markdown: hostile notes, tags and quotes render without images, links,
// HTML or autolinks, whatever they try. Rendered with markdown-it (HTML allowed, autolinks on) so that every
// escape is checked by a real renderer, not by reading the escaped string.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { codeSpanMarkdown, noteMarkdown, plainMarkdown } from '../../../src/core/text/markdownFromData';

const renderer = new MarkdownIt({ html: true, linkify: true });
const render = (markdown: string) => renderer.render(markdown);

/** Rendered HTML that loads, links or injects anything. */
function unsafe(html: string): string | undefined {
  return /<(?!\/?(?:p|em|strong|code|pre|blockquote|ul|ol|li|h[1-6]|hr|br|table|thead|tbody|tr|th|td|s)\b)[a-z!/]/i.exec(html)?.[0];
}

const HOSTILE = [
  '![pixel](https://tracker.example/p.png)',
  '<img src="https://tracker.example/p.png">',
  '[run](command:workbench.action.terminal.new)',
  '[x](https://evil.example)',
  '[x][ref]\n\n[ref]: https://evil.example',
  '<https://evil.example>',
  'see https://evil.example/a and www.evil.example and someone@evil.example',
  '`code` then <img src=x onerror=alert(1)>',
  '`` a ` b `` <script>alert(1)</script>',
  '`open\n\n<img src=https://tracker.example/p.png>`',
  '`x | <img src=https://tracker.example/p.png> `',
  '\\`<img src=x>`',
  '<!-- comment --><div>raw</div>',
  'a\r<img src=x>\r`',
  '[^1] footnote\n\n[^1]: <img src=x>',
  '![a](data:image/png;base64,AAAA)',
  '\\',
];

describe('Markdown from data files', () => {
  it('sees the images, links and HTML of the hostile notes as they are written', () => {
    for (const note of HOSTILE.slice(0, 9)) assert.notEqual(unsafe(render(note)), undefined, note);
  });

  describe('noteMarkdown', () => {
    for (const note of HOSTILE) {
      it(`renders ${JSON.stringify(note)} without images, links or HTML`, () => {
        const html = render(noteMarkdown(note));
        assert.equal(unsafe(html), undefined, html);
      });
    }

    it('keeps the Markdown of an ordinary note', () => {
      const html = render(noteMarkdown('**Key** claim, *see* `f. 17`:\n\n- one\n- two\n\n> quoted'));
      assert.match(html, /<strong>Key<\/strong>/);
      assert.match(html, /<em>see<\/em>/);
      assert.match(html, /<code>f\. 17<\/code>|<code>f. 17<\/code>/);
      assert.match(html, /<li>one<\/li>/);
      assert.match(html, /<blockquote>/);
    });

    it('shows the hostile text as text', () => {
      const html = render(noteMarkdown('![pixel](https://tracker.example/p.png)'));
      assert.match(html, /!\[pixel\]\(https:\/\/tracker\.example\/p\.png\)/);
    });

    it('keeps a code span on one line as code', () => {
      assert.match(render(noteMarkdown('a `<img src=x>` b')), /<code>&lt;img src=x&gt;<\/code>/);
    });

    it('renders any text safely', () => {
      const alphabet = fc.constantFrom('`', '[', ']', '(', ')', '!', '<', '>', '|', '\n', '\\', ':', '/', '@', 'w', '.', ' ', 'a', 'img', 'https://x.example', '*');
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 40 }).map(parts => parts.join('')), note => unsafe(render(noteMarkdown(note))) === undefined),
        { seed: 20, numRuns: 2000 },
      );
    });

    it('takes linear time on many unmatched backtick runs', () => {
      const note = Array.from({ length: 20_000 }, (_, i) => '`'.repeat((i % 50) + 1)).join(' ');
      const started = performance.now();
      noteMarkdown(note);
      assert.ok(performance.now() - started < 2000);
    });
  });

  describe('plainMarkdown', () => {
    for (const text of HOSTILE) {
      it(`renders ${JSON.stringify(text)} literally on one line`, () => {
        const html = render(plainMarkdown(text));
        assert.equal(unsafe(html), undefined, html);
        assert.equal((html.match(/<p>/g) ?? []).length, 1, html);
      });
    }
  });

  describe('codeSpanMarkdown', () => {
    for (const tag of ['`', '``x`', 'a`b', 'x` <img src=https://tracker.example/p.png> `y', 'line\n\n<img src=x>', '`` ` ```']) {
      it(`keeps ${JSON.stringify(tag)} inside its code span`, () => {
        const html = render(`**Evidence** · ${codeSpanMarkdown(tag)}`);
        assert.equal(unsafe(html), undefined, html);
        assert.equal((html.match(/<code>/g) ?? []).length, 1, html);
      });
    }
  });
});
