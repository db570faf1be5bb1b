// One parse per document version, shared by every feature: indexes are cached by URI and version.
import { buildDocumentIndex, buildDocumentIndexAsync } from './buildIndex';
import type { DocumentIndex } from './documentIndex';

interface Entry {
  version: number;
  index: DocumentIndex;
}

export class DocumentIndexCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, { version: number; promise: Promise<DocumentIndex | undefined> }>();

  constructor(private readonly capacity = 64) {}

  /** The index of exactly this version, if built. */
  get(uri: string, version: number): DocumentIndex | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.version === version ? entry.index : undefined;
  }

  /** The newest index built for the URI, whatever its version (for answering while a rebuild runs). */
  latest(uri: string): Entry | undefined {
    return this.entries.get(uri);
  }

  /** The index of this version, parsed now if needed. */
  obtain(uri: string, version: number, text: () => string): DocumentIndex {
    return this.get(uri, version) ?? this.store(uri, version, buildDocumentIndex(text()));
  }

  /**
   * The index of this version, parsed without blocking the event loop for long. A build for an older version
   * of the same URI stops at its next pause; concurrent requests for one version share one build.
   */
  obtainAsync(uri: string, version: number, text: () => string): Promise<DocumentIndex | undefined> {
    const ready = this.get(uri, version);
    if (ready) return Promise.resolve(ready);
    const running = this.pending.get(uri);
    if (running && running.version === version) return running.promise;
    const promise = buildDocumentIndexAsync(text(), () => this.pending.get(uri)?.version !== version).then(index => {
      if (this.pending.get(uri)?.version === version) this.pending.delete(uri);
      return index && this.store(uri, version, index);
    });
    this.pending.set(uri, { version, promise });
    return promise;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }

  private store(uri: string, version: number, index: DocumentIndex): DocumentIndex {
    const current = this.entries.get(uri);
    if (current && current.version > version) return index;
    this.entries.delete(uri);
    this.entries.set(uri, { version, index });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return index;
  }
}

/** The cache every feature of the extension shares, so a document is parsed once per version. */
export const sharedDocumentIndexCache = new DocumentIndexCache();
