// Re-anchoring after an outside edit at the size of a working library: 10,000 annotations over ten generated
// articles, each article edited outside the editor (a paragraph added near the top, a sentence in the middle), set
// against the least any re-anchoring must do, a bare indexOf of every quote in the edited text. An orphan (a passage
// rewritten beyond recognition) is the worst single case: the whole text is searched approximately before giving up,
// hardest when the passage's words remain, as they do when its sentence was only reordered.
import { defineBenches } from './bench';
import { variant } from './generatedCorpus';
import { anchorQuote, quoteAt, type AnchorTarget } from '../src/core/anchoring';

const ARTICLES = 10;
const PER_ARTICLE = 1000;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Passages of 20–200 characters between word boundaries, as a reader selects them. */
function targets(text: string, count: number, seed: number): AnchorTarget[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const start = text.indexOf(' ', Math.floor(next() * (text.length - 300))) + 1;
    const end = Math.max(text.lastIndexOf(' ', start + 20 + Math.floor(next() * 180)), start + 20);
    return quoteAt(text, start, end);
  });
}

function edit(text: string): string {
  const top = text.indexOf('\n\n', 400) + 2;
  const middle = text.indexOf('. ', text.length >> 1) + 2;
  const rewritten = `${text.slice(0, middle)}A sentence added in revision, of ordinary length. ${text.slice(middle)}`;
  return `${rewritten.slice(0, top)}A new opening paragraph, inserted by a later revision of the article.\n\n${rewritten.slice(top)}`;
}

interface Library {
  articles: { text: string; targets: AnchorTarget[] }[];
}

function library(): Library {
  return {
    articles: Array.from({ length: ARTICLES }, (_, i) => {
      const text = variant(i);
      return { text: edit(text), targets: targets(text, PER_ARTICLE, i + 1) };
    }),
  };
}

/** Orphans timed, each once; as many others are anchored first, untimed (see `orphans`). */
const ORPHANS = 40;

/**
 * Passages of the article with their words reversed, in capitals or as written: nothing like them is left in the
 * text, though in the second case their words and most of their trigrams are. Other passages so rewritten come
 * first, for the warm-up: the code is then as a session that has anchored before runs it, and the orphans timed
 * are still new to it.
 */
function orphans(capitals: boolean): { text: string; targets: AnchorTarget[]; next: number } {
  const text = variant(0);
  const rewrite = (exact: string) => exact.split(' ').reverse().join(' ');
  const rewritten = (seed: number) => targets(text, ORPHANS, seed).map(target => ({ ...target, exact: capitals ? rewrite(target.exact).toUpperCase() : rewrite(target.exact) }));
  return { text: edit(text), targets: [...rewritten(199), ...rewritten(99)], next: 0 };
}

const anchorNext = (ctx: ReturnType<typeof orphans>) => anchorQuote(ctx.text, ctx.targets[ctx.next++ % ctx.targets.length]);

const INDEX_OF = 'anchoring: bare indexOf of 10,000 quotes in their edited articles';

export const benches = defineBenches(
  {
    name: INDEX_OF,
    setup: library,
    run: ({ articles }: Library) => {
      let found = 0;
      for (const { text, targets } of articles) for (const target of targets) if (text.indexOf(target.exact) >= 0) found++;
      return found;
    },
    iterations: 15,
  },
  {
    name: 'anchoring: re-anchor 10,000 annotations after an outside edit of their articles',
    setup: library,
    run: ({ articles }: Library) => {
      let anchored = 0;
      for (const { text, targets } of articles) for (const target of targets) if (anchorQuote(text, target).status === 'anchored') anchored++;
      return anchored;
    },
    iterations: 15,
    ratioTo: INDEX_OF,
    maxRatio: 3,
  },
  {
    name: 'anchoring: one orphan in an edited article',
    setup: () => orphans(true),
    run: anchorNext,
    warmups: ORPHANS,
    iterations: ORPHANS,
    target: { metric: 'p95', ms: 2 },
  },
  {
    name: 'anchoring: one orphan whose words remain in another order',
    setup: () => orphans(false),
    run: anchorNext,
    warmups: ORPHANS,
    iterations: ORPHANS,
    target: { metric: 'p95', ms: 2 },
  },
);
