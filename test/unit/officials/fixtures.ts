// The bundled officials file and article, read once for the officials tests.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadOfficials } from '../../../src/core/officials/loader';

const corpus = path.resolve(__dirname, '../../../corpus');

export const officialsText = readFileSync(path.join(corpus, 'officials.json'), 'utf8');
export const articleText = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8');
export const bundled = loadOfficials(officialsText).data;
