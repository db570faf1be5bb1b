// The worker thread that finds the corpus index's parts, so that a library's first indexing never holds the
// extension host's thread (which every extension of the window shares) for more than a message.
import { parentPort } from 'node:worker_threads';
import { AnalysisServer, type AnalyseMessage } from '../core/corpusParts';
import { lowerThisThreadsPriority } from './backgroundPriority';
import { useEnglishWordListFile } from './englishWordList';

lowerThisThreadsPriority();
useEnglishWordListFile();
const server = new AnalysisServer();
// one file at a time, in the order they come: the host sends the next before this one is answered
let answered = Promise.resolve();
parentPort?.on('message', (message: AnalyseMessage) => {
  answered = answered.then(() => server.answer(message)).then(answer => parentPort?.postMessage(answer));
});
