// The citation reader's first notes cost tens of milliseconds each while its code and patterns are compiled: the
// bundled article's first note took 80 ms alone, then 2 ms. The host reads short notes of each kind first, one per
// turn, so that no article's first note holds its thread; the command line reads notes as they come.
import { turn } from '../text/eventLoop';
import type { ArchivalOptions } from './archival';
import { resolveNotes } from './resolve';

const SAMPLES = [
  'Ibid.',
  'Ibid., p. 4.',
  'Op. cit., p. 5.',
  'See above, n. 3.',
  'RGASPI, f. 17, op. 3, d. 677, l. 4.',
  'GARF f. R-5446 op. 1 d. 12 ll. 4-5ob.',
  'РГАСПИ. Ф. 17. Оп. 3. Д. 677. Л. 4.',
  'Там же. С. 5.',
  'Harris, p. 4.',
  'J. Harris, Urals (Ithaca, 1999).',
  'J. Harris, The Great Urals (Ithaca, 1999), p. 4.',
  'Pravda, 12 May 1937, p. 2.',
  'B. A. Starkov, “Gosudarstvo”, Voprosy istorii, 1 (1990): 4.',
  'Ю. Жуков, Иной Сталин (Москва, 2003), с. 4.',
];

let warming: Promise<void> | undefined;

/** Once per process: the code is compiled then, whatever glossary later folders bring. */
export function warmCitationReaderInTurns(options: ArchivalOptions): Promise<void> {
  warming ??= (async () => {
    for (const text of SAMPLES) {
      await turn();
      resolveNotes([{ label: 'warm-up', text }], options);
    }
  })();
  return warming;
}
