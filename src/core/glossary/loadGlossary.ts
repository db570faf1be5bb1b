// Loads the glossary shipped with the corpus and, over it, the reader's own glossary file in the workspace.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Glossary, mergeGlossaryEntries } from './glossary';
import { parseGlossary } from './parseGlossary';

export const GLOSSARY_FILE = 'glossary.json';
/** The reader's glossary, relative to a workspace folder (or the current directory for the CLI). */
export const WORKSPACE_GLOSSARY = path.join('.opis', 'glossary.json');

export interface GlossarySource {
  text: string;
  /** The name errors give the file. */
  file: string;
}

export interface LoadedGlossary {
  glossary: Glossary;
  errors: string[];
}

/** Builds the glossary from file texts; the workspace file's entries extend and override the bundled ones. */
export function glossaryFromSources(bundled: GlossarySource, workspace?: GlossarySource): LoadedGlossary {
  const base = parseGlossary(bundled.text, bundled.file);
  const own = workspace ? parseGlossary(workspace.text, workspace.file) : { entries: [], errors: [] };
  return { glossary: new Glossary(mergeGlossaryEntries(base.entries, own.entries)), errors: [...base.errors, ...own.errors] };
}

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
