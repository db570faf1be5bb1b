// Lets the archival parser recognise the sigla a glossary knows. One options object per glossary, so the
// per-document analysis cache (keyed by options) is reused.
import type { Glossary } from '../glossary/glossary';
import type { ArchivalOptions } from './archival';

const byGlossary = new WeakMap<Glossary, ArchivalOptions>();

export function archivalOptions(glossary: Glossary): ArchivalOptions {
  let options = byGlossary.get(glossary);
  if (!options) {
    // A former name (TsGAOR) answers with the archive that holds its records now (GARF).
    options = {
      knownArchive: siglum => glossary.archive(siglum)?.now ?? glossary.archive(siglum)?.term,
      otherTerm: word => (glossary.lookup(word)?.kind ?? 'archive') !== 'archive',
    };
    byGlossary.set(glossary, options);
  }
  return options;
}
