import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintMarkdown, lintMarkdownAsync, type CorpusDiagnostic } from '../../../src/core/corpus/lint';
import { planChunks } from '../../../src/core/document/chunks';
import { fixesFor } from '../../../src/core/corpus/lintFixes';
import { MISSING_NOTE_TEXT } from '../../../src/core/corpus/missingNote';

const codes = (text: string) => lintMarkdown(text).map(d => d.code);
const at = (d: CorpusDiagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('corpus lint', () => {
  it('finds nothing wrong in a clean article with front matter', () => {
    assert.deepEqual(lintMarkdown('---\ntitle: T\nauthor: A\n---\n\n# T\n\nA claim.[^1] Another *word*.[^2]\n\n[^1]: One.\n\n[^2]: Two.\n'), []);
  });

  it('reports a reference without a definition as an error, at the reference', () => {
    const [d] = lintMarkdown('Intro.\n\nA claim.[^1] More.[^2]\n\n[^1]: One.\n');
    assert.equal(d.code, 'undefined-reference');
    assert.equal(d.severity, 'error');
    assert.deepEqual(at(d), [2, 18, 2, 22]);
    assert.deepEqual(d.data, { label: '2' });
  });

  it('warns about a definition nobody references, and errs on one defined twice', () => {
    assert.deepEqual(codes('A.[^1]\n\n[^1]: One.\n\n[^2]: Two.\n'), ['unused-definition']);
    const twice = lintMarkdown('A.[^1]\n\n[^1]: One.\n\n[^1]: Again.\n');
    assert.deepEqual(twice.map(d => [d.code, d.severity, d.range.start.line]), [['duplicate-definition', 'error', 4]]);
  });

  it('warns when numbering repeats or skips', () => {
    assert.deepEqual(codes('A.[^1] B.[^1] C.[^3]\n\n[^1]: One.\n\n[^3]: Three.\n'), ['duplicate-reference', 'non-consecutive-numbering']);
  });

  it('reports a stray number once, not as a break of every reference after it', () => {
    const text = 'A.[^1] B.[^999] C.[^2] D.[^3] E.[^5] F.[^6]\n\n' + [1, 2, 3, 5, 6, 999].map(n => `[^${n}]: Note.`).join('\n\n') + '\n';
    const numbering = lintMarkdown(text).filter(d => d.code === 'non-consecutive-numbering');
    assert.deepEqual(
      numbering.map(d => d.message),
      ['footnote [^999] is out of sequence between [^1] and [^2]', 'footnote [^5] follows [^3]: expected [^4]'],
    );
  });

  it('warns about empty notes and notes whose text the source lost', () => {
    assert.deepEqual(codes(`A.[^1] B.[^2]\n\n[^1]:\n\n[^2]: ${MISSING_NOTE_TEXT}\n`), ['empty-note', 'missing-note-text']);
    // an importer's page marker is no text; a tag the author wrote is
    assert.deepEqual(codes('A.[^1] B.[^2]\n\n[^1]: <!-- p. 21 -->\n\n[^2]: <sic>\n'), ['empty-note']);
  });

  it('finds the residue of the extraction but not inside code', () => {
    const diagnostics = lintMarkdown('A.\uFFFDI. Busygin.\n\nOOOOGGGGPPPPUUUU    aaaannnndddd\n\n42\n\n`A.\uFFFDB.`\n');
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity, ...at(d)]), [
      ['residue-replacement-char', 'error', 0, 2, 0, 3],
      ['residue-quadrupled', 'error', 2, 0, 2, 32],
      ['residue-bare-number', 'warning', 4, 0, 4, 2],
    ]);
    assert.equal(diagnostics[1].data?.replacement, 'OGPU and');
  });

  it('warns about an emphasis marker that opens or closes nothing', () => {
    const [d] = lintMarkdown('The *Obkom bureau met.\n\nThe *Obkom* bureau and snake_case and \\* stay quiet.\n');
    assert.deepEqual([d.code, ...at(d)], ['unbalanced-emphasis', 0, 4, 0, 5]);
    assert.equal(lintMarkdown('The *Obkom* bureau and snake_case and \\* stay quiet.\n').length, 0);
  });

  describe('a long article', () => {
    const article = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'corpus', 'harris-dual-subordination.md'), 'utf8');
    // the article twice (every note defined twice, referenced twice), with faults between and a reference across
    const text = `${article}\n\nA claim.[^zz] and *one [^3] \uFFFD\n\n\`OOOOGGGG [^none]\`\n\n${article}\n\n[^zz]: Defined at the end.\n`;

    it('is linted piece by piece with the findings of a single parse', () => {
      assert.ok(planChunks(text, 2000).length > 20);
      const whole = lintMarkdown(text, Infinity);
      assert.deepEqual(lintMarkdown(text, 2000), whole);
      assert.deepEqual(
        [...new Set(whole.map(d => d.code))].sort(),
        ['duplicate-definition', 'duplicate-reference', 'missing-note-text', 'residue-replacement-char', 'unbalanced-emphasis'],
      );
    });

    it('is linted without blocking the event loop, and a newer version stops the work', async () => {
      assert.deepEqual(await lintMarkdownAsync(text), lintMarkdown(text));
      let pieces = 0;
      assert.equal(await lintMarkdownAsync(text, () => ++pieces > 1), undefined);
      assert.equal(pieces, 2);
    });
  });

  describe('quick fixes', () => {
    it('adds a definition stub for an undefined reference at the end of the document', () => {
      const text = 'A claim.[^7]\n';
      const [fix] = fixesFor(lintMarkdown(text)[0], text);
      assert.equal(fix.title, 'Add a definition stub for [^7]');
      assert.deepEqual(fix.edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\n[^7]: \n' }]);
    });

    it('replaces residue with what it stands for, and offers nothing where no fix is obvious', () => {
      const text = 'A.\uFFFDI. Busygin.\n\nA.[^1]\n\n[^1]: One.\n\n[^2]: Two.\n';
      const [residue, unused] = lintMarkdown(text);
      assert.deepEqual(fixesFor(residue, text)[0].edits, [{ range: residue.range, newText: ' ' }]);
      assert.deepEqual(fixesFor(unused, text), []);
    });
  });
});
