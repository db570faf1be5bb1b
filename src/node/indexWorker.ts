// The worker thread that finds the corpus index's parts, so that a library's first indexing never holds the
// extension host's thread (which every extension of the window shares) for more than a message.
import { parentPort } from 'node:worker_threads';
import { AnalysisServer, type AnalyseMessage } from '../core/corpusParts';
import { useEnglishWordListFile } from './englishWordList';

useEnglishWordListFile();
const server = new AnalysisServer();
parentPort?.on('message', (message: AnalyseMessage) => {
  void server.answer(message).then(answer => parentPort?.postMessage(answer));
});
