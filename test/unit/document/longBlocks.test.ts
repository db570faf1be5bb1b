// Over-long paragraphs and notes are parsed in pieces cut at words, so their cost stays linear; what is read
// must be what a parse of the whole block reads, and the block is reported.
import * as assert from 'node:assert/strict';
import { toString } from 'mdast-util-to-string';
import { buildDocumentIndex } from '../../../src/core/document';
import { planChunks } from '../../../src/core/document/chunks';
import { BLOCK_PIECE, LONG_BLOCK, MARK_LIMIT } from '../../../src/core/document/longBlocks';
import { maskMarks, readAsMarks } from '../../../src/core/document/wordlessPieces';
import { parseMarkdown } from '../../../src/core/document/markdownParser';
import { lintMarkdown } from '../../../src/core/corpus/lint';

/** One paragraph of `n` sentences, each citing note 1. */
const longParagraph = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} of the *Obkom* report[^1] goes on.`).join(' ');

describe('over-long paragraphs and notes', () => {
  it('cuts a long paragraph at sentences and reads the same text and references as one parse of it', () => {
    const text = `# Title\n\n${longParagraph(600)}\n\n[^1]: GARF, f. 1, op. 2, d. 3, l. 4.\n`;
    const chunks = planChunks(text);
    assert.ok(chunks.length > 3, `${chunks.length} pieces`);
    for (const c of chunks.slice(1)) assert.match(text.slice(c.start, c.start + 9), /^Sentence /);
    const index = buildDocumentIndex(text);
    const whole = parseMarkdown(text).children[1];
    assert.equal(index.paragraphs.length, 1);
    assert.equal(index.paragraphs[0].text, toString(whole));
    assert.equal(index.paragraphs[0].end, whole.position?.end.offset);
    assert.equal(index.references.length, 600);
    assert.ok(index.references.every(r => r.defined && text.slice(r.start, r.end) === '[^1]'));
    assert.equal(index.paragraphs[0].footnotes.length, 600);
    assert.deepEqual(index.longBlocks.map(b => [b.kind, b.start, b.range.start.line]), [['paragraph', 9, 2]]);
  });

  it('cuts a long note and joins its text, emphasis and safe Markdown across the pieces', () => {
    const note = Array.from({ length: 500 }, (_, i) => `See *Work ${i}* (Moscow, 1937), ${i}.`).join(' ');
    const text = `Claim.[^1] Other.[^2]\n\n[^1]: ${note}\n[^2]: Short note.\n`;
    assert.ok(planChunks(text).some(c => c.continues?.kind === 'note'));
    const index = buildDocumentIndex(text);
    assert.equal(index.definitions.length, 2);
    const [long, short] = index.definitions;
    assert.equal(long.text, note.replace(/\*/g, ''));
    assert.equal(long.emphasis.length, 500);
    assert.equal(long.text.slice(long.emphasis[499].start, long.emphasis[499].end), 'Work 499');
    assert.equal(long.markdown.split('*').length - 1, 1000);
    assert.equal(long.end, text.indexOf('\n[^2]'));
    assert.equal(short.text, 'Short note.');
    assert.deepEqual(index.longBlocks.map(b => b.kind), ['note']);
  });

  it('cuts a word of 100,000 letters between letters and reads the same paragraph as one parse of it', () => {
    const word = 'ab'.repeat(50_000);
    const text = `# Title\n\nSee ${word}.[^1]\n\n[^1]: Note.\n`;
    const chunks = planChunks(text);
    assert.ok(chunks.length > 40, `${chunks.length} pieces`);
    for (const c of chunks.slice(0, -1)) assert.ok(c.end - c.start <= BLOCK_PIECE + 100, `${c.end - c.start} characters`);
    const index = buildDocumentIndex(text);
    assert.equal(index.paragraphs.length, 1);
    assert.equal(index.paragraphs[0].text, `See ${word}.`);
    assert.equal(index.references.length, 1);
    assert.equal(text.slice(index.references[0].start, index.references[0].end), '[^1]');
  });

  it('lint reports a long block once and nothing else about a clean one', () => {
    const text = `${longParagraph(600)}\n\n[^1]: GARF, f. 1, op. 2, d. 3, l. 4.\n`;
    const found = lintMarkdown(text).filter(d => d.code !== 'duplicate-reference');
    assert.deepEqual(found.map(d => [d.code, d.range.start.line]), [['long-block', 0]]);
  });

  it('never cuts lists, quotes or tables, and leaves blocks under the limit whole', () => {
    const quote = `> ${longParagraph(400)}\n`;
    const list = `- ${longParagraph(400)}\n`;
    const short = `${longParagraph(LONG_BLOCK / 60)}\n\n`.repeat(20);
    for (const text of [quote, list, short]) assert.ok(planChunks(text).every(c => !c.continues), text.slice(0, 20));
  });

  it('cuts a run of marks with no word in reach, never inside a footnote reference', () => {
    // 100,000 brackets opened and closed took the parser minutes in one piece
    const brackets = `Text.[^1] ${'['.repeat(100_000)}${']'.repeat(100_000)}\n\n[^1]: Note.\n`;
    const chunks = planChunks(brackets);
    assert.ok(chunks.length > 40, `${chunks.length} pieces`);
    // a piece of marks alone runs on over several cuts, as far as eight pieces
    for (const c of chunks) assert.ok(c.end - c.start <= 8 * BLOCK_PIECE + 100, `${c.end - c.start} characters`);
    assert.equal(buildDocumentIndex(brackets).references.length, 1);
    // a run of marks holding references: every reference is read whole
    const marks = `${Array.from({ length: 3000 }, (_, i) => `((([^n${i}])))`).join('')}\n\n[^n0]: Note.\n`;
    const index = buildDocumentIndex(marks);
    assert.ok(planChunks(marks).length > 10);
    assert.equal(index.references.length, 3000);
    assert.ok(index.references.every((r, i) => marks.slice(r.start, r.end) === `[^n${i}]`));
  });

  it('cuts a run of emphasis marks before a mark that cannot open a block there, never before `* ` or a rule', () => {
    // `*_` written 50,000 times took the parser minutes in one piece: no cut was allowed before `*` or `_`
    const run = `Text.[^1] ${'*_'.repeat(50_000)} end.\n\n[^1]: Note.\n`;
    const chunks = planChunks(run);
    assert.ok(chunks.length > 10, `${chunks.length} pieces`);
    for (const c of chunks) assert.ok(c.end - c.start <= 8 * BLOCK_PIECE + 100, `${c.end - c.start} characters`);
    const index = buildDocumentIndex(run);
    assert.equal(index.paragraphs.length, 1);
    assert.ok(index.paragraphs[0].text.endsWith('*_ end.'), 'the paragraph is read to its end');
    assert.equal(index.paragraphs[0].end, run.indexOf(' end.') + 5);
    assert.equal(index.references.length, 1);
    // where a piece would open a list item, a rule or a heading, no cut is made
    for (const mark of ['* ', '- ', '+ ', '# ', '**', '__', '--']) {
      const text = `Text.[^1] ${`${mark}a `.repeat(3_000)}\n\n[^1]: Note.\n`;
      for (const c of planChunks(text).slice(1)) assert.ok(!text.startsWith(mark, c.start) || mark[0] === mark[1] && text[c.start + 1] !== mark[0], `a piece opens with ${JSON.stringify(text.slice(c.start, c.start + 3))}`);
      assert.equal(buildDocumentIndex(text).paragraphs.length, 1, mark);
    }
  });

  it('keeps every piece of a paragraph of 100,000 references near the piece size', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i}[^1]`).join(' ') + '\n\n[^1]: Note.\n';
    const chunks = planChunks(text);
    assert.ok(chunks.length > 100);
    for (const c of chunks.slice(0, -1)) assert.ok(c.end - c.start <= BLOCK_PIECE + 100, `${c.end - c.start} characters`);
  });

  it('starts pieces at notes defined without blank lines between them, reading the same notes', () => {
    const n = 600;
    const text = Array.from({ length: n }, (_, i) => `C${i}.[^${i}]`).join('\n\n') + '\n\n' + Array.from({ length: n }, (_, i) => `[^${i}]: N ${i}.`).join('\n') + '\n';
    const definitions = text.indexOf('[^0]:');
    const inDefinitions = planChunks(text, 500).filter(c => c.start > definitions);
    assert.ok(inDefinitions.length > 5, `${inDefinitions.length} pieces among the definitions`);
    for (const c of inDefinitions) assert.match(text.slice(c.start, c.end), /^\[\^\d+\]: N \d+\.\n/);
    const shape = (ix: ReturnType<typeof buildDocumentIndex>) => JSON.stringify([ix.references, ix.definitions, ix.paragraphs]);
    assert.equal(shape(buildDocumentIndex(text, 500)), shape(buildDocumentIndex(text, text.length)));
    assert.equal(buildDocumentIndex(text, 500).definitions.length, n);
  });

  it('cuts a paragraph dense in marks though it is short, reads what one parse reads, and says why', () => {
    // 8,000 `]` took the parser 400 ms in one piece: each looks back over the paragraph for its `[`
    const text = `Text.[^1] ${']'.repeat(3 * MARK_LIMIT)} end.\n\n[^1]: Note.\n`;
    assert.ok(text.length < LONG_BLOCK);
    const chunks = planChunks(text);
    assert.ok(chunks[0].end - chunks[0].start <= BLOCK_PIECE + 100 && chunks.filter(c => c.continues).length >= 1, `${chunks.length} pieces`);
    const index = buildDocumentIndex(text);
    assert.equal(index.paragraphs[0].text, toString(parseMarkdown(text).children[0]));
    assert.equal(index.references.length, 1);
    const [found] = lintMarkdown(text).filter(d => d.code === 'long-block');
    assert.match(found.message, /^paragraph over 8,000 characters or 1,000 Markdown marks: read in pieces/);
    // a short paragraph of prose with its references and emphasis is never cut
    assert.equal(planChunks(`${longParagraph(20)}\n\n[^1]: Note.\n`).length, 1);
  });

  it('reads a piece of marks alone as the plain text it is, with its lines and positions', () => {
    const wrap = (s: string) => s.replace(/(.{79})/g, '$1\n');
    const text = `Text.[^1] ${wrap('['.repeat(3000) + '!('.repeat(300) + ']'.repeat(3000))}\n\n[^1]: Note.\n`;
    const chunks = planChunks(text);
    const masked = chunks.filter(c => c.wordless && c.continues && readAsMarks(text.slice(c.start, c.end)));
    assert.ok(masked.length >= 2 && masked.length === chunks.length - 2, `${masked.length} of ${chunks.length} pieces read as plain text`);
    const index = buildDocumentIndex(text);
    const whole = parseMarkdown(text).children[0];
    assert.equal(index.paragraphs.length, 1);
    assert.equal(index.paragraphs[0].text, toString(whole));
    assert.equal(index.paragraphs[0].end, whole.position?.end.offset);
  });

  it('parses a piece of marks as written where it holds a word, a footnote mark or a line that opens a block', () => {
    for (const piece of ['[[[\n]]] **', ']]]\n']) assert.equal(readAsMarks(piece), true, piece);
    assert.equal(maskMarks('[[[\n]]] **'), 'xxx\nxxx xx');
    for (const piece of ['[[a]]', '((1))', '[^', ']]\\]', ']]]\n> [[', ']]]\n# ]]', ']]]\n\n]]]', ']]]\n| --- |', ']]]\n- ]'])
      assert.equal(readAsMarks(piece), false, piece);
  });

  it('cuts a run of backslashes only between pairs, so the mark after it is escaped or not as in one parse', () => {
    for (const n of [20_000, 20_001]) {
      const text = `See ${'\\'.repeat(n)}*emphasis* here.[^1]\n\n[^1]: Note.\n`;
      assert.ok(planChunks(text).length > 20, `${n}: ${planChunks(text).length} pieces`);
      const index = buildDocumentIndex(text);
      const read = index.paragraphs[0].text;
      assert.ok(read === toString(parseMarkdown(text).children[0]), `${n} backslashes read as one parse reads them`);
      assert.equal(read.length, 4 + Math.floor(n / 2) + (n % 2 ? '*emphasis* here.' : 'emphasis here.').length);
      assert.equal(index.references.length, 1);
    }
  });
});
