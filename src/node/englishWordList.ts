// The English word list from a file: beside the bundle, where the build copies it (parsing 3 MB as code would cost
// every activation half a second), or from its package when running from source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setEnglishWordList } from '../core/text/englishWords';

/** Set by the build: the list's file name beside the bundle. Undefined when running from source. */
declare const OPIS_WORD_LIST: string | undefined;

export function useEnglishWordListFile(): void {
  setEnglishWordList(() => {
    const file = typeof OPIS_WORD_LIST === 'string' ? path.join(__dirname, OPIS_WORD_LIST) : require.resolve('an-array-of-english-words');
    return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
  });
}
