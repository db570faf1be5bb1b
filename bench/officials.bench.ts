// Officials search: building the index for the bundled corpus, rebuilding it for a 50-article corpus after an edit
// to one article (what the editor does after typing), and query latency on generated rosters of 10,000 and 100,000
// names next to plain fuse.js with its defaults over the same people, in one run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Fuse from 'fuse.js';
import { defineBenches } from './bench';
import { buildOfficialsIndex, MentionCache, type CorpusFile } from '../src/core/officials/corpusIndex';
import type { Official } from '../src/core/officials/model';
import { OfficialsSearch } from '../src/core/officials/search';
import { romanize } from '../src/core/translit';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const ARTICLE = 'harris-dual-subordination.md';

const STEMS = ['Кабак', 'Решет', 'Дмитри', 'Волк', 'Сед', 'Андри', 'Недосек', 'Лок', 'Гирбас', 'Мураш', 'Банник', 'Хренник',
  'Жда', 'Рык', 'Бухар', 'Сухом', 'Ошвин', 'Крапив', 'Солов', 'Давыд', 'Анит', 'Дуна', 'Ежик', 'Шахгиль', 'Прасс', 'Чуба',
  'Сырц', 'Хатаев', 'Голощ', 'Менжин', 'Уфимц', 'Мрачков', 'Преображ', 'Кагано', 'Орджоник', 'Хрущ', 'Зинов', 'Троц'];
const MIDDLES = ['', 'ан', 'ен', 'ин', 'ал', 'ор', 'уш', 'ец', 'як', 'им', 'ар', 'ош'];
const ENDINGS = ['ов', 'ев', 'ин', 'ский', 'цкий', 'ич', 'енко', 'ян', 'идзе', 'ых', 'ая'];
const GIVEN = ['Иван', 'Петр', 'Сергей', 'Михаил', 'Николай', 'Андрей', 'Борис', 'Виктор', 'Лазарь', 'Евгений', 'Виталий', 'Федор'];
const PATRONYMICS = ['Иванович', 'Петрович', 'Сергеевич', 'Михайлович', 'Дмитриевич', 'Александрович', 'Алексеевич', 'Семенович'];
const ROLES = ['Obkom first secretary', 'regional NKVD representative', 'technical director of the Urals Mining Trust',
  'chairman of the Oblast’ Executive Committee', 'member of the OGPU', 'director of Uralmash', 'Politbiuro member'];
const AFFILIATIONS = ['Obkom', 'NKVD', 'OGPU', 'VSNKh', 'Politbiuro', 'Sovnarkom', 'Glavmetall'];

/** A deterministic roster: the same names every run, so runs compare. */
function roster(size: number): Official[] {
  let seed = 42;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length];
  };
  return Array.from({ length: size }, (_, i) => {
    const cyrillicSurname = pick(STEMS) + pick(MIDDLES) + pick(ENDINGS);
    const cyrillicGiven = `${pick(GIVEN)} ${pick(PATRONYMICS)}`;
    return {
      id: `p${i}`,
      surname: romanize(cyrillicSurname, 'lc'),
      given: romanize(cyrillicGiven, 'lc'),
      cyrillic: `${cyrillicGiven} ${cyrillicSurname}`,
      roles: [{ title: pick(ROLES), years: String(1917 + (i % 37)), affiliation: pick(AFFILIATIONS) }],
    };
  });
}

/** Queries a reader types: other romanizations, Cyrillic, typos, a given name with a surname, role words. */
function queries(officials: Official[]): string[] {
  const sample = (n: number) => officials[(n * 7919) % officials.length];
  const cyrillicSurname = (official: Official) => official.cyrillic.split(' ').pop() ?? '';
  const typo = (word: string) => word.slice(0, 2) + word.slice(3);
  return [
    ...[1, 2, 3].map(n => romanize(cyrillicSurname(sample(n)), 'popular')),
    ...[4, 5].map(n => romanize(cyrillicSurname(sample(n)), 'iso9')),
    ...[6, 7].map(n => cyrillicSurname(sample(n))),
    ...[8, 9, 10].map(n => typo(sample(n).surname)),
    `${sample(11).given?.split(' ')[0]} ${sample(11).surname}`,
    'NKVD Sverdlovsk',
    'Uralmash director',
  ];
}

function cycle<C>(ctx: C & { queries: string[]; next: number }, search: (query: string) => unknown): unknown {
  const query = ctx.queries[ctx.next++ % ctx.queries.length];
  return search(query);
}

function opisSetup(size: number) {
  const officials = roster(size);
  return { search: new OfficialsSearch(officials), queries: queries(officials), next: 0 };
}

function fuseSetup(size: number) {
  const officials = roster(size);
  // Defaults but for the keys, which fuse.js needs for objects: the name fields a reader searches.
  return { fuse: new Fuse(officials, { keys: ['surname', 'given'] }), queries: queries(officials), next: 0 };
}

type OpisContext = ReturnType<typeof opisSetup>;
type FuseContext = ReturnType<typeof fuseSetup>;

/** Fifty articles (the bundled one under fifty names) and the officials file; `edits` counts the edits so far. */
function largeCorpus(cache?: MentionCache) {
  const text = fs.readFileSync(path.join(CORPUS, ARTICLE), 'utf8');
  const files: CorpusFile[] = Array.from({ length: 50 }, (_, i) => ({ file: `article-${i}.md`, text }));
  const officialsFile = { file: 'officials.json', text: fs.readFileSync(path.join(CORPUS, 'officials.json'), 'utf8') };
  if (cache) buildOfficialsIndex(files, officialsFile, cache);
  return { files, officialsFile, cache, edits: 0 };
}

/** One article gets a new sentence, then the index is built again, as after typing in the editor. */
function rebuildAfterEdit(ctx: ReturnType<typeof largeCorpus>) {
  ctx.files[0] = { ...ctx.files[0], text: `${ctx.files[0].text}\nEdit ${++ctx.edits} mentions Kabakov.` };
  return buildOfficialsIndex(ctx.files, ctx.officialsFile, ctx.cache);
}

const REBUILD_ALL = 'officials: 50-article corpus, index rebuilt after an edit, every file searched';
const FUSE_10K = 'officials: query, 10,000 names, plain fuse.js defaults';
const FUSE_100K = 'officials: query, 100,000 names, plain fuse.js defaults';

export const benches = defineBenches(
  {
    name: 'officials: index the bundled corpus (officials file, mentions, search)',
    setup: () => ({
      files: [{ file: ARTICLE, text: fs.readFileSync(path.join(CORPUS, ARTICLE), 'utf8') }],
      officialsFile: { file: 'officials.json', text: fs.readFileSync(path.join(CORPUS, 'officials.json'), 'utf8') },
    }),
    run: ({ files, officialsFile }: { files: { file: string; text: string }[]; officialsFile: { file: string; text: string } }) =>
      buildOfficialsIndex(files, officialsFile),
    target: { metric: 'median', ms: 100 },
  },
  { name: REBUILD_ALL, setup: () => largeCorpus(), run: rebuildAfterEdit, iterations: 15 },
  {
    name: 'officials: 50-article corpus, index rebuilt after an edit, edited file searched',
    setup: () => largeCorpus(new MentionCache()),
    run: rebuildAfterEdit,
    iterations: 15,
    target: { metric: 'median', ms: 50 },
    ratioTo: REBUILD_ALL,
  },
  { name: FUSE_10K, setup: () => fuseSetup(10_000), run: (ctx: FuseContext) => cycle(ctx, q => ctx.fuse.search(q, { limit: 10 })), iterations: 26 },
  {
    name: 'officials: query, 10,000 names, Opis search',
    setup: () => opisSetup(10_000),
    run: (ctx: OpisContext) => cycle(ctx, q => ctx.search.search(q, 10)),
    iterations: 60,
    target: { metric: 'median', ms: 5 },
    ratioTo: FUSE_10K,
  },
  { name: FUSE_100K, setup: () => fuseSetup(100_000), run: (ctx: FuseContext) => cycle(ctx, q => ctx.fuse.search(q, { limit: 10 })), iterations: 13 },
  {
    name: 'officials: query, 100,000 names, Opis search',
    setup: () => opisSetup(100_000),
    run: (ctx: OpisContext) => cycle(ctx, q => ctx.search.search(q, 10)),
    iterations: 60,
    target: { metric: 'median', ms: 30 },
    ratioTo: FUSE_100K,
  },
);
