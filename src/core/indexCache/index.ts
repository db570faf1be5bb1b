export { contentHash } from './contentHash';
export { indexWriter } from './writerVersion';
export { INDEX_FORMAT, IndexCache, RACY_WRITE_MS, type FileStamp, type IndexCacheOptions } from './indexCache';
export { IndexedCorpus, type CorpusSource, type FileWork, type IndexPart, type IndexProgress, type PartWorker, type PortableInput, type PortableRequest } from './indexedCorpus';
