// Cyrillic → Latin in each system. The letter tables and their contextual rules come from `iuliia`; only the
// article's own conventions (’ and ’’ for the signs, ë for ё) and English usage are layered on top.
import alaLcAlt from 'iuliia/dist/cjs/generated/ala_lc_alt';
import bgnPcgnAlt from 'iuliia/dist/cjs/generated/bgn_pcgn_alt';
import gost779 from 'iuliia/dist/cjs/generated/gost_779';
import { lazySchema, translate } from './iuliiaParts';
import type { System } from './system';
import { popularForm } from './popular';

// ALA-LC without diacritics, with the typographic apostrophes the article prints (iuliia uses ASCII ' and ").
const LC = lazySchema({ ...alaLcAlt, mapping: { ...alaLcAlt.mapping, ь: '’', ъ: '’’' } });
const BGN = lazySchema(bgnPcgnAlt);
const ISO9 = lazySchema(gost779);

const CYRILLIC_WORD = /[\u0400-\u04FF]+/g;

/** Romanizes every Cyrillic word of `text` in `system`; anything else (Latin, digits, punctuation) is kept. */
export function romanize(text: string, system: System): string {
  switch (system) {
    case 'lc':
      return byWord(text, word => translate(word, LC()));
    case 'bgn':
      return byWord(text, word => withDiaeresis(translate(word, BGN())));
    case 'iso9':
      return byWord(text, word => withDiaeresis(translate(word, ISO9())));
    case 'popular':
      return byWord(text, popularForm);
  }
}

/** Applies `convert` to each Cyrillic word. iuliia capitalises only the first Latin letter of each Cyrillic
 * capital, which keeps acronyms as the literature prints them (ЦК → TsK); its diacritics come decomposed, so
 * the result is composed (NFC) to compare and search like typed text. */
function byWord(text: string, convert: (word: string) => string): string {
  return text.replace(CYRILLIC_WORD, word => convert(word).normalize('NFC'));
}

/** BGN/PCGN and ISO 9 write ё as ë; iuliia leaves the Cyrillic letter in place. */
function withDiaeresis(latin: string): string {
  return latin.replace(/ё/g, 'ë').replace(/Ё/g, 'Ë');
}
