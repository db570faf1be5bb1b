export { ANALYSERS, DOCUMENT_INDEX, isAnalyserName, prepareInput, type AnalyserName, type AnalysisInputs, type InputKind, type PreparedInputs } from './analysers';
export { AnalysisServer, inputId, type AnalysedMessage, type AnalyseMessage } from './analysisServer';
