// Reads the glossary of the command line from disk: the bundled corpus's and the reader's own `.opis/glossary.json`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GLOSSARY_FILE, WORKSPACE_GLOSSARY, glossaryFromSources, type LoadedGlossary } from '../core/glossary';

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Reads `<corpusDir>/glossary.json` and, when present, `<workspaceDir>/.opis/glossary.json`. */
export function loadGlossary(corpusDir: string, workspaceDir?: string): LoadedGlossary {
  const bundledFile = path.join(corpusDir, GLOSSARY_FILE);
  const bundledText = readOptional(bundledFile);
  const bundled = { text: bundledText ?? '{"version":1,"entries":[]}', file: bundledFile };
  const ownFile = workspaceDir ? path.join(workspaceDir, WORKSPACE_GLOSSARY) : undefined;
  const ownText = ownFile ? readOptional(ownFile) : undefined;
  const loaded = glossaryFromSources(bundled, ownFile && ownText !== undefined ? { text: ownText, file: ownFile } : undefined);
  if (bundledText === undefined) loaded.errors.unshift(`${bundledFile}: not found`);
  return loaded;
}
