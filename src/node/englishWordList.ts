// The English word list from a file: beside the bundle, where the build copies it (parsing 3 MB as code would cost
// every activation half a second), or from its package when running from source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseStringArrayInSlices, prepareEnglishWordList, setEnglishWordList } from '../core/text/englishWords';

/** Set by the build: the list's file name beside the bundle. Undefined when running from source. */
declare const OPIS_WORD_LIST: string | undefined;

const listFile = () => (typeof OPIS_WORD_LIST === 'string' ? path.join(__dirname, OPIS_WORD_LIST) : require.resolve('an-array-of-english-words'));

export function useEnglishWordListFile(): void {
  setEnglishWordList(() => JSON.parse(fs.readFileSync(listFile(), 'utf8')) as string[]);
}

/** The same, and the list read in the background now, so the first word a feature classifies does not wait for it. */
export function useEnglishWordListFileSoon(): void {
  useEnglishWordListFile();
  // a list that cannot be read here is read, and its failure reported, at the first question
  void prepareEnglishWordList(fs.promises.readFile(listFile(), 'utf8').then(parseStringArrayInSlices)).catch(() => undefined);
}
