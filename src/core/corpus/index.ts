// Public API of the corpus tools: the importer (raw extraction → Markdown).
export { importRawArticle, ImportError } from './importer';
export { MISSING_NOTE_TEXT } from './missingNote';
