// The glossary shipped with the corpus and, over it, the reader's own glossary file in the workspace.
import { Glossary, mergeGlossaryEntries } from './glossary';
import { parseGlossarySteps } from './parseGlossary';
import { runSteps, runStepsInTurns, type Steps } from '../text/steps';
import type { GlossaryEntry } from './types';

export const GLOSSARY_FILE = 'glossary.json';
/** The reader's glossary, relative to a workspace folder (or the current directory for the CLI). */
export const WORKSPACE_GLOSSARY = '.opis/glossary.json';

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
  const { entries, errors } = glossaryEntriesFromSources(bundled, workspace);
  return { glossary: new Glossary(entries), errors };
}

interface GlossaryEntries {
  entries: GlossaryEntry[];
  errors: string[];
}

/** The entries glossaryFromSources builds its glossary of, read and checked. */
function glossaryEntriesFromSources(bundled: GlossarySource, workspace?: GlossarySource): GlossaryEntries {
  return runSteps(entriesSteps(bundled, workspace));
}

/** The same entries, read and checked in turns of the event loop (the extension host's start). */
export function glossaryEntriesInTurns(bundled: GlossarySource, workspace?: GlossarySource): Promise<GlossaryEntries> {
  return runStepsInTurns(entriesSteps(bundled, workspace));
}

function* entriesSteps(bundled: GlossarySource, workspace?: GlossarySource): Steps<GlossaryEntries> {
  const base = yield* parseGlossarySteps(bundled.text, bundled.file);
  const own = workspace ? yield* parseGlossarySteps(workspace.text, workspace.file) : { entries: [], errors: [] };
  return { entries: mergeGlossaryEntries(base.entries, own.entries), errors: [...base.errors, ...own.errors] };
}
