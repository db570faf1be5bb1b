// Find Official at the size of a national name index: a seeded roster of 100,000 and 1,000,000 people whose common
// surnames dominate (bench/roster.ts). One keystroke is the search for what has been typed so far, as the picker
// asks it with its own result limit; the empty query shows the first people by surname without sorting everyone.
import { defineBenches } from './bench';
import { roster } from './roster';
import type { Official } from '../src/core/officials/model';
import { OfficialsSearch } from '../src/core/officials/search';

/** The picker's own limit (src/features/officials/findOfficialCommand.ts). */
const PICKER_LIMIT = 50;

/** What a reader types, one keystroke at a time: common and rare surnames, Cyrillic, a name with a given name. */
const TYPED = ['Ivanov Pet', 'Smirnova', 'Кузнецов', 'Mrachkovskii', 'Yezhov', 'Sokolov N', 'Kabakov Ivan', 'Shevchenko'];
/**
 * Typed first, untimed: the figure is a keystroke in a session that has searched before (the code optimised), for
 * names not yet asked for. The picker's first use in a session costs more while the code is being optimised.
 */
const TYPED_BEFORE = ['Petrov Iv', 'Kuzmina', 'Молотов', 'Beriia', 'Volkova S', 'Zhdanov', 'Popov Nik', 'Frinovskii'];
const keystrokes = (names: string[]) => names.flatMap(word => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)).filter(q => q.trim()));
const KEYSTROKES = keystrokes(TYPED);
const KEYSTROKES_BEFORE = keystrokes(TYPED_BEFORE);

interface Typing {
  search: OfficialsSearch;
  next: number;
}

function typing(size: number): Typing {
  return { search: new OfficialsSearch(roster(size)), next: 0 };
}

function keystroke(ctx: Typing) {
  const n = ctx.next++;
  const query = n < KEYSTROKES_BEFORE.length ? KEYSTROKES_BEFORE[n] : KEYSTROKES[(n - KEYSTROKES_BEFORE.length) % KEYSTROKES.length];
  return ctx.search.search(query, PICKER_LIMIT);
}

const SORT_EVERYONE = 'find official: every name of 100,000 sorted by surname';
const collator = new Intl.Collator();

export const benches = defineBenches(
  {
    name: 'find official: index build, 100,000 names',
    setup: () => roster(100_000),
    run: (officials: Official[]) => new OfficialsSearch(officials),
    iterations: 5,
    warmups: 1,
    target: { metric: 'median', ms: 1000 },
  },
  {
    name: 'find official: one keystroke, 100,000 names',
    setup: () => typing(100_000),
    run: keystroke,
    warmups: KEYSTROKES_BEFORE.length,
    iterations: KEYSTROKES.length * 2,
    target: { metric: 'p95', ms: 5 },
  },
  {
    name: 'find official: one keystroke, 1,000,000 names',
    setup: () => typing(1_000_000),
    run: keystroke,
    warmups: KEYSTROKES_BEFORE.length,
    iterations: KEYSTROKES.length,
    target: { metric: 'p95', ms: 30 },
  },
  {
    name: SORT_EVERYONE,
    setup: () => roster(100_000),
    run: (officials: Official[]) => [...officials].sort((a, b) => collator.compare(a.surname, b.surname)),
    iterations: 10,
  },
  {
    name: 'find official: empty query, 100,000 names',
    setup: () => new OfficialsSearch(roster(100_000)),
    run: (search: OfficialsSearch) => search.browse(PICKER_LIMIT),
    iterations: 10,
    ratioTo: SORT_EVERYONE,
    maxRatio: 0.5,
  },
);
