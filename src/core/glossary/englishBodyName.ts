// A state body named in English by its kind and field, as English scholarship writes one the glossary has no entry for
// (People's Commissariat of Tank Industry, Ministry of Medium Machine Building, State Committee for Science and
// Technology): the kind read, the field as written, an inference. Without this, "Ministry" was read as the romanized
// plural of ministr (ministry, министры) and its field as an untranslated Russian word.
import { BODY_KINDS } from './compoundParts';
import type { PartsReading } from './readByParts';

const KINDS: readonly [RegExp, (typeof BODY_KINDS)[keyof typeof BODY_KINDS]][] = [
  [/^people[’']?s commissariats?$/iu, BODY_KINDS.commissariat],
  [/^ministr(?:y|ies)$/iu, BODY_KINDS.ministry],
  [/^state committees?$/iu, BODY_KINDS.stateCommittee],
  [/^(?:main|chief) (?:administration|directorate)s?$/iu, BODY_KINDS.mainAdministration],
];

/** The kind, of or for (which no romanized Russian field begins with), and a field of Latin words (Tank Industry, the
 * aviation industry). */
const NAME = /^(\S+(?: \S+)?) (of|for) ([A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*)$/u;

export function readEnglishBodyName(written: string): PartsReading | undefined {
  const [, head, linking, field] = NAME.exec(written.trim().replace(/\s+/gu, ' ')) ?? [];
  const kind = head && KINDS.find(([pattern]) => pattern.test(head))?.[1];
  if (!kind || !field) return undefined;
  return {
    term: written.trim(),
    inferred: 'read by its parts',
    parts: [
      { written: head, word: kind.word, cyrillic: kind.cyrillic, english: kind.english },
      { written: field, word: field, cyrillic: '—', english: `${linking} ${field}` },
    ],
    expansion: kind.word,
    english: `${kind.english} ${linking} ${field} (an English name read by the body's kind, the field as written)`,
  };
}
