export { ANALYSERS, analysedPart, analyserOf, DOCUMENT_INDEX, folderParts, isAnalyserName, prepareInput, type AnalyserName, type AnalysisInputs, type InputKind, type PartInput, type PreparedInputs } from './analysers';
export { AnalysisServer, inputId, type AnalysedMessage, type AnalyseMessage } from './analysisServer';
