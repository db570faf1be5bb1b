// A digest of the analysis code (every file of src/core), which the build gives the bundles as OPIS_ANALYSIS: the
// persisted index of one build is not served by another whose analyses differ (see src/core/indexCache/writerVersion.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export function analysisDigest(root) {
  const dir = path.join(root, 'src', 'core');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.ts')).sort()) {
    hash.update(`${file.split(path.sep).join('/')}\0`).update(readFileSync(path.join(dir, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
