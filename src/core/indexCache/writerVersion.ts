// What wrote a persisted index: the version of Opis and a digest of the analysis code the build bundled (set by the
// build), so a build whose analyses changed drops the caches of another even under the same version number.
declare const OPIS_ANALYSIS: string;

export function indexWriter(version: string): string {
  return `${version}+${typeof OPIS_ANALYSIS === 'string' ? OPIS_ANALYSIS : 'source'}`;
}
