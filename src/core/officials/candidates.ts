// For an article that has no officials file: proposes the people it names, so mentions and search still
// work. A proposal is a surname (nominative) with whatever initials or given name the text puts before it.
import { inEnglishDictionary as isEnglishWord } from '../text/englishWords';
import { toCyrillic } from '../translit';
import type { Official } from './model';
import { nominativeOf, normalizeApostrophes, splitPossessive } from './names';

/** Endings of Russian (and Georgian, Armenian, Ukrainian) surnames that English words rarely have. */
const SURNAME_ENDING = /(?:ov|ev|in|yn|skii|ich|enko|dze|shvili|ian)$/;
/** The endings safe to trust without initials or a given name: -skii, -ich and -ian are also adjectives,
 * patronymics and nationalities (Rossiiskii, Moiseevich, Ukrainian). */
const BARE_SURNAME_ENDING = /(?:ov|ev|in|yn|enko|dze|shvili)$/;
/** Adjective endings of archival titles (Administrativnykh Organov), which are not given names. */
const ADJECTIVE_ENDING = /(?:ykh|ikh|oi|ogo|nyi|nye|aia)$/;
const NAME = "\\p{Lu}[\\p{Ll}’']+(?![\\p{L}])";
const INITIALS_THEN_NAME = new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}\\p{Ll}?\\.[\\s\\u00a0]?){1,3})(${NAME})`, 'gu');
// A third capitalised word would make the second a patronymic (Lazar Moiseevich Kaganovich).
const GIVEN_THEN_NAME = new RegExp(`(?<![\\p{L}])(${NAME})[\\s\\u00a0]+(${NAME})(?![\\s\\u00a0]+\\p{Lu})`, 'gu');
const FILE_TITLE = new RegExp(`\\b[Dd]elo[\\s\\u00a0]+(?:${NAME}[\\s\\u00a0]+)*?(${NAME})(?=,|[\\s\\u00a0]*(?:[.;(]|$))`, 'gu');
const WORD = new RegExp(NAME, 'gu');


function looksLikeSurname(word: string): boolean {
  return SURNAME_ENDING.test(normalizeApostrophes(word)) && !isEnglishWord(word);
}

interface Proposal {
  surname: string;
  initials?: string;
  given?: string;
  seen: number;
}

/** People the texts name, by the evidence of initials, given names, file titles, or a surname ending seen twice. */
export function proposeOfficials(texts: readonly string[]): Official[] {
  const proposals = new Map<string, Proposal>();
  const note = (word: string, extra: Partial<Proposal> = {}) => {
    const surname = normalizeApostrophes(splitPossessive(word).base);
    const proposal = proposals.get(surname) ?? { surname, seen: 0 };
    proposal.seen++;
    proposal.initials ??= extra.initials;
    proposal.given ??= extra.given;
    proposals.set(surname, proposal);
  };
  const strong = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(INITIALS_THEN_NAME)) {
      if (isEnglishWord(m[2])) continue;
      note(m[2], { initials: m[1].trim().replace(/\.(?=\p{Lu})/gu, '. ') });
      strong.add(normalizeApostrophes(m[2]));
    }
    for (const m of text.matchAll(GIVEN_THEN_NAME)) {
      if (!looksLikeSurname(m[2]) || ADJECTIVE_ENDING.test(m[1]) || isEnglishWord(m[1])) continue;
      note(m[2], { given: m[1] });
      strong.add(normalizeApostrophes(m[2]));
    }
    for (const m of text.matchAll(FILE_TITLE)) {
      const nominative = nominativeOf(m[1]);
      if (!looksLikeSurname(nominative)) continue;
      note(nominative);
      strong.add(nominative);
    }
    for (const m of text.matchAll(WORD)) {
      const { base } = splitPossessive(m[0]);
      if (BARE_SURNAME_ENDING.test(normalizeApostrophes(base)) && !isEnglishWord(base)) note(base);
    }
  }
  const ids = new Set<string>();
  return [...proposals.values()]
    .filter(proposal => strong.has(proposal.surname) || proposal.seen >= 2)
    .sort((a, b) => a.surname.localeCompare(b.surname))
    .map(proposal => toOfficial(proposal, ids));
}

function toOfficial(proposal: Proposal, ids: Set<string>): Official {
  const base = proposal.surname.normalize('NFD').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'person';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  const first = proposal.given ?? proposal.initials;
  return {
    id,
    surname: proposal.surname,
    ...(proposal.given ? { given: proposal.given } : proposal.initials ? { initials: proposal.initials } : {}),
    cyrillic: [...(first ? first.split(' ') : []).map(cyrillicInitial), toCyrillic(proposal.surname)].join(' '),
    roles: [],
    note: 'Proposed from the text: the corpus has no officials file.',
  };
}

/** Cyrillic of a given name or an initial; single letters are converted lower-case so "V." and "I." are not
 * taken for Roman numerals. */
function cyrillicInitial(word: string): string {
  const cyrillic = toCyrillic(word.toLowerCase());
  return cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1);
}
