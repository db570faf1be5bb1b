// What a folder holds, to show that nothing was written: every entry below it with a hash of a file's bytes or a
// link's target (links are not followed, so a link out of the folder reads nothing outside).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';

export function folderDigest(folder: string): Record<string, string> {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  const digest: Record<string, string> = {};
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(folder, file);
    if (entry.isSymbolicLink()) digest[name] = `link to ${readlinkSync(file)}`;
    else if (entry.isFile()) digest[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
    else digest[name] = entry.isDirectory() ? 'folder' : 'other';
  }
  return Object.fromEntries(Object.entries(digest).sort(([a], [b]) => a.localeCompare(b)));
}
