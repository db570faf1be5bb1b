// A run of rendered text as escaped HTML with its marks as spans that name their card.
import { escapeHtml } from '../cards';
import type { CardSet } from './cardSet';
import type { TextMark } from './textMarks';

const CLASS: Record<TextMark['kind'], string> = { officialName: 'opis-official', glossaryTerm: 'opis-glossary', romanizedRussian: 'opis-romanized' };

export function markTextHtml(text: string, marks: readonly TextMark[], cards: CardSet): string {
  let html = '';
  let at = 0;
  for (const mark of marks) {
    const id = cards.idOf(mark.cardKey, mark.cardHtml);
    html += `${escapeHtml(text.slice(at, mark.start))}<span class="opis-mark ${CLASS[mark.kind]}" data-opis-card="${id}">${escapeHtml(text.slice(mark.start, mark.end))}</span>`;
    at = mark.end;
  }
  return html + escapeHtml(text.slice(at));
}
