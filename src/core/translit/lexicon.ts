// Known romanized words (from the glossary, the officials list and a curated file) with their Cyrillic where
// known. The converter consults it before its rules; the detector treats its words as Russian.
import { normalizeLatin } from './latinWord';

export interface LexiconEntry {
  /** The word as the literature romanizes it (LC), e.g. "Politbiuro", "oblast’". */
  latin: string;
  /** Its Cyrillic, when the source gives it. */
  cyrillic?: string;
  /** 'stem': also the start of longer words (ekonom → эконом in ekonomicheskii); default 'word'. */
  match?: 'word' | 'stem';
  /** The English word list holds the spelling too, but in this literature it is Russian (oblast, delo). */
  notEnglish?: boolean;
  /** A person's name: capitalised in a text it is Russian even where English has the word (Lazar). */
  name?: boolean;
}

export interface StemMatch {
  /** Length of the matched stem in the normalized word. */
  length: number;
  cyrillic: string;
}

/** Case endings a known word may carry (Kabakova, Obkoma, okruga, raionakh, oblast’iu). */
const CASE_ENDING = /^(?:a|u|e|y|i|om|ym|im|oi|ei|ogo|omu|ov|ev|ami|akh|iam|iakh|ia|iu)$/;

/** The nominative forms a (lower-case) word may be a case form of, longest first: okruga → okrug, oblasti →
 * oblast, oblast’. */
export function caseStems(lower: string): string[] {
  const stems: string[] = [];
  for (let cut = 1; cut <= 4 && cut < lower.length - 2; cut++) {
    if (!CASE_ENDING.test(lower.slice(-cut))) continue;
    const stem = lower.slice(0, -cut);
    stems.push(stem, stem + '’');
  }
  return stems;
}

export class Lexicon {
  static readonly empty = new Lexicon([]);

  private readonly words = new Map<string, string | undefined>();
  private readonly stems = new Map<string, string>();
  private readonly notEnglish = new Set<string>();
  private readonly names = new Set<string>();
  /** Words with a sign by their spelling without it (mat → mat’), null where two words share that spelling. */
  private readonly unsigned = new Map<string, string | null>();
  private readonly stemLengths: number[];

  constructor(entries: Iterable<LexiconEntry>) {
    for (const entry of entries) {
      const key = normalizeLatin(entry.latin.trim());
      if (!key) continue;
      if (entry.notEnglish) this.notEnglish.add(key);
      if (entry.name) this.names.add(key);
      if (entry.match === 'stem') {
        if (entry.cyrillic) this.stems.set(key, entry.cyrillic.toLowerCase());
      } else if (entry.cyrillic || !this.words.has(key)) {
        this.words.set(key, entry.cyrillic?.toLowerCase());
      }
    }
    for (const key of this.words.keys()) {
      const bare = key.replace(/’/g, '');
      if (bare !== key) this.unsigned.set(bare, this.unsigned.has(bare) ? null : key);
    }
    this.stemLengths = [...new Set([...this.stems.keys()].map(k => k.length))].sort((a, b) => b - a);
  }

  /** The one known word with a sign that this spelling (normalized, without signs) writes without it: popular
   * spellings drop the signs (mat for mat’, stati for stat’i). Not a word the lexicon has as written. */
  signedKey(normalized: string): string | undefined {
    if (this.words.has(normalized)) return undefined;
    return this.unsigned.get(normalized) ?? undefined;
  }

  /** Whether the word (any case, any sign spelling) is a known romanized word. */
  has(word: string): boolean {
    return this.words.has(normalizeLatin(word));
  }

  /** `has` for a word already normalized (normalizeLatin), as hot loops hold it. */
  hasNormalized(key: string): boolean {
    return this.words.has(key);
  }

  /** Whether the word is Russian even though the English word list holds it: so are its case forms (kolkhozy,
   * which English dictionaries also list, is колхозы). */
  isNotEnglish(word: string): boolean {
    const key = normalizeLatin(word);
    return this.notEnglish.has(key) || caseStems(key).some(stem => this.notEnglish.has(stem));
  }

  /** Whether the word is a known person's name. */
  isName(word: string): boolean {
    return this.names.has(normalizeLatin(word));
  }

  /** Lower-case Cyrillic of a known word, if the lexicon has it. */
  cyrillic(word: string): string | undefined {
    return this.words.get(normalizeLatin(word));
  }

  /** The known word this one is a case form of, as a stem for the rules to finish (raionakh → район + akh). */
  inflection(normalized: string): StemMatch | undefined {
    for (const form of caseStems(normalized)) {
      const cyrillic = this.words.get(form);
      if (!cyrillic) continue;
      // A final й or ь goes back to the rules with the ending, which merge them (kraia → кра + ia → края;
      // oblasti → област + i).
      const soft = /[йь]$/.test(cyrillic) && /[i’]$/.test(form);
      const written = normalized.startsWith(form);
      if (!written && !soft) continue;
      const ending = normalized.slice(written ? form.length : form.length - 1);
      // A name with -ov or -ev is a surname (Lazarev, Mikhailov), not a case of the name; and an ending never
      // splits LC's ia or iu (Istoriia is not Istorii + a).
      if (this.names.has(form) && /^[oe]v$/.test(ending)) continue;
      if (written && !soft && form.endsWith('i') && /^[au]/.test(ending)) continue;
      // A spelling without the soft sign (Lazar for Лазарь) leaves it to the ending (Lazaria: Лазаря).
      if (written && !soft && cyrillic.endsWith('ь')) return { length: form.length, cyrillic: cyrillic.slice(0, -1) };
      return { length: written && !soft ? form.length : form.length - 1, cyrillic: soft ? cyrillic.slice(0, -1) : cyrillic };
    }
    return undefined;
  }

  /** The longest known stem that begins the (normalized) word and is shorter than it. */
  stem(normalized: string): StemMatch | undefined {
    for (const length of this.stemLengths) {
      if (length >= normalized.length) continue;
      const cyrillic = this.stems.get(normalized.slice(0, length));
      if (cyrillic) return { length, cyrillic };
    }
    return undefined;
  }
}
