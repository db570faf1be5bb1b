// The data files of a corpus folder (glossary, transliteration lexicon, officials) and how every host loads them.
export { buildCorpusLexicon, TRANSLIT_LEXICON_FILE, type CorpusLexicon, type CorpusLexiconSources, type SourceFile } from './corpusLexicon';
export { corpusDataFromFiles, loadCorpusData, type CorpusDataFiles, type CorpusDataOptions, type CorpusDataReader, type CorpusFolderData, type DataFile } from './loadCorpusData';
