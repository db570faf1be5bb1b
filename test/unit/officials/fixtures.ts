// The bundled officials file and article, read once for the officials tests.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Glossary } from '../../../src/core/glossary';
import { loadOfficials } from '../../../src/core/officials/loader';

const corpus = path.resolve(__dirname, '../../../corpus');

export const officialsText = readFileSync(path.join(corpus, 'officials.json'), 'utf8');
export const articleText = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8');
export const bundled = loadOfficials(officialsText).data;
/** The bundled glossary: the organs, places and terms that name no person. */
export const bundledGlossary = new Glossary((JSON.parse(readFileSync(path.join(corpus, 'glossary.json'), 'utf8')) as { entries: ConstructorParameters<typeof Glossary>[0] }).entries);
