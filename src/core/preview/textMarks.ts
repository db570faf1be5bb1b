// The marks of a run of rendered text: officials' names, glossary entries (archive sigla, citation
// abbreviations, Soviet terms) and romanized-Russian words, each with the card it shows. Where two overlap the
// more specific wins, as in the editor's highlighting.
import { glossaryCard, glossaryCardHtml, officialCard, officialCardHtml, romanizedCardHtml } from '../cards';
import { detectRomanized, mostSpecific, toCyrillic, type HighlightKind, type TextSources } from '../translit';

/** Which kinds of mark to make (the opis.highlight.* settings). */
export interface MarkKinds {
  romanized: boolean;
  glossaryTerms: boolean;
  officials: boolean;
}

export interface TextMark {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Names the card: the same entry, official or word gets the same key. */
  cardKey: string;
  /** The card as escaped HTML. */
  cardHtml: () => string;
}

type Found = Omit<TextMark, 'kind'>;

/**
 * The marks of the runs of text rendered before, per corpus data: a document rendered again after an edit is mostly
 * the same runs, and only the changed ones are read again. Bounded by the characters it keeps; the runs not met
 * for longest go first.
 */
export class TextMarksCache {
  private readonly bySources = new WeakMap<TextSources, { runs: Map<string, TextMark[]>; chars: number }>();

  constructor(private readonly maxChars = 2_000_000) {}

  marks(text: string, sources: TextSources, kinds: MarkKinds): TextMark[] {
    let kept = this.bySources.get(sources);
    if (!kept) this.bySources.set(sources, (kept = { runs: new Map(), chars: 0 }));
    const { runs } = kept;
    const key = `${Number(kinds.romanized)}${Number(kinds.glossaryTerms)}${Number(kinds.officials)}${text}`;
    let found = runs.get(key);
    if (found) {
      // met again: it goes last, so the least recently met are dropped first
      runs.delete(key);
      runs.set(key, found);
      return found;
    }
    found = textMarks(text, sources, kinds);
    runs.set(key, found);
    kept.chars += key.length;
    for (const oldest of runs.keys()) {
      if (kept.chars <= this.maxChars || oldest === key) break;
      runs.delete(oldest);
      kept.chars -= oldest.length;
    }
    return found;
  }
}

export function textMarks(text: string, sources: TextSources, kinds: MarkKinds): TextMark[] {
  const officials = kinds.officials ? sources.officials : undefined;
  const spans: Partial<Record<HighlightKind, Found[]>> = {
    officialName: (officials?.find(text) ?? []).flatMap(m => {
      const official = officials?.official(m.officialId);
      return official ? [{ start: m.start, end: m.end, cardKey: `official:${m.officialId}`, cardHtml: () => officialCardHtml(officialCard(official)) }] : [];
    }),
    glossaryTerm: kinds.glossaryTerms
      ? sources.glossary.findAll(text).map(m => ({ start: m.start, end: m.end, cardKey: `glossary:${m.entry.term}`, cardHtml: () => glossaryCardHtml(glossaryCard(m.entry)) }))
      : [],
    romanizedRussian: kinds.romanized
      ? detectRomanized(text, { lexicon: sources.lexicon }).map(w => {
          const cyrillic = toCyrillic(w.text, sources.lexicon);
          return { start: w.start, end: w.end, cardKey: `romanized:${w.text}`, cardHtml: () => romanizedCardHtml({ word: w.text, cyrillic }) };
        })
      : [],
  };
  return mostSpecific(spans);
}
