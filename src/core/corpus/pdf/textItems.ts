// What a PDF reader gives the layout reasoning: each page's text items with their place and font. Coordinates
// are PDF points from the page's lower left corner; `y` is the baseline.

export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text's height on the page). */
  size: number;
  italic: boolean;
  bold: boolean;
}

export interface PdfPage {
  items: PdfTextItem[];
  /** The page's right edge in the same coordinates, where the reader knows it: a PDF reader gives no text beyond it. */
  right?: number;
}

/**
 * The size most of the text is set in (by characters): the body's. Only the upper half of each page's text is
 * counted, as notes stand at the foot: an article may have more words in its notes than in its text.
 */
export function bodySize(pages: PdfPage[]): number {
  const chars = new Map<number, number>();
  for (const item of pages.flatMap(upperHalf)) {
    const size = Math.round(item.size * 10) / 10;
    chars.set(size, (chars.get(size) ?? 0) + item.text.trim().length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function upperHalf(page: PdfPage): PdfTextItem[] {
  const written = page.items.filter(i => i.text.trim() !== '');
  if (written.length === 0) return [];
  const middle = (Math.min(...written.map(i => i.y)) + Math.max(...written.map(i => i.y))) / 2;
  return written.filter(i => i.y >= middle);
}
