// Reads an annotation store for a command that only looks at it: the store named by path, else the
// workspace's store found from a file or folder, whatever its layout. Never copies, migrates or writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AnnotationStore, type AnnotationSet } from '../core/annotations';
import { nodeStoreFileSystem } from '../node/nodeStoreFileSystem';
import { layoutAt, workspaceLayout, workspaceRoot } from '../node/openStore';
import type { CliIO } from './command';

/** The store's annotations; throws an Error whose message says what is wrong with which file. */
export async function readAnnotationStore(named: string | undefined, io: CliIO, from = io.cwd): Promise<AnnotationSet & { location: string }> {
  let layout;
  if (named !== undefined) {
    const file = path.resolve(io.cwd, named);
    if (!(await fs.stat(file).catch(() => undefined))) throw new Error(`no annotation store at ${named}`);
    layout = await layoutAt(file);
  } else layout = workspaceLayout(await workspaceRoot(path.resolve(io.cwd, from)));
  const store = new AnnotationStore(nodeStoreFileSystem, layout, { trusted: false });
  const status = await store.load();
  if (!status.ok) throw new Error(status.messages.join('; ').replace(/: its bytes could not be copied aside, so it is left as it is; notes made meanwhile are kept in memory/g, ''));
  for (const notice of status.messages) io.stderr(`opis: ${notice}\n`);
  return { annotations: [...store.annotations], foreign: [...store.foreign], location: layout.location };
}
