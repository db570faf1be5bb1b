// Opis: Find Official… — a QuickPick searched as you type (any romanization, Cyrillic, typos, role words);
// choosing a person lists their mentions with a line of context, and choosing a mention reveals it.
import * as vscode from 'vscode';
import type { FileMention } from '../../core/officials/corpusIndex';
import { fullName, roleSummary, type Official } from '../../core/officials/model';
import type { OfficialsStore } from './officialsStore';
import { revealMention } from './revealMention';

export const FIND_OFFICIAL_COMMAND = 'opis.findOfficial';

export interface OfficialPickItem extends vscode.QuickPickItem {
  official: Official;
  /** [start, end) ranges of the label that matched the query. */
  highlights: [number, number][];
}

interface MentionPickItem extends vscode.QuickPickItem {
  mention: FileMention;
}

const LIMIT = 50;

function personItem(store: OfficialsStore, official: Official, highlights: [number, number][], spelling?: string): OfficialPickItem {
  const count = store.index?.mentionsOf(official.id).length ?? 0;
  return {
    label: fullName(official),
    // the spelling the query matched, where VS Code's own matching can highlight the typed characters
    description: spelling ? `${spelling} · ${roleSummary(official)}` : roleSummary(official),
    detail: `${official.cyrillic} · ${count} mention${count === 1 ? '' : 's'}`,
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
  return index.search.search(query, LIMIT).results.map(result => personItem(store, result.official, result.highlights, result.spelling));
}

async function pickMention(store: OfficialsStore, official: Official): Promise<void> {
  const mentions = store.index?.mentionsOf(official.id) ?? [];
  if (mentions.length === 0) {
    void vscode.window.showInformationMessage(`Opis: ${fullName(official)} is not mentioned in the open corpus.`);
    return;
  }
  const items: MentionPickItem[] = mentions.map(mention => ({
    label: store.contextOf(mention),
    description: `${mention.file}:${mention.range.start.line + 1}`,
    mention,
  }));
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
  quickPick.title = 'Find Official';
  quickPick.placeholder = 'Name in any spelling or in Cyrillic, or a role (e.g. Yezhov, Берия, NKVD Sverdlovsk)';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  const refresh = () => {
    quickPick.items = officialItems(store, quickPick.value);
  };
  const subscriptions = [
    quickPick.onDidChangeValue(refresh),
    store.onDidChange(refresh),
    quickPick.onDidAccept(() => {
      const [chosen] = quickPick.selectedItems;
      quickPick.hide();
      if (chosen) void pickMention(store, chosen.official);
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
