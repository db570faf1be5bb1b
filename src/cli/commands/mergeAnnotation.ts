// `opis merge-annotation <base> <ours> <theirs>`: the merge driver `opis git-setup` configures for annotation
// files. Git gives the common ancestor, our version and theirs as temporary files and takes the result from
// <ours>; exit 0 tells git the file is merged. A conflict is written as a document keeping both versions (the
// store shows them to choose one), so git never leaves markers inside JSON. Git does not call a driver when
// one side deleted the file and the other edited it: it leaves the edited file in place, which the store reads.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mergeAnnotationFiles, type MergeInput } from '../../core/annotations';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { UsageError, type CliCommand } from '../command';
import { readArgs } from '../args';

export const mergeAnnotationCommand: CliCommand = {
  name: 'merge-annotation',
  summary: 'merge two versions of an annotation file for git, keeping both when both sides changed it (see git-setup)',
  usage: 'opis merge-annotation <base> <ours> <theirs>   (the result is written into <ours>)',
  async run(args, io) {
    const { positionals: files } = readArgs(args, {});
    if (files.length !== 3) throw new UsageError('give the base, our and their versions, as git names them (%O %A %B)');
    const [base, ours, theirs] = await Promise.all(files.map(async (name): Promise<MergeInput> => ({ bytes: await fs.readFile(path.resolve(io.cwd, name)), file: name })));
    const merged = mergeAnnotationFiles(base, ours, theirs);
    // A side that is not an annotation file cannot be merged by meaning: git then reports a conflict as usual.
    if (!merged.ok) throw new Error(`${merged.error}; left to git as a conflict`);
    await nodeStoreFileSystem.replace(path.resolve(io.cwd, ours.file), new TextEncoder().encode(merged.text));
    if (merged.conflict) io.stderr('opis merge-annotation: both sides changed one annotation; both versions are kept for you to choose\n');
    return 0;
  },
};
