import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { loadCorpusData } from '../../../src/core/corpusData';
import { Glossary } from '../../../src/core/glossary';
import { MentionFinder } from '../../../src/core/officials/mentions';
import type { Annotation } from '../../../src/core/annotations';
import type { TextSources } from '../../../src/core/translit';
import { buildDocumentIndex } from '../../../src/core/document';
import { opisMarkdownIt, type PreviewData } from '../../../src/features/preview/markdownItPlugin';

const ALL = { romanized: true, glossaryTerms: true, officials: true };

async function bundledSources(): Promise<TextSources> {
  const read = async (file: string) => ({ text: readFileSync(`corpus/${file}`, 'utf8'), file, own: false });
  const data = await loadCorpusData({ own: async () => undefined, bundled: read }, { trusted: true });
  return { glossary: data.glossary, lexicon: data.lexicon, officials: new MentionFinder(data.officials) };
}

/** Renders as the preview does: a fresh env per rendering. */
function renderer(data: PreviewData | undefined) {
  const md = opisMarkdownIt(new MarkdownIt(), () => data);
  return (text: string) => md.render(text, {});
}

/** The card a mark or note reference points to, from the hidden cards at the end. */
function cardOf(html: string, marked: RegExp): string {
  const id = marked.exec(html)?.[1];
  assert.ok(id, `${marked} is marked`);
  const card = new RegExp(`<div class="opis-card" id="${id}" role="tooltip">(.*?)</div>`).exec(html)?.[1];
  assert.ok(card, `card ${id} is rendered`);
  return card;
}

describe('preview markdown-it plugin', () => {
  let sources: TextSources;
  before(async () => {
    sources = await bundledSources();
  });

  it('renders footnotes as superscript references linked to the notes and back', () => {
    const html = renderer(undefined)('Text.[^7]\n\n[^7]: A note.\n');
    assert.match(html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<li id="fn1" class="footnote-item"><p>A note\. <a href="#fnref1" class="footnote-backref">/);
    assert.doesNotMatch(html, /opis-/);
  });

  it('points a note reference to its card with the Ibid. resolved', () => {
    const html = renderer({ sources, kinds: ALL })(readFileSync('corpus/harris-dual-subordination.md', 'utf8'));
    const card = cardOf(html, /<a class="opis-note-ref" data-opis-card="(opis-card-\d+)" href="#fn\d+" id="fnref\d+">\[28\]/);
    assert.match(card, /^<p><strong>Note 28<\/strong><\/p>/);
    assert.match(card, /<strong>Ibid\. → note 27:<\/strong> RGASPI, f\. 17, op\. 3, d\. 677/);
    assert.match(card, /Rossiiskii Gosudarstvennyi Arkhiv Sotsial’no-Politicheskoi Istorii/);
  });

  it('marks archive sigla, citation abbreviations, officials and romanized words with their cards', () => {
    const html = renderer({ sources, kinds: ALL })('Kaganovich wrote to the *obkom*.[^1]\n\n[^1]: RGASPI, f. 17, op. 3, d. 5, l. 2.\n');
    assert.match(cardOf(html, /data-opis-card="(opis-card-\d+)">RGASPI</), /Russian State Archive of Socio-Political History/);
    assert.match(cardOf(html, /<span class="opis-mark opis-official" data-opis-card="(opis-card-\d+)">Kaganovich</), /Каганович/);
    assert.match(cardOf(html, /<span class="opis-mark opis-glossary" data-opis-card="(opis-card-\d+)">obkom</), /Cyrillic: <span lang="ru">обком/);
    assert.match(html, /<span class="opis-mark opis-glossary" data-opis-card="opis-card-\d+">op\.<\/span>/);
  });

  it('shows the Cyrillic of a romanized word', () => {
    const html = renderer({ sources, kinds: ALL })('The skloki over the samokritika.\n');
    assert.match(cardOf(html, /<span class="opis-mark opis-romanized" data-opis-card="(opis-card-\d+)">samokritika</), /<strong lang="ru">самокритика<\/strong>/);
  });

  it('follows the highlight settings', () => {
    const html = renderer({ sources, kinds: { romanized: false, glossaryTerms: false, officials: false } })('Kaganovich and the skloki in RGASPI.[^1]\n\n[^1]: Note.\n');
    assert.doesNotMatch(html, /opis-mark/);
    assert.match(html, /opis-note-ref/);
  });

  it('escapes hostile note and body text: no tag, image or handler from the corpus survives', () => {
    const hostile = 'Kaganovich <img src=x onerror=alert(1)> & <script>alert(2)</script>';
    const text = `${hostile}[^x]\n\n[^x]: *${hostile}* ![t](https://example.org/track.png) <img src="https://example.org/t.png">, RGASPI, f. 17.\n`;
    // As the preview renders: raw HTML allowed in the article, so only Opis's own output is under test here.
    const html = opisMarkdownIt(new MarkdownIt({ html: false }), () => ({ sources, kinds: ALL })).render(text, {});
    const cards = html.slice(html.indexOf('<aside class="opis-cards"'));
    assert.doesNotMatch(cards, /<img|<script|<a /);
    const card = cardOf(html, /data-opis-card="(opis-card-\d+)" href="#fn1"/);
    assert.match(card, /<em>Kaganovich &lt;img src=x onerror=alert\(1\)&gt; &amp; &lt;script&gt;alert\(2\)&lt;\/script&gt;<\/em> t &lt;img src=&quot;https:/);
    const body = html.slice(0, html.indexOf('<sup'));
    assert.doesNotMatch(body, /<img|<script/);
    assert.match(body, /<span class="opis-mark opis-official" data-opis-card="opis-card-\d+">Kaganovich<\/span> &lt;/);
  });

  it('escapes hostile glossary data in marks and cards', () => {
    const hostile = { term: 'Xkom', kind: 'term' as const, expansion: '<img src="https://example.org/x.png">', english: '<script>1</script>', cyrillic: '"><b>' };
    const glossary = new Glossary([hostile]);
    const html = renderer({ sources: { ...sources, glossary }, kinds: ALL })('The Xkom met.\n');
    assert.doesNotMatch(html, /<img|<script|<b>/);
    assert.match(cardOf(html, /data-opis-card="(opis-card-\d+)">Xkom</), /&lt;img src=&quot;https:\/\/example\.org\/x\.png&quot;&gt;/);
  });

  it('renders the same cards when the same tokens are rendered again', () => {
    const md = opisMarkdownIt(new MarkdownIt(), () => ({ sources, kinds: ALL }));
    const tokens = md.parse('Kaganovich.[^1]\n\n[^1]: RGASPI, f. 17.\n', {});
    const first = md.renderer.render(tokens, md.options, {});
    assert.equal(md.renderer.render(tokens, md.options, {}), first);
    assert.match(first, /<aside class="opis-cards" hidden>.*Note 1/);
  });

  it('embeds the annotations\' passages and their cards, escaped, and renders again when they change', () => {
    const text = 'Kaganovich wrote to the *obkom*.[^1] Nothing followed.\n\n[^1]: RGASPI, f. 17.\n';
    const start = text.indexOf('wrote');
    const note = (body: string): Annotation => ({ id: 'urn:uuid:n', source: 'a.md', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, note: body, tags: ['<img src="https://example.org/x.png">'], category: 'Disagree', created: '', modified: '', replies: [] });
    let annotations: PreviewData['annotations'] = { key: '1', list: [{ annotation: note('<script>alert(1)</script>'), start, end: start + 'wrote to the *obkom*'.length }] };
    const md = opisMarkdownIt(new MarkdownIt(), () => ({ sources, kinds: ALL, annotations }));
    const tokens = md.parse(text, {});
    const first = md.renderer.render(tokens, md.options, {});
    assert.doesNotMatch(first, /<script|<img/);
    const json = /<div class="opis-annotations" hidden data-opis-annotations="([^"]*)"><\/div>$/.exec(first)?.[1];
    assert.ok(json, 'the list ends the document');
    assert.match(json, /^\[\{&quot;id&quot;:&quot;urn:uuid:n&quot;,&quot;colour&quot;:&quot;disagree&quot;,&quot;card&quot;:&quot;(opis-card-\d+)&quot;,&quot;target&quot;:\{&quot;exact&quot;:&quot;wrote to the obkom&quot;/);
    const card = cardOf(first, /&quot;card&quot;:&quot;(opis-card-\d+)&quot;/);
    assert.match(card, /<strong>Disagree<\/strong> · <code>&lt;img src=&quot;https:\/\/example\.org\/x\.png&quot;&gt;<\/code><\/p><p class="opis-annotation-note">&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    annotations = { key: '2', list: [{ annotation: note('Changed.'), start, end: start + 5 }] };
    const second = md.renderer.render(tokens, md.options, {});
    assert.match(second, /Changed\./);
    assert.match(second, /&quot;exact&quot;:&quot;wrote&quot;/);
  });

  it('renders a version whose index is still being made from the latest index, with the passages found last', () => {
    const before = 'Kaganovich wrote to the *obkom*.[^1] Nothing followed.\n\n[^1]: RGASPI, f. 17.\n';
    const after = 'Later, Kaganovich wrote to the *obkom*.[^1] Nothing followed.\n\n[^1]: RGASPI, f. 17.\n';
    const start = before.indexOf('wrote');
    const note = (body: string): Annotation => ({ id: 'urn:uuid:n', source: 'a.md', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, note: body, tags: [], category: 'Question', created: '', modified: '', replies: [] });
    const earlier = buildDocumentIndex(before);
    let data: PreviewData = { sources, kinds: ALL, index: () => earlier, document: 'file:///a.md', annotations: { key: '1', list: [{ annotation: note('First.'), start, end: start + 5 }] } };
    const md = opisMarkdownIt(new MarkdownIt(), () => data);
    const exact = (html: string) => /&quot;exact&quot;:&quot;([^&]*)&quot;/.exec(html)?.[1];
    assert.equal(exact(md.render(before, {})), 'wrote');
    // the edit moved the passage by seven characters; the earlier index is all there is
    data = { ...data, index: () => earlier, stale: true, annotations: { key: '2', list: [{ annotation: note('Second.'), start: start + 7, end: start + 12 }] } };
    const stale = md.render(after, {});
    assert.equal(exact(stale), 'wrote');
    assert.match(stale, /Second\./);
    assert.match(cardOf(stale, /class="opis-note-ref" data-opis-card="(opis-card-\d+)"/), /RGASPI, f\. 17/);
    // with nothing made yet, the references are plain until the preview is refreshed
    data = { ...data, index: () => undefined, stale: true };
    const plain = md.render(after, {});
    assert.doesNotMatch(plain, /opis-note-ref/);
    assert.match(plain, /href="#fn1"/);
  });
});
