import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyseDocumentNotes } from '../../../src/core/citations';
import { archivalOptions } from '../../../src/core/citations/glossaryOptions';
import { buildDocumentIndex } from '../../../src/core/document';
import { explainTerm, Glossary, glossaryFromSources, isReading, parseGlossary, WORKSPACE_GLOSSARY, type GlossaryEntry } from '../../../src/core/glossary';
import { FIRST_PARTS, HEADS } from '../../../src/core/glossary/compoundParts';
import { romanize, toCyrillic } from '../../../src/core/translit';
import { loadGlossary } from '../../../src/node/loadGlossary';
import { runCli } from '../cliHarness';
import { corpusLexicon } from '../translit/helpers';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const bundledText = readFileSync(path.join(corpus, 'glossary.json'), 'utf8');
const { glossary, errors } = loadGlossary(corpus);

describe('bundled glossary', () => {
  it('passes its schema and covers the field: at least 400 entries, each with its Cyrillic and a named source', () => {
    assert.deepEqual(errors, []);
    assert.ok(glossary.entries.length >= 400, `${glossary.entries.length} entries`);
    for (const kind of ['archive', 'abbreviation', 'term'] as const) assert.ok(glossary.ofKind(kind).length >= 30, kind);
    for (const e of glossary.entries) {
      assert.match(e.cyrillic, /\p{Script=Cyrillic}/u, e.term);
      assert.ok(e.source && e.source.trim().length > 10, `${e.term} names no source`);
    }
  });

  it('writes Cyrillic with Cyrillic letters only (soft and hard signs, endings and all), punctuation and numbers', () => {
    for (const e of glossary.entries) {
      for (const text of [e.cyrillic, e.cyrillicExpansion ?? 'й']) assert.match(text, /^[\p{Script=Cyrillic}\p{P}\p{Zs}\p{N}№]+$/u, `${e.term}: ${text}`);
    }
  });

  it('gives each form (term or alias, in any case, with any apostrophe) to one entry only', () => {
    const owner = new Map<string, string>();
    for (const e of glossary.entries) {
      for (const form of [e.term, ...(e.aliases ?? [])]) {
        const key = form.replace(/['’ʼ′]/g, '’').replace(/\s+/g, ' ').trim().toLowerCase();
        assert.equal(owner.get(key) ?? e.term, e.term, `“${form}” is a form of ${owner.get(key)} and ${e.term}`);
        owner.set(key, e.term);
      }
    }
  });

  it('points every former archive name at an archive the glossary knows', () => {
    const former = glossary.entries.filter(e => e.now);
    assert.ok(former.length >= 30, `${former.length} former names`);
    for (const e of former) {
      assert.equal(e.kind, 'archive', e.term);
      assert.equal(glossary.archive(e.now ?? '')?.term, e.now, `${e.term} → ${e.now}`);
      assert.equal(glossary.archive(e.now ?? '')?.now, undefined, `${e.now} is itself a former name`);
    }
    const current = (siglum: string) => archivalOptions(glossary).knownArchive?.(siglum);
    assert.deepEqual(['TsPA IML', 'RTsKhIDNI', 'TsKhSD', 'TsGANKh', 'TsGASA', 'TsGADA', 'LPA', 'PermGANI', 'TsDAZhR URSR', 'Arkhiv KPU'].map(current),
      ['RGASPI', 'RGASPI', 'RGANI', 'RGAE', 'RGVA', 'RGADA', 'TsGAIPD SPb', 'PermGASPI', 'TsDAVO', 'TsDAHO']);
  });

  it('knows every archive siglum the article cites, with the full name the article gives', () => {
    const index = buildDocumentIndex(readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8'));
    const sigla = new Set(analyseDocumentNotes(index).notes.flatMap(n => n.resolved.map(c => c.archive)).filter((a): a is string => !!a));
    assert.deepEqual([...sigla].sort(), ['GAAO SO', 'GASO', 'RGAE', 'RGASPI', 'TsDOO SO', 'TsKhSD']);
    for (const siglum of sigla) assert.equal(glossary.archive(siglum)?.kind, 'archive', siglum);
    assert.equal(glossary.archive('TsDOO SO')?.expansion, 'Tsentr Dokumentatsii Obshchestvennykh Organizatsii Sverdlovskoi Oblasti');
    assert.equal(glossary.archive('TsKhSD')?.expansion, 'Tsentral’noe Khranenie Sovremennoi Dokumentatsii');
  });

  it('has the common Russian archives, abbreviations and Soviet terms, with their Cyrillic', () => {
    const cyrillic: [string, string][] = [
      ['GARF', 'ГАРФ'], ['RGANI', 'РГАНИ'], ['RGVA', 'РГВА'], ['RGIA', 'РГИА'], ['AP RF', 'АП РФ'], ['TsA FSB', 'ЦА ФСБ'],
      ['RGASPI', 'РГАСПИ'], ['TsDOO SO', 'ЦДОО СО'], ['GAAO SO', 'ГААО СО'], ['TsGAIPD', 'ЦГАИПД СПб'],
      ['f.', 'ф.'], ['op.', 'оп.'], ['d.', 'д.'], ['l.', 'л.'], ['ll.', 'лл.'], ['ob.', 'об.'], ['t.', 'т.'], ['ch.', 'ч.'], ['g.', 'г.'], ['gg.', 'гг.'],
      ['Obkom', 'обком'], ['okrug', 'округ'], ['raion', 'район'], ['oblast’', 'область'], ['krai', 'край'], ['Sovnarkom', 'Совнарком'],
      ['VSNKh', 'ВСНХ'], ['Gosplan', 'Госплан'], ['KPK', 'КПК'], ['OGPU', 'ОГПУ'], ['NKVD', 'НКВД'], ['VKP(b)', 'ВКП(б)'],
    ];
    for (const [term, expected] of cyrillic) assert.equal(glossary.lookup(term)?.cyrillic, expected, term);
    assert.equal(glossary.lookup('RGASPI')?.cyrillicExpansion, 'Российский государственный архив социально-политической истории');
    assert.equal(glossary.lookup('Obkom')?.english, 'regional party committee');
  });

  it('explains on the command line what the glossary newly knows, in either script', async () => {
    for (const [asked, answer] of [['TsGAOR', 'TsGAOR (archive)'], ['ЦДАВО', 'TsDAVO (archive)'], ['spr.', 'spr. (abbreviation)'], ['ф.', 'f. (abbreviation)'], ['raskulachivanie', 'raskulachivanie (term)'], ['osoboe soveshchanie', 'osoboe soveshchanie (term)']]) {
      const { code, stdout } = await runCli(['explain', asked]);
      assert.equal(code, 0, asked);
      assert.equal(stdout.split('\n')[0], answer);
    }
  });

  it('explains a term as a text writes it: in Cyrillic, in a case form, spelled out, and a phrase part by part', async () => {
    for (const [asked, answer] of [['Политбюро', 'Politbiuro (term)'], ['колхоза', 'kolkhoz (term)'], ['kolkhoznika', 'kolkhoznik (term)'], ['машинно-тракторные станции', 'MTS (term)'], ['Народного комиссариата внутренних дел', 'NKVD (term)']]) {
      const { code, stdout } = await runCli(['explain', asked]);
      assert.equal(code, 0, asked);
      assert.equal(stdout.split('\n')[0], answer);
    }
    const phrase = JSON.parse((await runCli(['explain', 'ЦК ВКП(б)', '--json'])).stdout);
    assert.deepEqual([phrase.term, phrase.parts.map((p: { term: string }) => p.term)], ['ЦК ВКП(б)', ['TsK', 'VKP(b)']]);
    const text = await runCli(['explain', 'ЦК', 'ВКП(б)']);
    assert.deepEqual(text.stdout.split('\n').filter(line => !line.startsWith(' ')), ['TsK (term)', '', 'VKP(b) (term)', '']);
    assert.equal((await runCli(['explain', 'Xyzzy'])).code, 1);
  });

  it('explains a term in the forms texts give it: other signs, stems, adjectives, abbreviated words, English names, phrases', () => {
    // A reading by parts is shown by its parts: a first part with its hyphen, a glossary term by its term.
    const explained = (term: string) =>
      explainTerm(glossary, term).map(e => (isReading(e) ? e.parts.map(p => p.entry?.term ?? `${p.written}-`).join(' + ') : e.term));
    const table: [string, string[]][] = [
      ['ВКП (Б)', ['VKP(b)']], ['РКП (б)', ['RKP(b)']], ['oblast', ['oblast’']], ['artels', ['artel’']],
      ['лишенцев', ['lishenets']], ['spetsposelentsy', ['spetsposelenets']], ['номенклатурой', ['nomenklatura']], ['кулачества', ['kulachestvo']],
      ['совхозная', ['sovkhoz']], ['fonds', ['f.']], ['dela', ['dd.']], ['opisi', ['op.']], ['Dekulakization', ['raskulachivanie']],
      ['Президиума Верховного Совета', ['Prezidium Verkhovnogo Soveta']], ['Северо-Кавказского края', ['Severo-Kavkazskii krai']],
      ['обкома ВКП(б)', ['Obkom', 'VKP(b)']], ['«ЦК ВКП(б)»,', ['TsK', 'VKP(b)']], ['Xyzzy plugh', []],
      ['трудодням', ['trudoden’']], ['Совет Министров СССР', ['Sovmin']], ['Совета Министров РСФСР', ['Sovmin']],
      ['Совета Министров Украинской ССР', ['Sovmin']],
      ['сельхозартели', ['sel’khoz- + artel’']], ['gorsovet', ['gor- + sovet']], ['State', []], ['United State Political Administration', ['OGPU']],
      ['Joint State Political Directorate', ['OGPU']], ['Commissariat of Enlightenment', ['Narkompros']], ['special departments', ['OO']],
      ['Central Committee of the VKP(b)', ['TsK', 'VKP(b)']], ['окрисполкома', ['okr- + ispolkom']], ['kraizu', ['krai- + zu-']],
      ['Главспеццветмет', ['glav- + spets- + tsvetmet-']], ['politruks', ['polit- + ruk-']], ['наркомата юстиции РСФСР', ['NKIu']],
      ['реэвакуации', ['reevakuatsiia']], ['эвакоэшелонов', ['evako- + eshelonov-']], ['отделах народного образования', ['ONO']],
      ['Year', ['g.']], ['first Five Year Plan', ['piatiletka']], ['национальные части', ['natsional’nye chasti']], ['Communist Party of Kazakhstan', ['KP(b)K']], ['17th Party Congress', ['s’’ezd']],
      ['РК КПСС', ['Р- + К-', 'KPSS']], ['GK VKP(b)', ['G- + K-', 'VKP(b)']], ['ОК КПСС', ['KPSS']], ['РК', []], ['ЦГА РК', []],
    ];
    assert.deepEqual(table.map(([term]) => [term, explained(term)]), table);
  });

  it('says a compound read by its parts is inferred, in text and JSON, and gives each part', async () => {
    const text = await runCli(['explain', 'окрисполкома']);
    assert.equal(text.code, 0);
    assert.deepEqual(text.stdout.split('\n').slice(0, 2), ['окрисполкома (read by its parts: inferred, not a glossary entry)', `  Read as: okrug (district of the 1920s) ${glossary.lookup('ispolkom')?.english}`]);
    const json = JSON.parse((await runCli(['explain', 'kraizu', '--json'])).stdout);
    assert.deepEqual([json.term, json.inferred, json.english, json.parts.map((p: { written: string }) => p.written)], ['kraizu', 'read by its parts', 'territorial (krai) land administration', ['krai', 'zu']]);
    assert.equal(JSON.parse((await runCli(['explain', 'ispolkom', '--json'])).stdout).inferred, undefined, 'an entry is not inferred');
    const name = await runCli(['explain', 'служителей культа']);
    assert.deepEqual(name.stdout.split('\n').slice(0, 3), [
      'служителей культа (read by its parts: inferred, not a glossary entry)',
      '  Read as: ministers (servants) of cult (worship) (the name translated word by word, not a glossary entry)',
      '  служителей культа: sluzhitelei kul’ta (служителей культа): ministers (servants) of cult (worship)',
    ], 'a name translated whole is no piece of a word');
    const body = await runCli(['explain', 'Министерство среднего машиностроения']);
    assert.deepEqual(body.stdout.split('\n').slice(2, 4), [
      '  Министерство: ministerstvo (министерство): Ministry',
      '  среднего машиностроения: srednego mashinostroeniia (среднего машиностроения): of medium machine building',
    ], 'nor are the words of a name read word by word');
    assert.match((await runCli(['explain', 'Главспеццветмет'])).stdout, /\n {2}glav-: glavnoe upravlenie/);
    // Words that only begin like a compound are not read (gorod, raion, politika), nor a word two readings split.
    for (const word of ['gorod', 'raion', 'politika', 'trudno', 'oblast', 'Sibir’']) assert.deepEqual(explainTerm(glossary, word).filter(isReading), [], word);
  });

  it('writes the parts of compounds alike in both scripts', () => {
    for (const part of [...FIRST_PARTS, ...HEADS]) assert.equal(romanize(part.cyrillic, 'lc'), part.word, part.part);
  });

  it('guesses no term from a stem two terms share, nor from a short stem', () => {
    const entry = (term: string, english: string): GlossaryEntry => ({ term, kind: 'term', expansion: term, english, cyrillic: 'слово', source: 'a source named here' });
    const own = new Glossary([entry('zagotovka', 'procurement'), entry('zagotovko', 'a second word of that stem'), entry('uezd', 'county')]);
    assert.deepEqual(explainTerm(own, 'zagotovkami'), []);
    assert.deepEqual(explainTerm(own, 'uezda').map(e => e.term), ['uezd'], 'a case ending off a known word is still read');
    assert.deepEqual(explainTerm(own, 'uezdnyi').map(e => e.term), ['uezd']);
    assert.deepEqual(explainTerm(own, 'ue'), []);
  });

  it('explains a former archive name with the archive that holds its records now, and every entry with its source', async () => {
    const text = await runCli(['explain', 'TsGAOR']);
    assert.equal(text.code, 0);
    const lines = text.stdout.split('\n');
    assert.ok(lines.includes('  Now: GARF'), text.stdout);
    assert.ok(lines.includes('  Source: ArcheoBiblioBase, Archives in Russia, B-1: GA RF, previous names, http://abb.eastview.com/rep/B-1.tab2.php'), text.stdout);
    const json = JSON.parse((await runCli(['explain', 'ЦГАОР', '--json'])).stdout);
    assert.deepEqual([json.term, json.now, json.source], ['TsGAOR', 'GARF', glossary.lookup('TsGAOR')?.source]);
    const current = await runCli(['explain', 'GARF']);
    assert.ok(!current.stdout.includes('Now:'), 'a current archive has no later name');
    assert.match(current.stdout, /\n {2}Source: \S/);
    assert.equal(JSON.parse((await runCli(['explain', 'GARF', '--json'])).stdout).now, undefined);
  });
});

describe('glossary matching in English prose', () => {
  const article = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8');
  const paragraphs = article.split('\n\n').filter(p => !/^(\[\^|#|---|>)/.test(p));
  const paragraph = (start: string) => paragraphs.find(p => p.startsWith(start)) ?? assert.fail(start);

  it('finds nothing in a paragraph of plain English and only the Russian words in one that names organs', () => {
    assert.deepEqual(glossary.findAll(paragraph('In this context, the five-year plan')).map(m => m.text), []);
    assert.deepEqual(glossary.findAll(paragraph('Within the party leadership, there was considerable support')).map(m => m.text), ['VSNKh', 'Gosplan', 'NKFin', 'NKZem']);
  });

  it('grows with the glossary only by the Russian words the article’s English body uses', () => {
    const found = glossary.findAll(paragraphs.join('\n\n').replace(/\[\^\d+\]/g, '')).map(m => m.text);
    // 149 matches with the 103 entries of the first glossary; the new ones are Bolshevik, Pravda and Stakhanovite.
    assert.ok(found.length <= 160, `${found.length} matches`);
    assert.deepEqual([...new Set(found)].sort(), [
      'Bolshevik', 'Bolsheviks', 'ChK', 'Cheka', 'Donbass', 'Glavmetall', 'Glavtsvetmet', 'Gosplan', 'KPK', 'KSK', 'MGB', 'MVD', 'NKFin', 'NKVD',
      'NKZem', 'OGPU', 'Obkom', 'Oblast’', 'Orgbiuro', 'Plenum', 'Politbiuro', 'Pravda', 'Sovnarkom', 'Stakhanovite', 'Stakhanovites', 'UGGRU',
      'Uralmash', 'VSNKh', 'khoziaistvennyi raschet', 'krai', 'oblasti', 'oblast’', 'okrug', 'plenum', 'pripiski k planu', 'raion', 'skloki',
      'sovnarkhozy', 'svoboda gruppirovok',
    ]);
  });
});

describe('glossary words in conversion', () => {
  it('keep their case endings: no alias (a spelling without the soft sign, a plural) stands in for a case form', () => {
    const lexicon = corpusLexicon();
    const words = 'oblasti volosti glasnosti nadzirateli lishentsa spetspereselentsy kulaki troiki uezdy sovkhozy kolkhozakh Plenuma obkomom';
    assert.equal(words.split(' ').map(w => toCyrillic(w, lexicon)).join(' '), 'области волости гласности надзиратели лишенца спецпереселенцы кулаки тройки уезды совхозы колхозах Пленума обкомом');
  });
});

describe('former archive names', () => {
  it('gives a former name the archive that holds its records now, with a named source', () => {
    const former = glossary.archive('TsGAOR SSSR');
    assert.equal(former?.now, 'GARF');
    assert.match(former?.source ?? '', /ArcheoBiblioBase/);
    assert.equal(archivalOptions(glossary).knownArchive?.('TsGAOR'), 'GARF');
    assert.equal(archivalOptions(glossary).knownArchive?.('RGASPI'), 'RGASPI');
  });
});

describe('glossary lookups', () => {
  it('looks names up in any case, with any apostrophe, with or without the dot', () => {
    assert.equal(glossary.lookup('tsdoo so')?.term, 'TsDOO SO');
    assert.equal(glossary.lookup("oblast'")?.term, 'oblast’');
    assert.equal(glossary.lookup('ll')?.term, 'll.');
    assert.equal(glossary.lookup('GA RF')?.term, 'GARF');
    assert.equal(glossary.lookup('no such thing'), undefined);
  });

  it('finds entries in running text, the longest form first, respecting word edges and case', () => {
    const line = 'TsDOO SO, f. 4 Obkom, op. 5, d. 30, ll. 1-2 ob.; *Ibid*., op. cit.: 3 — the obkoma of the oblasti, e.g. Fond. don’t.';
    assert.deepEqual(glossary.findAll(line).map(m => [m.text, m.entry.term]), [
      ['TsDOO SO', 'TsDOO SO'], ['f.', 'f.'], ['Obkom', 'Obkom'], ['op.', 'op.'], ['d.', 'd.'], ['ll.', 'll.'], ['ob.', 'ob.'],
      ['Ibid', 'Ibid.'], ['op. cit.', 'op. cit.'], ['obkoma', 'Obkom'], ['oblasti', 'oblast’'],
    ]);
    assert.equal(glossary.findAt(line, 2)?.entry.term, 'TsDOO SO');
    assert.equal(glossary.findAt('the NKVD chief', 1), undefined);
    assert.equal(glossary.findAt('the nkvd chief', 5), undefined, 'acronyms match as written');
  });
  it('finds at an offset of a long line what searching the whole line finds there, and inside a 200,000-letter word nothing', () => {
    // the bundled article as one line of some 70,000 characters: findAt searches only around the offset
    const line = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8').replace(/\s+/g, ' ');
    const whole = glossary.findAll(line);
    assert.ok(line.length > 50_000 && whole.length > 500, `${line.length} characters, ${whole.length} entries`);
    // inside every twentieth entry, and just before it, where the search at the offset must find nothing or another
    // (each search reads a window of 4,000 characters: every fifth took the test past its timeout on a busy machine)
    for (const m of whole.filter((_, i) => i % 20 === 0)) {
      for (const offset of [m.start - 1, Math.floor((m.start + m.end) / 2)]) {
        assert.deepEqual(glossary.findAt(line, offset), whole.find(w => w.start <= offset && offset <= w.end), `at ${offset}`);
      }
    }
    const word = `NKVD ${'ф'.repeat(200_000)}NKVD OGPU`;
    // the text searched for a hover is the window round the offset, not the line
    const searched: number[] = [];
    const watched = Object.assign(Object.create(glossary) as Glossary, {
      findAll: (text: string) => (searched.push(text.length), glossary.findAll(text)),
    });
    assert.equal(watched.findAt(word, 100_000), undefined);
    assert.deepEqual(searched, [4000]);
    assert.equal(glossary.findAt(word, 200_006), undefined, 'a form at the end of a long word is inside it');
    assert.equal(glossary.findAt(word, 200_010)?.entry.term, 'OGPU');
  });

  it('ends a form written with a soft sign at the word’s end: not inside a longer transliterated word', () => {
    const found = (text: string) => glossary.findAll(text).map(m => [m.text, m.entry.term]);
    assert.deepEqual(found('artel’shchik, volost’noi, trudoden’ki, natsional’nost’iu, Glavsevmorput’a, oblast\'nyi'), []);
    assert.deepEqual(found('the artel’ and the volost\' (volost’), trudoden’; natsional’nost’.'), [
      ['artel’', 'artel’'], ['volost\'', 'volost’'], ['volost’', 'volost’'], ['trudoden’', 'trudoden’'], ['natsional’nost’', 'natsional’nost’'],
    ]);
    const own = new Glossary([{ term: 'vreditel’', kind: 'term', expansion: 'vreditel’', english: 'wrecker', cyrillic: 'вредитель' }]);
    assert.deepEqual(own.findAll('vreditel’stvo and vreditel’skii, but a vreditel’.').map(m => [m.text, m.start]), [['vreditel’', 39]]);
  });

  it('takes an English possessive after a form, and nothing else that runs on', () => {
    const found = (text: string) => glossary.findAll(text).map(m => [m.text, m.entry.term]);
    assert.deepEqual(found('The NKVD’s chief, the oblast’s leaders, glasnost\'s end, the kolkhoz\'s chairman and the Gulag’s camps.'), [
      ['NKVD', 'NKVD'], ['oblast’', 'oblast’'], ['glasnost\'', 'glasnost’'], ['kolkhoz', 'kolkhoz'], ['Gulag', 'Gulag'],
    ]);
    assert.deepEqual(found('NKVD’sa, oblast’sk and the oblast’s’ fields'), []);
  });

  it('finds a party siglum with its letter spaced off or in capitals, and nothing else run on', () => {
    const found = (text: string) => glossary.findAll(text).map(m => [m.text, m.entry.term]);
    assert.deepEqual(found('ЦКК РКП (б) — ВКП (Б), ВКП(б) и VKP (b).'), [['ЦКК', 'TsKK'], ['РКП (б)', 'RKP(b)'], ['ВКП (Б)', 'VKP(b)'], ['ВКП(б)', 'VKP(b)'], ['VKP (b)', 'VKP(b)']]);
    assert.deepEqual(found('ВКП (бюро)'), [['ВКП', 'VKP(b)']]);
  });

  it('finds forms with a hyphen, which a Unicode pattern must not escape', () => {
    assert.deepEqual(glossary.findAll('Sverdlovsk: Izd-vo Ural’skogo universiteta').map(m => [m.text, m.entry.term]), [['Izd-vo', 'izd-vo']]);
    assert.deepEqual(new Glossary([{ term: 'r-n', kind: 'abbreviation', expansion: 'raion', english: 'district', cyrillic: 'р-н' }]).findAll('Verkh-Isetskii r-n').map(m => m.text), ['r-n']);
  });
});

describe('glossary files', () => {
  const entry = (term: string, english: string): GlossaryEntry => ({ term, kind: 'term', expansion: term, english, cyrillic: 'тест' });

  it('lets the workspace glossary add entries and override bundled ones', () => {
    const own = JSON.stringify({ version: 1, entries: [entry('Obkom', 'our own wording'), entry('Gorispolkom', 'city executive committee')] });
    const { glossary: merged, errors: problems } = glossaryFromSources({ text: bundledText, file: 'glossary.json' }, { text: own, file: 'mine.json' });
    assert.deepEqual(problems, []);
    assert.equal(merged.lookup('Obkom')?.english, 'our own wording');
    assert.equal(merged.lookup('Gorispolkom')?.english, 'city executive committee');
    assert.equal(merged.lookup('GARF')?.kind, 'archive');
  });

  it('reads the workspace glossary from .opis/glossary.json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-glossary-'));
    mkdirSync(path.join(dir, '.opis'));
    writeFileSync(path.join(dir, WORKSPACE_GLOSSARY), JSON.stringify({ version: 1, entries: [entry('Vetlugales', 'the Vetluga timber trust')] }));
    assert.equal(loadGlossary(corpus, dir).glossary.lookup('Vetlugales')?.english, 'the Vetluga timber trust');
    assert.deepEqual(loadGlossary(corpus, path.join(dir, 'nowhere')).errors, []);
  });

  it('reports bad files and entries by file and field, keeping the good entries', () => {
    const bad = JSON.stringify({ version: 1, entries: [entry('Good', 'fine'), { term: 'Bad', kind: 'place', expansion: 'x', english: 2, cyrillic: 'latin only' }] });
    const parsed = parseGlossary(bad, 'mine.json');
    assert.deepEqual(parsed.entries.map(e => e.term), ['Good']);
    assert.ok(parsed.errors.includes('mine.json: entries[1].english: must be string'), parsed.errors.join('\n'));
    assert.ok(parsed.errors.some(e => e.startsWith('mine.json: entries[1].kind:')));
    assert.ok(parsed.errors.some(e => e.startsWith('mine.json: entries[1].cyrillic:')));
    assert.deepEqual(parseGlossary('{', 'broken.json').entries, []);
    assert.match(parseGlossary('{', 'broken.json').errors[0], /^broken\.json: not valid JSON/);
    assert.deepEqual(parseGlossary('{"version":1}', 'x.json').errors, ['x.json: entries: must be an array']);
    const { glossary: kept } = glossaryFromSources({ text: bundledText, file: 'glossary.json' }, { text: '[]', file: 'mine.json' });
    assert.equal(kept.lookup('GARF')?.kind, 'archive', 'a broken workspace file costs nothing of the bundled glossary');
  });

  it('builds from no entries', () => {
    assert.equal(new Glossary([]).findAll('TsDOO SO').length, 0);
  });
});
