// Where an article's curated argument lives. Beside the article, either `<article name>.argument.json`
// (e.g. `harris.argument.json` for `harris.md`) or an `argument.json` whose `article` field names the
// article's file — the first suits a folder of many articles, the second a corpus folder with one.
import { isRecord, parseJson } from '../data/jsonData';
import { parseArgument, type ArgumentLoad } from './loadArgument';

export type ReadText = (fileName: string) => Promise<string | undefined>;

export interface FoundArgument {
  /** File name of the argument file, in the article's folder. */
  file: string;
  text: string;
  load: ArgumentLoad;
}

export const SHARED_ARGUMENT_FILE = 'argument.json';

export function argumentFileNames(articleFileName: string): string[] {
  return [`${articleFileName.replace(/\.md$/i, '')}.argument.json`, SHARED_ARGUMENT_FILE];
}

/** The `article` a possibly invalid argument file names, if it names one at all. */
function namedArticle(text: string): string | undefined {
  const parsed = parseJson(text);
  const article = parsed.ok && isRecord(parsed.value) ? parsed.value.article : undefined;
  return typeof article === 'string' ? article : undefined;
}

/**
 * Finds and loads the argument of `articleFileName`, reading sibling files through `read` (undefined when a
 * file does not exist). A shared `argument.json` naming another article is not this article's; a malformed
 * file that may be this article's is returned with its errors.
 */
export async function findArgument(articleFileName: string, read: ReadText): Promise<FoundArgument | undefined> {
  for (const file of argumentFileNames(articleFileName)) {
    const text = await read(file);
    if (text === undefined) continue;
    const named = namedArticle(text);
    if (file === SHARED_ARGUMENT_FILE && named !== undefined && named !== articleFileName) continue;
    const load = parseArgument(text, file);
    if (load.ok && named !== articleFileName) {
      const message = `names "${named}", not "${articleFileName}"`;
      return { file, text, load: { ok: false, problems: [{ file, path: ['article'], message }] } };
    }
    return { file, text, load };
  }
  return undefined;
}
