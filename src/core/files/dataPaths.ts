// Paths and files named by data (an annotation's source, a file a workspace setting points to) are read only
// inside their workspace folder, only when they are regular files, and only up to a size: a cloned corpus may
// name `../../.ssh/id_rsa`, a link to it, or `/dev/zero`.

/** The path operations of the host: Node's `path` (or `path.posix` for URI paths). */
export interface PathApi {
  isAbsolute(path: string): boolean;
  resolve(...paths: string[]): string;
  relative(from: string, to: string): string;
}

/** POSIX path operations on URI paths, which use `/` on every platform (also in the web host, without Node). */
export const uriPaths: PathApi = {
  isAbsolute: path => path.startsWith('/'),
  resolve: (...paths) => {
    const segments: string[] = [];
    for (const path of paths) {
      if (path.startsWith('/')) segments.length = 0;
      for (const segment of path.split('/')) {
        if (segment === '..') segments.pop();
        else if (segment && segment !== '.') segments.push(segment);
      }
    }
    return `/${segments.join('/')}`;
  },
  relative: (from, to) => {
    const a = uriPaths.resolve(from).split('/').filter(Boolean);
    const b = uriPaths.resolve(to).split('/').filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
  },
};

/** The path `relative` names inside `folder`, or why it may not be used. */
export function resolveInsideFolder(folder: string, relative: string, path: PathApi): { path: string } | { problem: string } {
  if (!relative || relative.includes('\0')) return { problem: `"${relative}" is not a file name` };
  if (path.isAbsolute(relative) || /^[a-z]:/i.test(relative) || relative.startsWith('\\')) return { problem: `${relative} is not relative to the workspace folder` };
  const resolved = path.resolve(folder, relative);
  const inside = path.relative(path.resolve(folder), resolved);
  if (!inside || inside === '..' || inside.startsWith('../') || inside.startsWith('..\\') || path.isAbsolute(inside)) {
    return { problem: `${relative} lies outside the workspace folder` };
  }
  return { path: resolved };
}

/** What a host's stat says of a file, without following a final symbolic link. */
export interface FileFacts {
  isFile: boolean;
  isSymbolicLink: boolean;
  size: number;
}

export const MEGABYTE = 1024 * 1024;

/** Why the file may not be read, as the end of a sentence naming it; undefined when it may. */
export function fileProblem(facts: FileFacts, maxBytes: number): string | undefined {
  if (facts.isSymbolicLink) return 'is a symbolic link, which Opis does not follow';
  if (!facts.isFile) return 'is not a regular file';
  if (facts.size > maxBytes) {
    return `is ${(facts.size / MEGABYTE).toFixed(1)} MB, over the limit of ${Number((maxBytes / MEGABYTE).toFixed(2))} MB (setting opis.files.maxSizeMB)`;
  }
  return undefined;
}
