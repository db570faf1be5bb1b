// The derived outline measured on essays of published scholarship (test/fixtures/outline, with sources), each as
// its Markdown source is structured and as plain text with bare heading lines, against a key written before the
// outline was run: a text counts when the titled sections found are the key's, in order (quotes compared straight:
// pandoc's plain writer curls them).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { outlineOf } from './fixtures';

interface KeyedText {
  file: string;
  url: string;
  /** null where the stored text gives no title (eighth set). */
  expectTitle: string | null;
  sections: string[];
  /** The question and thesis a sentence of the text states (null where none does); keyed for the fourth set. */
  question?: string | null;
  thesis?: string | null;
}
interface KeyedSet {
  texts: KeyedText[];
}

const dir = path.join(__dirname, '..', '..', 'fixtures', 'outline');
const key = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8')) as KeyedSet & { heldOut: KeyedSet; secondHeldOut: KeyedSet; thirdHeldOut: KeyedSet; fourthHeldOut: KeyedSet; fifthHeldOut: KeyedSet; sixthHeldOut: KeyedSet; seventhHeldOut: KeyedSet; eighthHeldOut: KeyedSet; ninthHeldOut: KeyedSet };
/**
 * How many texts had every section (and the title) found when measured; fewer is a regression (the issue asks for
 * 80 %). First set, first run: 3 in Markdown, 0 as plain text, 0 titles; the readings were then made on it. The
 * held-out set, first run after them: 5 of 5 in Markdown, 5 titles, 0 of 5 as plain text; after the readings of a
 * quoted heading, a heading with its subheading and a heading before a shorter sentence, 1 of 5 as plain text; after
 * those of the notes' and bibliography's headings, an opening heading where no title line stands above it, heading
 * lines counted with images between them, prose after a fragment or ending in a parenthesised citation, and one
 * lower-case word in a title-case line, 5 of 5 (these were made on this set's misses, so 5 is no held-out figure).
 * The second held-out set, first run after all these: 6 of 6 in Markdown, 6 titles, 3 of 6 as plain text; after the
 * readings of a question in title case, one lower-case word in a longer title-case line and a bibliography entry
 * with a comma, 6 of 6 (again made on its misses).
 * The third held-out set, first run after all these: 5 of 6 in Markdown (an italic question to the reader taken
 * for a heading), 6 titles, 4 of 6 as plain text (a title-case line with a comma and one lower-case word, a heading
 * opening with an ordinal); after those readings, 6 of 6 (made on its misses).
 * The fourth held-out set (test/fixtures/outline/journals: openings of texts on Soviet history from other sites, as
 * plain text copied from a page or extracted from a PDF), first run after all these: the sections of 2 of 9, 5 of 9
 * titles, no question or thesis proposed (the one thesis keyed stands in an abstract, not an introduction). After
 * the readings of a contents or plan, `1.Context`, a heading ending in its years, a converter's empty emphasis, a
 * part's name over a PDF's wrapped lines, a chapter's label and a title in capitals ending in `ГГ.`: 7 of 9, 7
 * titles (made on its misses). Still missed: a preface whose paragraph is indented as a code block, a run-in
 * heading (`Background The tragic decade…`), and two titles (a PDF's page header; a title run on with its authors,
 * now none where the journal's name was given).
 * The fifth held-out set (test/fixtures/outline/journals2, gathered after those readings), first run: the sections of
 * 1 of 6, 0 titles (an author line above the title, a PDF's page marker, run-on lines), and two headings where the
 * text has none (an address `66 Kolmogorova str., …` read as numbered, an identifier `RFMTRR` as capitals); no
 * question or thesis proposed. After the readings of a part's name alone on a line (also amid run-on lines), prose
 * right after a heading in capitals or numbered without a stop, a contents heading naming its work and a PDF page's
 * mark: 5 of 6, 1 title (made on its misses). Still missed: a heading amid run-on lines that is no part's name
 * (`Аннотация и ключевые слова`), and five titles (an author's line above the title, a series line, run-on lines,
 * a site's rubric, a catalogue line too long for a title: none is given for three, a wrong one for two).
 * The sixth held-out set (test/fixtures/outline/journals3, gathered after all those readings), first run: the sections
 * of 3 of 6, 1 title, three headings where the text has none (an author's line `В.В. Лавринов` under a title ending
 * in `гг.`, a metadata table's `Аннотация` labels read as a part's name amid run-on lines), and the one question
 * keyed proposed right. After the readings of an author's initials as no heading, a title ending in `гг.` or `в.`, a
 * dateline or a line without a letter as no title, and a part's name only over a line of prose: 5 of 6, 3 titles
 * (made on its misses; every earlier set's outline unchanged); after the reading of a part's name run in at a
 * paragraph's start (`BACKGROUND In 1933 …`, also `Background The tragic decade …` of the fourth set), 6 of 6 and the
 * fourth set 8 of 9. Still missed: titles run on with a journal's name or under a conference's line. After the
 * reading of an indented paragraph as prose in a text without code, and of a preface's name as a part's, the fourth set
 * 9 of 9 (its known miss).
 * The seventh held-out set (test/fixtures/outline/journals4, eight texts from eight more sites, gathered after all
 * those readings), first run: the sections of 5 of 8, 3 titles, three headings where the text has none (a title and
 * its author over a byline `By N. SRINIVASAN, M. A.` read as headings, a site's title over a page's number read as an
 * opening heading), a wrong question proposed (`In Part I, I will examine …` before the sentence naming the
 * investigation) and the one thesis keyed proposed right. After the readings of a byline as no prose and the title
 * over it, a Roman number alone on a line, an opening heading only over prose, a contents heading glued to entries
 * with leaders, an abstract's label after a title run on in one line, and a question named as an investigation
 * `as to whether`: 8 of 8, 5 titles (made on its misses; every earlier set's outline and the bundled article's
 * unchanged); after the reading of a title on the first of lines run on (in capitals, or repeated on the next line),
 * 7 titles, and the sixth set 4; after the readings of a PDF's lines made paragraphs each joined again and of a
 * preface as the introduction when a title page's lines come first, its question keyed (broken over those lines) is
 * proposed too. Still missed: a title whose words run together (a wrong one is given, title and author in one).
 * The eighth held-out set (test/fixtures/outline/journals5, eleven texts from eleven more sites, gathered after all
 * those readings and those of a question others answer, a quotation's question, a caption and the author's voice set
 * off by commas), first run: the sections of 8 of 11, 5 titles, one wrong question (a contents' entries run on, read as
 * one sentence up to `5 A Second Serfdom?`), none of the four questions keyed and one of the three theses proposed.
 * After the readings of a part's name repeated run in under itself, a contents ending in a colon over its entries run
 * on, a contents of three entries at least (a contents link over a heading and its subtitle is none), lines run on
 * mostly short as a list and no sentence, and datelines in words, host status lines and ISBNs as no title: 11 of 11,
 * 7 titles (made on its misses; every earlier set's outline and the bundled article's unchanged). Still missed: a
 * record's first label taken for the title of a text that has none, a blog post's title given for the book's, no title
 * found amid two catalogue pages' lines, and the questions a work states without asking (`this work ties together …
 * to examine`, `an exploration of`, `the aim … is to discuss`).
 * The ninth held-out set (test/fixtures/outline/journals6, thirteen texts from thirteen more sites), first run: the
 * sections of 7 of 13, 5 titles, no question or thesis keyed proposed and a title's question proposed where none is
 * keyed (misses by kind in the key). After the readings of `Annotation` and `Keywords` as parts' names, a part's name
 * as the last of lines run on over prose, a contents whose entries are list items or ask, a title page's place and
 * year, a title's last line `в 1920-е гг.` as no prose, a site's host, menu and name and a genre's name as no title, a
 * title in capitals ending in a stop, and a headline's question over its subtitle as no question: 12 of 13, 8 titles
 * (made on its misses; every earlier set's outline and the bundled article's unchanged).
 */
const MEASURED = {
  first: { markdown: 3, plain: 3, titles: 3 },
  heldOut: { markdown: 5, plain: 5, titles: 5 },
  secondHeldOut: { markdown: 6, plain: 6, titles: 6 },
  thirdHeldOut: { markdown: 6, plain: 6, titles: 6 },
  fourthHeldOut: { given: 9, titles: 7 },
  fifthHeldOut: { given: 5, titles: 1 },
  sixthHeldOut: { given: 6, titles: 4 },
  seventhHeldOut: { given: 8, titles: 7 },
  eighthHeldOut: { given: 11, titles: 7 },
  ninthHeldOut: { given: 12, titles: 8 },
};

const straight = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const outlineAt = (file: string) => outlineOf(readFileSync(path.join(dir, file), 'utf8'));
const sectionsOf = (file: string) =>
  outlineAt(file)
    .sections.map(s => s.title?.trim())
    .filter((t): t is string => Boolean(t))
    .map(straight);
const plainFile = (t: KeyedText) => t.file.replace(/\.md$/, '.plain.md');
const found = (texts: KeyedText[], file: (t: KeyedText) => string) => texts.filter(t => JSON.stringify(sectionsOf(file(t))) === JSON.stringify(t.sections.map(straight)));
const report = (texts: KeyedText[], file: (t: KeyedText) => string) => texts.map(t => `${file(t)}: ${JSON.stringify(sectionsOf(file(t)))}`).join('\n');

const SETS = [
  ['first set', key, MEASURED.first],
  ['held-out set', key.heldOut, MEASURED.heldOut],
  ['second held-out set', key.secondHeldOut, MEASURED.secondHeldOut],
  ['third held-out set', key.thirdHeldOut, MEASURED.thirdHeldOut],
] as const;

for (const [name, set, measured] of SETS) {
  describe(`derived outline on published essays, ${name}`, () => {
    it(`finds the sections of at least ${measured.markdown} as written in Markdown, and ${measured.titles} titles`, () => {
      assert.ok(found(set.texts, t => t.file).length >= measured.markdown, report(set.texts, t => t.file));
      const titled = set.texts.filter(t => outlineAt(t.file).title === t.expectTitle);
      assert.ok(titled.length >= measured.titles, `titles: ${titled.length} of ${set.texts.length}`);
    });

    it(`finds the sections of at least ${measured.plain} as plain text, where a heading is a bare line`, () => {
      assert.ok(found(set.texts, plainFile).length >= measured.plain, report(set.texts, plainFile));
    });
  });
}

const GIVEN = [
  ['fourth', key.fourthHeldOut, MEASURED.fourthHeldOut],
  ['fifth', key.fifthHeldOut, MEASURED.fifthHeldOut],
  ['sixth', key.sixthHeldOut, MEASURED.sixthHeldOut],
  ['seventh', key.seventhHeldOut, MEASURED.seventhHeldOut],
  ['eighth', key.eighthHeldOut, MEASURED.eighthHeldOut],
  ['ninth', key.ninthHeldOut, MEASURED.ninthHeldOut],
] as const;

for (const [name, { texts }, measured] of GIVEN) describe(`derived outline on texts of other sites, ${name} held-out set (plain text as copied or extracted)`, () => {
  it(`finds the sections of at least ${measured.given} and ${measured.titles} titles`, () => {
    assert.ok(found(texts, t => t.file).length >= measured.given, report(texts, t => t.file));
    const titled = texts.filter(t => outlineAt(t.file).title === t.expectTitle);
    assert.ok(titled.length >= measured.titles, `titles: ${titled.length} of ${texts.length}`);
  });

  it('proposes no question or thesis but the one the text states', () => {
    for (const t of texts) {
      const { question, thesis } = outlineAt(t.file);
      for (const [proposed, keyed] of [[question, t.question], [thesis, t.thesis]] as const) {
        if (proposed) assert.equal(straight(proposed.text), straight(keyed ?? ''), t.file);
      }
    }
  });
});
