// Opis: Find Official… — a QuickPick searched as you type (any romanization, Cyrillic, typos, role words);
// choosing a person lists their mentions with a line of context, and choosing a mention reveals it. The historians
// the corpus cites are found too, as authors.
import * as vscode from 'vscode';
import type { FileMention } from '../../core/officials/corpusIndex';
import { AUTHOR_ROLE } from '../../core/officials/authors';
import { fullName, roleSummary, type Official } from '../../core/officials/model';
import { nearestOfficials } from '../../core/officials/nearest';
import type { OfficialsStore } from './officialsStore';
import { revealMention } from './revealMention';

export const FIND_OFFICIAL_COMMAND = 'opis.findOfficial';

export interface OfficialPickItem extends vscode.QuickPickItem {
  official: Official;
  /** A historian the corpus cites rather than a person of its story. */
  author?: true;
  /** [start, end) ranges of the label that matched the query. */
  highlights: [number, number][];
}

interface MentionPickItem extends vscode.QuickPickItem {
  mention: FileMention;
}

const LIMIT = 50;
const TITLE = 'Find Official';

const NEAREST = 5;

function personItem(store: OfficialsStore, official: Official, highlights: [number, number][], spelling?: string): OfficialPickItem {
  const count = store.index?.mentionsOf(official.id).length ?? 0;
  return {
    label: fullName(official),
    // the spelling the query matched, where VS Code's own matching can highlight the typed characters
    description: [spelling, roleSummary(official)].filter(Boolean).join(' · '),
    detail: [official.cyrillic, `${count} mention${count === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
    // Our matches span romanizations VS Code's own filter does not know: keep every result visible.
    alwaysShow: true,
    official,
    highlights,
  };
}

/** The people for a query, best first; the first by surname for an empty one (a roster may hold a million). */
export function officialItems(store: OfficialsStore, query: string): OfficialPickItem[] {
  const index = store.index;
  if (!index) return [];
  if (!query.trim()) {
    return index.search.browse(LIMIT).map(official => personItem(store, official, []));
  }
  // a weak match of a name spelled otherwise is no finding (see nearestItems)
  const people = index.search.search(query, LIMIT).results.filter(result => !result.near).map(result => ({ score: result.score, item: personItem(store, result.official, result.highlights, result.spelling) }));
  const authors = index.authorSearch.search(query, LIMIT).results.filter(result => !result.near).map(result => ({ score: result.score, item: authorItem(result.official, result.highlights) }));
  // A stable sort: at equal scores the people of the story come before the historians.
  return [...people, ...authors].sort((a, b) => b.score - a.score).slice(0, LIMIT).map(({ item }) => item);
}

function authorItem(author: Official, highlights: [number, number][]): OfficialPickItem {
  return { label: fullName(author), description: AUTHOR_ROLE, detail: 'Choose to search the corpus for the works cited', alwaysShow: true, official: author, highlights, author: true };
}

/** The places the corpus names an author, in the Search view: their works are cited in notes the index does not keep. */
async function searchAuthor(author: Official): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.findInFiles', { query: author.surname, filesToInclude: '**/*.md', matchWholeWord: true, isCaseSensitive: true, triggerSearch: true });
}

/** For a query that found no one: the people whose names come nearest, each marked as a suggestion. */
export function nearestItems(store: OfficialsStore, query: string): OfficialPickItem[] {
  const index = store.index;
  if (!index) return [];
  // the search's weak matches first, then the names nearest by edit distance
  const near = index.search.search(query, NEAREST).results.filter(result => result.near).map(result => result.official);
  const nearest = [...new Set([...near, ...nearestOfficials(index.officials, query, NEAREST)])].slice(0, NEAREST);
  return nearest.map(official => personItem(store, official, [], 'nearest name'));
}

async function pickMention(store: OfficialsStore, official: Official): Promise<void> {
  const mentions = store.index?.mentionsOf(official.id) ?? [];
  if (mentions.length === 0) {
    void vscode.window.showInformationMessage(`Opis: ${fullName(official)} is not mentioned in the open corpus.`);
    return;
  }
  // the lines are read from the files while the picker shows that it is busy
  const items = (async () => {
    const list: MentionPickItem[] = [];
    for (const mention of mentions) list.push({ label: await store.contextOf(mention), description: `${mention.file}:${mention.line + 1}`, mention });
    return list;
  })();
  const chosen = await vscode.window.showQuickPick(items, {
    title: `${fullName(official)} — ${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
    placeHolder: 'Choose a mention to reveal it',
    matchOnDescription: true,
  });
  if (chosen) await revealMention(store, chosen.mention);
}

/** Shows the picker and returns it at once, so callers (and tests) can type into it and watch its items. */
export function showFindOfficial(store: OfficialsStore, initial = ''): vscode.QuickPick<OfficialPickItem> {
  const quickPick = vscode.window.createQuickPick<OfficialPickItem>();
  quickPick.placeholder = 'Name in any spelling or in Cyrillic, or a role (e.g. Yezhov, Берия, NKVD Sverdlovsk)';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  const refresh = () => {
    const query = quickPick.value;
    const found = officialItems(store, query);
    const nearest = found.length === 0 && query.trim() && store.index ? nearestItems(store, query) : [];
    quickPick.items = found.length > 0 ? found : nearest;
    quickPick.title = found.length > 0 || !query.trim() || !store.index ? TITLE : `${TITLE}: no official matches “${query.trim()}”${nearest.length > 0 ? '; the nearest names' : ', and no name is near it'}`;
  };
  const subscriptions = [
    quickPick.onDidChangeValue(refresh),
    store.onDidChange(refresh),
    quickPick.onDidAccept(() => {
      const [chosen] = quickPick.selectedItems;
      quickPick.hide();
      if (chosen) void (chosen.author ? searchAuthor(chosen.official) : pickMention(store, chosen.official));
    }),
    quickPick.onDidHide(() => {
      subscriptions.forEach(subscription => subscription.dispose());
      quickPick.dispose();
    }),
  ];
  quickPick.value = initial;
  quickPick.busy = store.index === undefined;
  void store.ready.then(() => {
    quickPick.busy = false;
    refresh();
  });
  refresh();
  quickPick.show();
  return quickPick;
}

export function registerFindOfficial(store: OfficialsStore): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_OFFICIAL_COMMAND, (initial?: unknown) => showFindOfficial(store, typeof initial === 'string' ? initial : ''));
}
