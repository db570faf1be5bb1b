// The cards one rendering of the preview uses, each once, with an id the marks point to. They go at the end of
// the document, hidden, as the content of the popover the preview script shows.
import { escapeHtml } from '../cards';

export class CardSet {
  private readonly ids = new Map<string, string>();
  private readonly cards: string[] = [];

  /** The id of the card named `key`, rendering it the first time. */
  idOf(key: string, html: () => string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = `opis-card-${this.ids.size + 1}`;
      this.ids.set(key, id);
      this.cards.push(`<div class="opis-card" id="${escapeHtml(id)}" role="tooltip">${html()}</div>`);
    }
    return id;
  }

  html(): string {
    return this.cards.length ? `<aside class="opis-cards" hidden>${this.cards.join('')}</aside>` : '';
  }
}
