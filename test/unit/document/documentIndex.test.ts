import * as assert from 'node:assert/strict';
import { buildDocumentIndex, buildDocumentIndexAsync, DocumentIndexCache } from '../../../src/core/document';
import { planChunks } from '../../../src/core/document/chunks';

const SAMPLE = [
  '# Title',
  '',
  'A claim[^1] and *another*[^note] and a missing one[^9].',
  '',
  '## Part two',
  '',
  'Again[^1].',
  '',
  '[^1]: First paragraph of the note with *Smolensk under Soviet rule* (Cambridge, 1958): 67.',
  '',
  '    Second paragraph of the same note.',
  '',
  '[^note]: RGASPI, f. 17, op. 3, d. 677, ll. 82-85.',
  '[^orphan]: A note nothing refers to.',
  '',
].join('\n');

describe('document index', () => {
  const index = buildDocumentIndex(SAMPLE);

  it('lists sections with their heading range and extent', () => {
    assert.deepEqual(index.sections.map(s => [s.title, s.level, s.headingRange.start.line, s.range.end.line]), [
      ['Title', 1, 0, 14],
      ['Part two', 2, 4, 14],
    ]);
    assert.equal(index.sectionAt({ line: 6, character: 0 })?.title, 'Part two');
    assert.equal(index.sectionAt({ line: 2, character: 0 })?.title, 'Title');
  });

  it('lists body paragraphs with their text and footnote references', () => {
    assert.deepEqual(index.paragraphs.map(p => [p.text, p.footnotes, p.range.start.line]), [
      ['A claim and another and a missing one[^9].', ['1', 'NOTE', '9'], 2],
      ['Again.', ['1'], 6],
    ]);
  });

  it('leaves an HTML comment out of the text a reader sees (an imported page marker), and keeps other raw HTML as written', () => {
    const imported = buildDocumentIndex([
      '## Molokanism <!-- p. 20 -->',
      '',
      'Many of whom held to their own traditions, <!-- p. 21 --> doctrines and <sup>new</sup> rituals.[^1]',
      '',
      '[^1]: RGIA, f. 776, op. 8, <!-- p. 22 --> d. 2015, l. 9; <i>Dukhovnyi khristianin</i>.',
      '',
    ].join('\n'));
    assert.equal(imported.sections[0].title, 'Molokanism');
    assert.equal(imported.paragraphs[0].text, 'Many of whom held to their own traditions,  doctrines and <sup>new</sup> rituals.');
    const note = imported.definition('1')!;
    assert.equal(note.text, 'RGIA, f. 776, op. 8, d. 2015, l. 9; <i>Dukhovnyi khristianin</i>.');
    assert.doesNotMatch(note.markdown, /p\\?\. 22|<!|&lt;!/);
  });

  it('finds every reference with its range, including one to a missing note', () => {
    assert.deepEqual(index.references.map(r => [r.label, r.defined, r.range.start.line, r.range.start.character, r.range.end.character]), [
      ['1', true, 2, 7, 11],
      ['note', true, 2, 25, 32],
      ['9', false, 2, 50, 54],
      ['1', true, 6, 5, 9],
    ]);
    assert.equal(index.referenceAt({ line: 2, character: 9 })?.label, '1');
    assert.equal(index.referenceAt({ line: 2, character: 3 }), undefined);
    assert.equal(index.referencesTo('1').length, 2);
    assert.equal(index.referencesTo('NOTE').length, 1, 'labels match case-insensitively');
  });

  it('keeps every paragraph of a definition, its plain text, emphasis and safe Markdown', () => {
    const def = index.definition('1')!;
    assert.equal(def.text, 'First paragraph of the note with Smolensk under Soviet rule (Cambridge, 1958): 67.\n\nSecond paragraph of the same note.');
    assert.deepEqual(def.emphasis.map(e => def.text.slice(e.start, e.end)), ['Smolensk under Soviet rule']);
    assert.match(def.markdown, /\*Smolensk under Soviet rule\* \\\(Cambridge, 1958\\\): 67\\\./);
    assert.deepEqual([def.range.start.line, def.range.end.line, def.labelRange.end.character], [8, 10, 4]);
    assert.equal(index.definitionAt({ line: 10, character: 6 })?.label, '1');
    assert.equal(index.onDefinitionLabel({ line: 8, character: 2 })?.label, '1');
    assert.equal(index.onDefinitionLabel({ line: 8, character: 10 }), undefined);
  });

  it('keeps notes nothing refers to, and orders numbered notes by number', () => {
    assert.deepEqual(index.notes().map(n => n.label), ['1', 'note', 'orphan']);
    assert.equal(index.referencesTo('orphan').length, 0);
    const numbered = buildDocumentIndex('x[^2] y[^10] z[^1]\n\n[^10]: c\n\n[^2]: b\n\n[^1]: a\n');
    assert.deepEqual(numbered.notes().map(n => n.label), ['1', '2', '10']);
  });

  it('escapes link and HTML syntax in the safe Markdown of a note', () => {
    const def = buildDocumentIndex('x[^1]\n\n[^1]: [run](command:workbench.action.quit) <img src=x onerror=alert(1)> `code`\n').definition('1')!;
    assert.doesNotMatch(def.markdown, /\]\(command:/);
    assert.doesNotMatch(def.markdown, /(?<!\\)<img/);
    assert.match(def.markdown, /run/);
  });
});

describe('document index on bad input', () => {
  it('treats an unterminated `[^` and nested brackets as text', () => {
    const index = buildDocumentIndex('Broken [^ and [^1 here [[^1]] and [^[^1]].\n\n[^1]: Note.\n');
    assert.ok(index.references.every(r => r.label === '1'));
    assert.ok(index.references.length >= 1);
    assert.equal(index.definition('1')?.text, 'Note.');
  });

  it('survives an empty text, a lone marker and a definition without content', () => {
    for (const text of ['', '[^', '[^]:', '[^1]:', '[^1]:\n\n[^1]: again\n']) {
      const index = buildDocumentIndex(text);
      assert.ok(Array.isArray(index.references), JSON.stringify(text));
    }
    assert.equal(buildDocumentIndex('x[^1]\n\n[^1]: first\n\n[^1]: second\n').definition('1')?.text, 'first');
  });

  it('parses a large text piece by piece with the same result as in one piece', () => {
    const block = (i: number) => `Paragraph ${i} cites[^${i}] a source.\n\n[^${i}]: RGASPI, f. ${i}, op. 1, d. 2, l. 3.\n\n    Continued ${i}.\n\n`;
    const text = '```\n[^0]: not a note\n\n```\n\n' + Array.from({ length: 60 }, (_, i) => block(i + 1)).join('') + 'Last[^1].\n';
    assert.ok(planChunks(text, 500).length > 5);
    const whole = buildDocumentIndex(text);
    const pieces = buildDocumentIndex(text, 500);
    const shape = (ix: typeof whole) => JSON.stringify([ix.references, ix.definitions, ix.paragraphs, ix.sections]);
    assert.equal(shape(pieces), shape(whole));
    assert.equal(whole.definitions.length, 60);
    assert.equal(whole.references.filter(r => r.defined).length, 61);
    assert.equal(whole.definition('60')?.text, 'RGASPI, f. 60, op. 1, d. 2, l. 3.\n\nContinued 60.');
    assert.equal(whole.definition('0'), undefined, 'fenced code is not a note');
  });

  it('never starts a piece at a --- rule, which would open front matter there', () => {
    const block = (i: number) => `## Section ${i}\n\nParagraph ${i} cites[^${i}] a source.\n\n---\n\nMore ${i}.\n\n[^${i}]: A note ${i}.\n\n`;
    const text = Array.from({ length: 40 }, (_, i) => block(i + 1)).join('');
    const shape = (ix: ReturnType<typeof buildDocumentIndex>) => JSON.stringify([ix.references, ix.definitions, ix.paragraphs, ix.sections]);
    for (const size of [100, 150, 200, 300]) assert.equal(shape(buildDocumentIndex(text, size)), shape(buildDocumentIndex(text)), `pieces of ${size}`);
    assert.equal(buildDocumentIndex(text, 300).sections.length, 40);
  });

  it('indexes a 5 MB file without holding the event loop for the whole parse', async function () {
    this.timeout(180000);
    const unit = 'The Obkom and the NKVD met again in Sverdlovsk oblast’ to settle the plan for the coming year.\n\n';
    let text = '';
    let n = 0;
    while (text.length < 5_000_000) {
      n++;
      text += unit.repeat(40) + `A claim[^${n}].\n\n[^${n}]: GARF, f. ${n}, op. 1, d. 1, l. 1.\n\n`;
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const index = await buildDocumentIndexAsync(text);
    clearInterval(timer);
    assert.equal(index?.definitions.length, n);
    assert.equal(index?.references.length, n);
    assert.ok(ticks > 10, `the event loop ran ${ticks} times during the build`);
  });
});

describe('document index cache', () => {
  it('parses once per version and rebuilds for a new one', () => {
    const cache = new DocumentIndexCache(2);
    let reads = 0;
    const text = () => {
      reads++;
      return 'x[^1]\n\n[^1]: y\n';
    };
    const a = cache.obtain('file:///a.md', 1, text);
    assert.equal(cache.obtain('file:///a.md', 1, text), a);
    assert.equal(reads, 1);
    const b = cache.obtain('file:///a.md', 2, text);
    assert.notEqual(b, a);
    assert.equal(cache.get('file:///a.md', 1), undefined);
    assert.equal(cache.latest('file:///a.md')?.version, 2);
  });

  it('shares one async build per version and drops a build overtaken by a newer version', async () => {
    const cache = new DocumentIndexCache();
    const first = cache.obtainAsync('u', 1, () => 'a[^1]\n\n[^1]: old\n');
    assert.equal(cache.obtainAsync('u', 1, () => 'unused'), first);
    const second = cache.obtainAsync('u', 2, () => 'a[^1]\n\n[^1]: new\n');
    assert.equal(await first, undefined);
    assert.equal((await second)?.definition('1')?.text, 'new');
    assert.equal(cache.get('u', 2), await second);
  });

  it('keeps derived data once per index', () => {
    const index = buildDocumentIndex('x');
    const key = {};
    let runs = 0;
    index.memo(key, () => ++runs);
    index.memo(key, () => ++runs);
    assert.equal(runs, 1);
  });
});
