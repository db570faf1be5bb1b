// The Markdown preview's Opis layer: marks in rendered text and the cards they show.
export { CardSet } from './cardSet';
export { markTextHtml } from './markTextHtml';
export { textMarks, type MarkKinds, type TextMark } from './textMarks';
