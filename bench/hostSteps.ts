// How long each feature that answers an opened article holds the extension host's thread in one step, on the
// hostile texts of the load test: the lint, the footnote index with its notes and findings, the highlighting and
// the consistency check of the transliteration analysis, and the Argument view's outline. Each runs in a fresh
// process, as the host meets its first article with the parser's code not yet optimised (the corpus is indexed in
// a worker thread), with the word list, the corpus data, the glossary's patterns compiled and the given names' tables
// made ready first, as the host makes them at start.
// A step is the time between two turns of the event loop (probed on every turn), shown with the processor time the
// process had in it (the time alone grows on a busy machine); the target is 50 ms.
// Usage: node --import tsx bench/hostSteps.ts [input…]   (inputs: refs notes word spaces zw article)
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildOutlineInTurns } from '../src/core/argument';
import { analyseDocumentNotesInTurns, archivalOptions, noteFindings, warmCitationReaderInTurns } from '../src/core/citations';
import { lintMarkdownAsync } from '../src/core/corpus/lint';
import { loadCorpusData } from '../src/core/corpusData';
import { DocumentIndexCache } from '../src/core/document';
import { MentionFinder } from '../src/core/officials/mentions';
import { parseStringArrayInSlices, prepareEnglishWordList } from '../src/core/text/englishWords';
import { LineIndex } from '../src/core/text/range';
import { analyseTextAsync, highlights, inconsistenciesAmong, prepareGivenNamesInTurns, type TextAnalysis } from '../src/core/translit';
import { useEnglishWordListFile } from '../src/node/englishWordList';
import { notes, refs, spacedNote, words } from './hostileTexts';

const TARGET_MS = 50;
const CORPUS = path.join(__dirname, '..', 'corpus');
const article = () => readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');

/** The texts the load test opens or indexes, by name. */
const INPUTS: Record<string, () => string> = {
  refs: () => refs(5000, 5000),
  notes: () => notes(0, 5000),
  word: () => words(200_000, 200_000),
  spaces: () => spacedNote(200_000, 200_000),
  zw: () => article().replace(/(\p{L}{3})(?=\p{L})/gu, '$1\u200B'),
  article,
};

type Feature = (text: string, ready: Ready) => Promise<unknown>;

interface Ready {
  data: Awaited<ReturnType<typeof loadCorpusData>>;
  finder: MentionFinder;
}

/** What each feature does with an opened article, through the core calls its provider makes. */
const FEATURES: Record<string, Feature> = {
  lint: text => lintMarkdownAsync(text),
  footnotes: async (text, { data }) => {
    const index = (await new DocumentIndexCache().obtainAsync('opened', 1, () => text))!;
    const analysis = await analyseDocumentNotesInTurns(index, archivalOptions(data.glossary));
    return noteFindings(index, analysis, siglum => data.glossary.archive(siglum) !== undefined);
  },
  highlighting: async (text, ready) => {
    const { officials, glossary, romanized } = await analysed(text, ready);
    return highlights(text, { officialName: officials, glossaryTerm: glossary, romanizedRussian: romanized });
  },
  consistency: async (text, ready) => {
    const found = inconsistenciesAmong((await analysed(text, ready)).romanized);
    const lines = new LineIndex(text);
    return found.map(f => [lines.positionAt(f.start), lines.positionAt(f.end)]);
  },
  argument: async text => {
    const index = (await new DocumentIndexCache().obtainAsync('opened', 1, () => text))!;
    await analyseDocumentNotesInTurns(index);
    return buildOutlineInTurns(index, undefined);
  },
};

async function analysed(text: string, { data, finder }: Ready): Promise<TextAnalysis> {
  return (await analyseTextAsync(text, { glossary: data.glossary, lexicon: data.lexicon, officials: finder }))!;
}

/** A step: its time, and the processor time the process had in it (the time alone is long on a busy machine). */
interface Step {
  ms: number;
  cpuMs: number;
}

/** The longest step while `work` runs, probing every turn of the event loop. */
async function longestStep(work: () => Promise<unknown>): Promise<Step> {
  let longest: Step = { ms: 0, cpuMs: 0 };
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let running = true;
  const probe = () => {
    const now = performance.now();
    const { user, system } = process.cpuUsage(lastCpu);
    if (now - last > longest.ms) longest = { ms: now - last, cpuMs: (user + system) / 1000 };
    last = now;
    lastCpu = process.cpuUsage();
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  await work();
  running = false;
  probe();
  return longest;
}

/** One feature on one input, in this process: prints the longest step. */
async function measureOne(input: string, feature: string): Promise<void> {
  useEnglishWordListFile();
  const list = require.resolve('an-array-of-english-words');
  await prepareEnglishWordList(fs.readFile(list, 'utf8').then(parseStringArrayInSlices));
  const read = (file: string) => fs.readFile(path.join(CORPUS, file), 'utf8').then(text => ({ text, file, own: false }), () => undefined);
  const data = await loadCorpusData({ own: read, bundled: read }, { trusted: true });
  await data.glossary.compileInTurns();
  // as the host does when it loads the corpus data (features/shared/corpusData.ts)
  await warmCitationReaderInTurns(archivalOptions(data.glossary));
  await prepareGivenNamesInTurns();
  const ready = { data, finder: new MentionFinder(data.officials) };
  const text = INPUTS[input]();
  const { ms, cpuMs } = await longestStep(() => FEATURES[feature](text, ready));
  console.log(`${ms.toFixed(0)}/${cpuMs.toFixed(0)}`);
}

const ONE = '--one';

function main(): void {
  const [flag, input, feature] = process.argv.slice(2);
  if (flag === ONE) {
    void measureOne(input, feature);
    return;
  }
  const inputs = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(INPUTS);
  const names = Object.keys(FEATURES);
  console.log(`longest step: ms / processor ms in it, target ${TARGET_MS} ms\n${'input'.padEnd(8)} ${names.map(n => n.padStart(12)).join(' ')}`);
  let missed = 0;
  for (const name of inputs) {
    const steps = names.map(feature => execFileSync(process.execPath, [...process.execArgv, __filename, ONE, name, feature], { encoding: 'utf8' }).trim());
    missed += steps.filter(step => Number(step.split('/')[0]) > TARGET_MS).length;
    console.log(`${name.padEnd(8)} ${steps.map(step => step.padStart(12)).join(' ')}`);
  }
  process.exitCode = missed ? 1 : 0;
}

main();
