// Unit tests and benches run the core from source: the word list comes from its package, as in the CLI.
import { useEnglishWordListFile } from '../../src/node/englishWordList';

useEnglishWordListFile();
