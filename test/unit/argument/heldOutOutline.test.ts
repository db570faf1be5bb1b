// The derived outline measured on essays of published scholarship (test/fixtures/outline, with sources), each as
// its Markdown source is structured and as plain text with bare heading lines, against a key written before the
// outline was run: a text counts when the titled sections found are the key's, in order.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { outlineOf } from './fixtures';

interface KeyedText {
  file: string;
  url: string;
  expectTitle: string;
  sections: string[];
}

const dir = path.join(__dirname, '..', '..', 'fixtures', 'outline');
const { texts } = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8')) as { texts: KeyedText[] };
/**
 * How many of the three texts had every section found when measured (the issue asks for 80 %): first 3 in Markdown,
 * 0 as plain text, 0 titles; 3, 3 and 3 once front matter, template tags and bare heading lines were read.
 */
const MEASURED = { markdown: 3, plain: 3, titles: 3 };

const sectionsOf = (file: string) =>
  outlineOf(readFileSync(path.join(dir, file), 'utf8'))
    .sections.map(s => s.title?.trim())
    .filter((t): t is string => Boolean(t));

describe('derived outline on published essays', () => {
  it('finds the sections of the essays as written in Markdown, and their titles', () => {
    const found = texts.filter(t => JSON.stringify(sectionsOf(t.file)) === JSON.stringify(t.sections));
    const titled = texts.filter(t => outlineOf(readFileSync(path.join(dir, t.file), 'utf8')).title === t.expectTitle);
    assert.ok(found.length >= MEASURED.markdown, texts.map(t => `${t.file}: ${JSON.stringify(sectionsOf(t.file))}`).join('\n'));
    assert.ok(titled.length >= MEASURED.titles, `titles: ${titled.length} of ${texts.length}`);
  });

  it('finds the sections of the same essays as plain text, where a heading is a bare line', () => {
    const plain = (t: KeyedText) => t.file.replace(/\.md$/, '.plain.md');
    const found = texts.filter(t => JSON.stringify(sectionsOf(plain(t))) === JSON.stringify(t.sections));
    assert.ok(found.length >= MEASURED.plain, texts.map(t => `${plain(t)}: ${JSON.stringify(sectionsOf(plain(t)))}`).join('\n'));
  });
});
