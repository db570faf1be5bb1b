// The romanization systems Opis speaks, named as the CLI and settings name them.

/** lc: the Library of Congress system without diacritics (’ for ь, ’’ for ъ), as English-language scholarship
 * on Soviet history prints it; bgn: BGN/PCGN; iso9: ISO 9:1995; popular: the forms English readers meet in
 * the press (Yezhov, Beria, Zinoviev). */
export type System = 'lc' | 'bgn' | 'iso9' | 'popular';

export const SYSTEMS: readonly System[] = ['lc', 'bgn', 'iso9', 'popular'];
