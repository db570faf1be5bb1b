// Finds and reads an annotation store for a command: the store named by path, else the workspace's store
// found from a file or folder, whatever its layout. Reading never copies, migrates or writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AnnotationStore, type AnnotationSet, type StoreLayout } from '../core/annotations';
import { nodeStoreFileSystem } from '../node/nodeStoreFileSystem';
import { layoutAt, workspaceLayout, workspaceRoot } from '../node/openStore';
import type { CliIO } from './command';

/** The store a command names (`named`, relative to the current folder), else the workspace store of `from`. */
export async function storeLayoutFor(named: string | undefined, io: CliIO, from = io.cwd): Promise<StoreLayout> {
  if (named === undefined) return workspaceLayout(await workspaceRoot(path.resolve(io.cwd, from)));
  const file = path.resolve(io.cwd, named);
  if (!(await fs.stat(file).catch(() => undefined))) throw new Error(`no annotation store at ${named}`);
  return layoutAt(file);
}

/** A store's message without the advice meant for an editor, which keeps notes in memory: a command writes or fails. */
export function forCommandLine(message: string): string {
  return message.replace(/: its bytes could not be copied aside, so it is left as it is(?=; notes made meanwhile)/g, '').replace(/; (?:notes made meanwhile|changes) are kept in memory/g, '');
}

/** The store's messages as one sentence, for a command. */
export function storeFailure(messages: readonly string[]): string {
  return messages.map(forCommandLine).join('; ');
}

/** The store's annotations; throws an Error whose message says what is wrong with which file. */
export async function readAnnotationStore(named: string | undefined, io: CliIO, from = io.cwd): Promise<AnnotationSet & { location: string }> {
  const layout = await storeLayoutFor(named, io, from);
  const store = new AnnotationStore(nodeStoreFileSystem, layout, { trusted: false });
  const status = await store.load();
  if (!status.ok) throw new Error(storeFailure(status.messages));
  for (const notice of status.messages) io.stderr(`opis: ${forCommandLine(notice)}\n`);
  return { annotations: [...store.annotations], foreign: [...store.foreign], location: layout.location };
}
