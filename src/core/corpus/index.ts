// Public API of the corpus tools: the importer (raw extraction → Markdown) and the linter.
export { importRawArticle, ImportError } from './importer';
export { lintMarkdown, type CorpusDiagnostic, type LintCode, type Severity } from './lint';
export { fixesFor, type CorpusFix } from './lintFixes';
export { MISSING_NOTE_TEXT } from './missingNote';
