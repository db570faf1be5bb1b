import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importText } from '../../../../src/core/corpus/importText';
import { readPdfLayout } from '../../../../src/core/corpus/pdf/readPdfLayout';
import { partHyphenJoins } from '../../../../src/core/corpus/plainText/hyphenJoins';
import { buildBlocks } from '../../../../src/core/corpus/plainText/blocks';
import { readColumns } from '../../../../src/core/corpus/plainText/columns';
import { gluedNoteStart } from '../../../../src/core/corpus/plainText/gluedNote';
import { splitPages } from '../../../../src/core/corpus/plainText/pages';
import type { PdfTextItem } from '../../../../src/core/corpus/pdf/textItems';
import { closeTypesetSpacing } from '../../../../src/core/corpus/typesetSpacing';
import { softLineEndHyphens } from '../../../../src/core/corpus/wordHyphens';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';
import { readPdfPages } from '../../../../src/node/readPdf';

// Layouts LaTeX sets (see test/fixtures/import/README.md), on lines of the Harris article as pdflatex set them.
const SIZE = 9.9626;
const item = (text: string, x: number, y: number, width: number, size = SIZE): PdfTextItem => ({ text, x, y, width, size, italic: false, bold: false });
const textOf = (article: ReturnType<typeof readPdfLayout>) =>
  article.blocks.map(b => ('inlines' in b ? b.inlines : []).map(i => (i.kind === 'text' ? i.text : i.kind === 'ref' ? `[^${i.n}]` : '')).join('')).filter(t => t !== '');

describe('a page set by LaTeX in two columns', () => {
  it('reads the left column before the right one across a gutter one em wide (\\columnsep 10pt)', () => {
    const left = [
      'existing studies of the Soviet “organs” (Cheka, OGPU,',
      'NKVD, MGB, MVD) analyse in depth the significance',
      'of their structures and lines of subordination. This is',
      'particularly striking given that a substantial majority of',
    ];
    const right = [
      'decade and a half of Soviet power, it was more collab-',
      'orative than perhaps the central leadership might have',
      'preferred. In the Urals region, the fact that the party',
      'apparatus appointed, paid and provided perks of employment.',
    ];
    const page = { items: [...left.map((t, i) => item(t, 54, 594.34 - i * 11.955, 247.02)), ...right.map((t, i) => item(t, 311.0, 594.34 - i * 11.955, 247.02))] };
    const [text] = textOf(readPdfLayout([page]));
    assert.ok(text.startsWith('existing studies of the Soviet “organs” (Cheka, OGPU, NKVD, MGB, MVD) analyse in depth the significance of their structures and lines of subordination. This is particularly striking given that a substantial majority of decade and a half'), text);
  });

  it('reads the title\'s lines and the byline set across both columns as one title block', async () => {
    // p. 87 of harris-latex-columns.pdf: the title in two lines and the author, centred across the gutter.
    const [first] = await readPdfPages(readFileSync(path.join(__dirname, '../../../fixtures/import/harris-latex-columns.pdf')));
    const article = readPdfLayout([first]);
    assert.deepEqual(article.meta, { title: 'Dual subordination? The political police and the party in the Urals region, 1918-1953', author: 'James Harris' });
    assert.deepEqual(article.blocks.filter(b => b.kind === 'heading'), []);
  });

  it('takes a page\'s top line naming the journal for its running head, though two pages show it only once', async () => {
    // kolkhoz-latex-columns.pdf: the first page has no head, the second `Provincial History Review` centred.
    const pages = await readPdfPages(readFileSync(path.join(__dirname, '../../../fixtures/import/kolkhoz-latex-columns.pdf')));
    const article = readPdfLayout(pages);
    assert.equal(article.meta.journal, 'Provincial History Review');
    assert.deepEqual(textOf(article).filter(t => t.includes('Provincial History Review')), []);
  });

  it('joins a heading wrapped at a hyphen that split a word', () => {
    // p. 88 of harris-latex-columns.pdf.
    const body = ['In the Urals region, the relationship of the regional party', 'leaders and the Cheka/OGPU tended from the outset to', 'be mutually supportive. The regional party organs had'];
    const page = {
      items: [
        { ...item('ChK/GPU and the local “opposi-', 54, 727.24, 247.02, 14.3462), bold: true },
        { ...item('tions”', 54, 709.31, 42.07, 14.3462), bold: true },
        ...body.map((t, i) => item(t, 54, 685.3 - i * 11.955, 247.02)),
      ],
    };
    assert.deepEqual(readPdfLayout([page]).blocks.filter(b => b.kind === 'heading'), [{ kind: 'heading', text: 'ChK/GPU and the local “oppositions”' }]);
  });
});

// Lines of harris-latex.pdf as pdftotext -layout writes them (pp. 151-152): TeX hyphenates words at line ends with
// the hyphen a compound has.
const P151 = [
  'were no arrests or accusations of “counter-revolutionary activity,” but acts of intimidation',
  'were counter-revolutionary elements among their economic managers.28 Other delegates,',
];
const P152 = [
  '    In the fall of 1928, in connection with an investigation of wrecking in the gold and',
  'platinum industries in the USSR, the Urals OGPU uncovered a local group of “counter-',
  'revolutionary specialists.”34 The new Oblast’ Executive Committee chairman I. D. Kabakov,',
  'among others in the Urals leadership, made much of the discovery–which came to be known',
  'as the “Uralplatina affair.” At the November 1928 Central Committee plenum, Kabakov an-',
  'nounced that documents found on local specialists–geologists–showed they had long hidden',
  'reserves not only of gold and platinum, but also of coal and ores.35 The Urals State Geolog-',
  'ical Surveying Administration (Ural’skoe Gosudarstvennoe Geologorazvedochnoe Upravlenie',
  '– UGGRU) became a special target for political pressure from the Obkom. Urals geologists',
  'were told to find new reserves of metals, ores and especially cokeable coal in an extremely',
  'short period. Significant proven deposits had the potential to substantially reduce the cost of',
  'metal production by reducing–or eliminating–the need to import coal from Siberia. Senior',
  'geologists scoffed at the demands. M. S. Volkov, the technical director of UGGRU later',
  'described his senior colleagues as scholars with their own research agendas, unhappy being',
  'compelled to serve the immediate needs of industry. They were most offended by the de-',
  'mands for immediate results. They knew that surveying the requested areas would require',
];
const NOTE_34 = [
  '34 Gosudarstvennyi Arkhiv Administrativnykh Organov Sverdlovskoi Oblasti (GAAO SO), f. 1, op. 2 Lich-',
  'nye dela, d. K-12238 O kontr-revoliutsionnoi vreditel’skoi organizatsii v zoloto-platinovoi promyshlennosti',
  'SSSR. All files from GAAO SO (the regional FSB archive) consist of transcripts of interrogations.',
];
// harris-latex-columns.pdf, pp. 88 and 93: two words the text uses, that are none together.
const FIVE_YEAR = [
  'organisations.8 A year later, Mrachkovskii and Ufimtsev',
  'For nearly five more years the same core group of “op-',
  'positionists” railed against the regional party organisa-',
  'tion both within regular party meetings and in public',
  'policy in its favour. In the competition for the first five-',
  'year plan investment, the lack of local supplies of cokeable',
];
/** The words whose line-end hyphen is read as soft. */
const softened = (runs: string[][]) =>
  softLineEndHyphens(runs).flatMap((run, r) => run.flatMap((soft, i) => (soft ? [`${/\S+$/.exec(runs[r][i])?.[0]}${/^\S+/.exec(runs[r][i + 1])?.[0]}`] : [])));

describe('a text whose typesetter hyphenates words at line ends', () => {
  before(() => useEnglishWordListFile());

  it('reads the hyphens that split words as soft, not those of compounds the text writes or of two words', () => {
    assert.deepEqual(softened([P151, P152, NOTE_34, FIVE_YEAR]), ['an-nounced', 'Geolog-ical', 'de-mands', 'Lich-nye', '“op-positionists”', 'organisa-tion']);
  });

  it('reads no hyphen as soft that ends a word holding one already: a typesetter breaks such a word only there', () => {
    // `top-secret` is no word of the text, nor `secretreport`: the word list alone would read the join as a split.
    const compound = ['the delegates of the Ural obkom received a top-secret-', 'report on the state of the mines in the region', 'and the trusts of the oblast’ sent their own to Moscow.'];
    assert.deepEqual(softened([P151, P152, NOTE_34, FIVE_YEAR, compound]), ['an-nounced', 'Geolog-ical', 'de-mands', 'Lich-nye', '“op-positionists”', 'organisa-tion']);
  });

  it('reads none as soft where the line ends split too few words: the hyphen may be a compound\'s', () => {
    // The same lines with all but two of the words TeX split set whole.
    const fewer = P152.map(l => l.replace(/ an-$| de-$/, m => ` ${m.trim().slice(0, -1)}`).replace(/^(?:nounced|mands) /, ''));
    assert.deepEqual(softened([P151, fewer, NOTE_34]), []);
  });

  it('reads the thin space TeX sets between two quotation marks and the spaced dots of an ellipsis as none', () => {
    // Notes 7 and 91 of harris-latex.pdf.
    assert.equal(closeTypesetSpacing('Politicheskoi Istorii (RGASPI), f. 17, op. 34, d. 110 Materialy k XII s’ ’ezdu RKP(b) o'), 'Politicheskoi Istorii (RGASPI), f. 17, op. 34, d. 110 Materialy k XII s’’ezdu RKP(b) o');
    assert.equal(closeTypesetSpacing('KPSS v rezoliutsiiakh. . . , op. cit., v. 8: 286.'), 'KPSS v rezoliutsiiakh…, op. cit., v. 8: 286.');
    // A quotation closed after a word's apostrophe, and four dots, are left.
    assert.equal(closeTypesetSpacing('the ‘oblast’’ . . . .'), 'the ‘oblast’’ . . . .');
    // A quotation closing or opening inside another.
    assert.equal(closeTypesetSpacing('he called them “the ‘former people,’ ” and'), 'he called them “the ‘former people,’” and');
    assert.equal(closeTypesetSpacing('(“ ‘Dizzy with Success’ was read aloud”)'), '(“‘Dizzy with Success’ was read aloud”)');
    // Two quotations side by side keep their space.
    assert.equal(closeTypesetSpacing('“kulak” ‘podkulachnik’'), '“kulak” ‘podkulachnik’');
  });

  it('reads a line run on into the gutter (a long web address) with its own column, where the other goes on beside it', () => {
    // The gutter is found on a column's length of rows, one of which crosses it.
    const full = (side: string) => Array.from({ length: 8 }, (_, i) => `${side} column's line ${i + 1} of the text set in full measure`);
    const left = [...full('the left'), 'of the regional party committee, see the inventory at', 'https://www.example.org/archive/fond-17/opis-21/inventory-of-delo.html.', 'and the protocols of the bureau for the years of the', 'first five-year plan, when the committee met weekly.'];
    const right = [...full('the right'), 'decade and a half of Soviet power, it was more collab-', 'orative than perhaps the central leadership might have', 'preferred. In the Urals region, the fact that the party', 'apparatus appointed, paid and provided perks of employment.'];
    const leftItems = left.map((t, i) => item(t, 54, 594.34 - i * 11.955, t.startsWith('https') ? 290 : 247.02));
    const page = { items: [...leftItems, ...right.map((t, i) => item(t, 311.0, 596.5 - i * 11.955, 247.02))] };
    const [first, second] = textOf(readPdfLayout([page]));
    assert.match(first, /line 8 of the text set in full measure of the regional party committee, see the inventory at https:\/\/www\.example\.org\/archive\/fond-17\/opis-21\/inventory-of-delo\.html\. and the protocols of the bureau for the years of the first five-year plan, when the committee met weekly\.$/);
    assert.match(second, /^the right column's line 1 /);
  });
});

// The kolkhoz article as LaTeX set it with endnotes (kolkhoz-latex-endnotes.pdf), cut to its first four notes: the
// notes under a heading at the end, each number raised on a line of its own above its note.
const KOLKHOZ_TEXT = [
  '    In the first years of mass collectivisation the district newspapers',
  'of the Middle Volga printed thousands of letters from collective farm-',
  'ers. Historians have long read these letters as a genre invented by the',
  'editors, a ritual of denunciation written to order.1 The files of the ed-',
  'itorial offices, which survive in the regional archive in Samara, allow a',
  'different reading. Many letters arrived unprompted, were signed, and',
  'were answered; some of them changed the fate of a chairman or an',
  'official of the district committee.2 This article follows the letters from',
  'the village to the editorial office, and from there to the procuracy and',
  'the party committee.',
  '    The letters were not written in a vacuum. The editors of Kolkhoz-',
  'naia pravda, the district paper of Syzran’, printed a standing no-',
  'tice inviting readers to write about “shortcomings in the work of the',
  'kolkhoz”.3 The notice offered both a model and a promise: a letter',
  'would be read, and the editors would act on it. Few farmers believed',
  'the promise at first. By the spring of 1931, however, the office received',
  'more than two hundred letters a month, and the editors hired a special',
  'secretary to register them.4',
];
const KOLKHOZ_NOTES = [
  '  1',
  '    See, for example, Sheila Fitzpatrick, Stalin’s peasants: resistance and survival',
  'in the Russian village after collectivization (New York, 1994): 16-18, 254-259.',
  '  2',
  '  Samarskii oblastnoi gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii (SO-',
  'GASPI), f. 1141, op. 1, d. 12, ll. 3-17.',
  '  3',
  '      Kolkhoznaia pravda (Syzran’), 12 January 1931, 4.',
  '  4',
  '    SOGASPI, f. 1141, op. 1, d. 15, l. 2. The register for 1931 is incomplete: the',
  'months of July and August are missing, and the count for the year was made by',
  'the secretary from the surviving books.',
];
const KOLKHOZ_KEY = [
  'See, for example, Sheila Fitzpatrick, Stalin’s peasants: resistance and survival in the Russian village after collectivization (New York, 1994): 16-18, 254-259.',
  'Samarskii oblastnoi gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii (SOGASPI), f. 1141, op. 1, d. 12, ll. 3-17.',
  'Kolkhoznaia pravda (Syzran’), 12 January 1931, 4.',
  'SOGASPI, f. 1141, op. 1, d. 15, l. 2. The register for 1931 is incomplete: the months of July and August are missing, and the count for the year was made by the secretary from the surviving books.',
];
const noteTexts = (markdown: string) => [...markdown.matchAll(/^\[\^\d+\]: (.*)$/gm)].map(m => m[1]);

describe('endnotes whose numbers are raised on lines of their own', () => {
  before(() => useEnglishWordListFile());

  it('pdftotext -layout: each number opens the note below it, its markers in the pages before', () => {
    const pages = [[...KOLKHOZ_TEXT, '', '                                    33'], ['34                                                          M. I. Petrenko', '', 'Notes', ...KOLKHOZ_NOTES]];
    const { markdown } = importText(pages.map(p => p.join('\n')).join('\n\f'), 'pdftotext-layout');
    assert.deepEqual(noteTexts(markdown), KOLKHOZ_KEY);
  });

  it('pdftotext: each number, an empty line after it, opens the next line of text; a fond\'s number is no range', () => {
    // pdftotext without -layout runs `SO-` / `GASPI` into one line, dropping the hyphen: `f. 1141` stands where the
    // line would have ended, and is not parted as a range `11-41`.
    const joined = (lines: string[]) => lines.map(l => l.trim()).join('\n').replace(/-\n(?=\p{L})/gu, '').split('\n');
    const notes = joined(KOLKHOZ_NOTES).flatMap(l => (/^\d+$/.test(l) ? [l, ''] : [l]));
    const pages = [[...joined(KOLKHOZ_TEXT), '33'], ['34', '', 'M. I. Petrenko', '', 'Notes', ...notes]];
    const { markdown } = importText(pages.map(p => p.join('\n')).join('\n\f'), 'pdftotext');
    assert.deepEqual(noteTexts(markdown), KOLKHOZ_KEY);
  });
});

describe('a text whose markers refer to more notes than were read', () => {
  before(() => useEnglishWordListFile());

  it('is refused when fewer than half of them were found, not imported with their texts left in the text', () => {
    // The kolkhoz article's first page (markers 1-4) above a foot that holds note 1 alone.
    const page = [...KOLKHOZ_TEXT, '', ...KOLKHOZ_NOTES.slice(0, 3), '', '                                    33'];
    assert.throws(() => importText(page.join('\n') + '\n\f', 'pdftotext-layout'), /^Error: only 1 of the 4 notes the text refers to were found in the layout of pdftotext-layout: import the PDF itself, whose type sizes and positions tell the notes from the text$/);
    // Two of four read: imported, the missing ones reported.
    const two = [...KOLKHOZ_TEXT, '', ...KOLKHOZ_NOTES.slice(0, 6), '', '                                    33'];
    assert.match(importText(two.join('\n') + '\n\f', 'pdftotext-layout').warnings[0]?.message ?? '', /a marker of note 3 seems to stand in the text, but only 2 notes were read/);
  });
});

describe('a line pdftotext ran on at a line-end hyphen', () => {
  before(() => useEnglishWordListFile());

  it('is not parted inside a fond\'s number, which is never a range', () => {
    // The last page of kolkhoz-latex-endnotes.pdftotext.txt: `(SO-` / `GASPI), f. 1141` was run on into one line, and
    // `1141` stands where the first line would have ended.
    const text = readFileSync(path.join(__dirname, '../../../fixtures/import/kolkhoz-latex-endnotes.pdftotext.txt'), 'utf8');
    const pages = splitPages(text).map(lines => ({ lines }));
    const warnings: { page?: string; message: string }[] = [];
    partHyphenJoins(pages, warnings);
    const line = pages.flatMap(p => p.lines).find(l => l.text.startsWith('Samarskii'));
    assert.equal(line?.text, 'Samarskii oblastnoi gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii (SOGASPI), f. 1141, op. 1, d. 12, ll. 3-17.');
    assert.deepEqual(warnings.filter(w => w.message.includes('1141')), []);
  });
});

describe('pdftotext -layout of a page LaTeX set in two columns', () => {
  before(() => useEnglishWordListFile());
  const fixtureLines = (from: number, to: number) =>
    readFileSync(path.join(__dirname, '../../../fixtures/import/harris-latex-columns.layout.txt'), 'utf8').split('\n').slice(from - 1, to);

  it('parts two columns\' lines written one space apart at the gutter, between lines of both columns', () => {
    // p. 98: a full line of the left column's foot runs up to the right column's text.
    const lines = fixtureLines(828, 903);
    const read = readColumns(lines).filter(l => l.text !== '');
    assert.ok(read.some(l => l.column === 0 && l.text === 'motrenii zhalob i zaiavlenii na nepravil’nye deistviia rukovoditelei,'), JSON.stringify(read.slice(-8)));
    assert.ok(read.some(l => l.column === 1 && l.text === 'political police had done much to stabilise the local po-'));
  });

  it('reads the right column\'s lines that pdftotext moved left beside a heading set larger as that column\'s', () => {
    // p. 88: the heading's first line runs into the right column's at one space after its hyphen, the right column's
    // next two lines start left of the gutter.
    const page = readFileSync(path.join(__dirname, '../../../fixtures/import/harris-latex-columns.layout.txt'), 'utf8').split('\f')[1];
    const read = readColumns(page.split('\n')).filter(l => l.text !== '');
    assert.deepEqual(read.filter(l => l.column === 0).slice(0, 3).map(l => l.text), ['ChK/GPU and the local “opposi-', 'tions”', 'In the Urals region, the relationship of the regional party']);
    assert.deepEqual(read.filter(l => l.column === 1).slice(0, 4).map(l => l.text), [
      'uro leaders. Policy disputes were a matter of principle for',
      'some Bolsheviks, but for others they were an excuse to',
      'attack the position and authority of their opponents. No',
      'senior official could be sure that one of his colleagues was',
    ]);
  });

  it('reads such a page\'s heading wrapped at a hyphen as one heading, and moves no running head or foot line', () => {
    // Written for this test: the same moved rows beside a heading, a running head centred over the gutter, a foot's
    // justified line whose wide spaces reach the gutter.
    const pad = (left: string, right: string) => left.padEnd(64) + right;
    const page = [
      '                          Workers and the factory committee',
      '',
      'Shop stewards and the “commit- an order of the trust in the spring of 1930. The',
      '                            shop committees met every week to discuss the order',
      'tees”                       and wrote to the regional council in its support.',
      pad('', 'The council answered that the trust would decide.'),
      pad('In the spring of 1930 the shop stewards of the works', 'The stewards voted against the trust, and the'),
      pad('met in the club of the works to choose their delegates', 'committee sent its protocol to the council with'),
      pad('to the regional congress of the union. They chose four.', 'a letter of its own. The letter was not answered.'),
      pad('The delegates went to the congress in the autumn.', 'The committee met again in the winter of 1930.'),
      // A column's page is long: a gutter is found where few lines cross it.
      ...Array.from({ length: 24 }, () => pad('and the delegates reported to the shop on each day of it', 'and the committee wrote its protocol of each day,')),
      pad('  1 GARF,   f.   5451,   op.   14,   d.   12   Protokoly', '  2 Ibid., l. 4.'),
      '',
      '                                 12',
    ];
    const read = readColumns(page).filter(l => l.text !== '');
    assert.equal(read[0].text, page[0]);
    assert.ok(read.some(l => l.column === 0 && l.text === '  1 GARF,   f.   5451,   op.   14,   d.   12   Protokoly'));
    assert.deepEqual(read.filter(l => l.column === 1).slice(0, 3).map(l => l.text), [
      'an order of the trust in the spring of 1930. The',
      'shop committees met every week to discuss the order',
      'and wrote to the regional council in its support.',
    ]);
    // The left column's heading, wrapped at the hyphen that split a word, is one heading; a paragraph's line ending
    // so, as wide as the text's, is none.
    const left = read.filter(l => l.column === 0 && l.text !== page[0]).map(l => ({ ...l, text: l.text.trim(), indent: l.text.length - l.text.trimStart().length, page: 0 }));
    assert.deepEqual(buildBlocks(left, 'printed').filter(b => b.kind === 'heading'), [{ kind: 'heading', text: 'Shop stewards and the “commit-tees”' }]);
    const wide = left.map(l => (l.text === 'tees”' ? l : { ...l, text: l.text.replace('Shop stewards and the “commit-', 'Shop stewards and the members of the works “commit-') }));
    assert.deepEqual(buildBlocks(wide, 'printed').filter(b => b.kind === 'heading'), []);
  });

  it('ends no paragraph at a full line ending in a marker after a word', () => {
    // p. 87's first column, its foot cut to the first line of each of notes 1-3.
    const column = fixtureLines(6, 30).map(l => l.slice(0, 78).trimEnd());
    const foot = [
      '  1 George Leggett, The Cheka: Lenin’s political police (Oxford, 1986): 100.',
      '  2 Carl Friedrich and Zbigniew Brzezinski, Totalitarian dictator-',
      '  3 Merle Fainsod, Smolensk under Soviet rule (Cambridge, Mass.,',
      '',
      '                                    87',
    ];
    const { markdown } = importText([...column, ...foot].join('\n') + '\n\f', 'pdftotext-layout');
    assert.match(markdown, /a substantial majority\[\^1\] of political police officials worked in the regions/);
  });
});

describe('plain pdftotext of a text whose typesetter hyphenates', () => {
  before(() => useEnglishWordListFile());
  // p. 10 of rations-latex.pdf as pdftotext writes it (no -layout): lines TeX ended in a hyphen run on into the next,
  // over-long, and the rest of note 4 glued below the text.
  const page = readFileSync(path.join(__dirname, '../../../fixtures/import/rations-latex.pdftotext.txt'), 'utf8').split('\f')[1];
  const lines = page.split('\n').map(text => ({ text, indent: 0, page: 1 }));
  const body = lines.slice(lines.findIndex(l => l.text === 'The categories of the card'), lines.findIndex(l => l.text.startsWith('The complaint was forwarded')));

  it('takes the measure from printed lines, not from those run on at a hyphen: a quotation\'s short lines are no heading', () => {
    const headings = buildBlocks(body, 'printed').filter(b => b.kind === 'heading');
    assert.deepEqual(headings, [{ kind: 'heading', text: 'The categories of the card' }]);
  });

  it('finds a note\'s rest glued below the text where it opens in lower case after a finished sentence', () => {
    const end = lines.findIndex(l => l.text.startsWith('5 TsGA SPb'));
    const start = gluedNoteStart(lines, end, text => /[a-z.,”]\d{1,2}\b/.test(text));
    assert.equal(lines[start?.at ?? -1]?.text.slice(0, 40), 'the factories of Leningrad it was applie');
  });
});
