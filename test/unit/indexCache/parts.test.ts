// What the features keep per file in the persisted index, on the bundled article: each part survives JSON as it
// was found, reads back as the same answer, and the four together, saved, stay under 30 % of the file's size.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions, fileNoteFindings, isNoteFindings, noteFindings } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { gzipLines } from '../../../src/core/indexCache/gzip';
import { sourcesOfIndex } from '../../../src/core/sources';
import { findFileMentions, isFileMentionsRecord, packMentions, unpackMentions } from '../../../src/core/officials/fileMentions';
import { loadOfficials } from '../../../src/core/officials/loader';
import { MentionCache } from '../../../src/core/officials/corpusIndex';
import { MentionFinder } from '../../../src/core/officials/mentions';
import { isSpellingsRecord, spellingsFromRecord, spellingsOf, spellingsToRecord } from '../../../src/core/translit';
import { loadGlossary } from '../../../src/node/loadGlossary';

const corpus = path.join(__dirname, '..', '..', '..', 'corpus');
const text = readFileSync(path.join(corpus, 'harris-dual-subordination.md'), 'utf8');
const { glossary } = loadGlossary(corpus);
const officials = loadOfficials(readFileSync(path.join(corpus, 'officials.json'), 'utf8')).data.officials;
const throughJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('index parts', () => {
  it('note findings of a file are those of its index, and read back from JSON', async () => {
    const index = buildDocumentIndex(text);
    const expected = noteFindings(index, analyseDocumentNotes(index, archivalOptions(glossary)), s => glossary.archive(s) !== undefined);
    const found = await fileNoteFindings(text, glossary);
    assert.deepEqual(found, expected);
    const back = throughJson(found);
    assert.ok(isNoteFindings(back));
    assert.deepEqual(back, expected);
    assert.equal(isNoteFindings([{ message: 'x', code: 'c', range: { start: { line: 'a' } } }]), false);
  });

  it('spellings read back from JSON count as the spellings found', () => {
    const spellings = spellingsOf(text);
    assert.ok(spellings.size > 50, `${spellings.size} words`);
    const record = spellingsToRecord(spellings);
    assert.ok([...record].every(ch => ch.charCodeAt(0) <= 0xff), 'Latin-1 only: one byte a character in memory');
    assert.ok([...spellings.values()].some(forms => [...forms.keys()].some(form => form.includes('’'))), 'the article has spellings with ’');
    const back = throughJson(record);
    assert.ok(isSpellingsRecord(back));
    assert.deepEqual(spellingsFromRecord(back), spellings);
    assert.equal(isSpellingsRecord([['oblast', [['oblast', 2]]]]), false, 'the arrays of an older index');
    for (const damaged of ['oblast\toblast', 'oblast\toblast\t0', 'oblast\toblast\t2\tobl', 'oblast\t\t2', 'oblast\toblast\t2\n', 'oblast\toblasť\t1', 'oblast\toblas\x7f01\t1']) {
      assert.equal(isSpellingsRecord(damaged), false, JSON.stringify(damaged));
    }
    const escaped = 'oblast\toblast\t2\toblas\x7f0165\t1\nobkom\tobkom\t3';
    assert.ok(isSpellingsRecord(escaped));
    assert.deepEqual(spellingsFromRecord(escaped).get('oblast'), new Map([['oblast', 2], ['oblasť', 1]]));
  });

  it('mentions read back from JSON are those the corpus index finds', () => {
    const record = findFileMentions(new MentionFinder(officials), text);
    assert.ok(record.mentions.length > 20, `${record.mentions.length} mentions`);
    const cache = new MentionCache();
    cache.prepare(officials, [{ file: 'a.md' }]);
    const direct = cache.find('a.md', text);
    const back = throughJson(record);
    assert.ok(isFileMentionsRecord(back));
    assert.deepEqual(back.mentions.map(m => ({ ...m, file: 'a.md' })), direct);
    assert.equal(isFileMentionsRecord({ mentions: [{ officialId: 1 }] }), false);
    assert.deepEqual(unpackMentions(throughJson(packMentions(record))), record);
    assert.equal(unpackMentions([['stalin', 5, 2, 0, 0, 0, 0, 5, 0, 2, 'Stalin']]), undefined, 'ends before it starts');
    assert.equal(unpackMentions([['stalin', 0, 6, 0, 0, 0, 0, 0, 0, 6]]), undefined, 'without its words (an older index)');
    assert.equal(unpackMentions([['stalin', 0, 6, 0, 0, 0]]), undefined, 'without its lines (an older index)');
    assert.equal(unpackMentions([['stalin', 0, 6, 0, 0, 0, 3, 0, 1, 6, 'Stalin']]), undefined, 'lines out of order');
  });

  it('the four parts of the article, saved, take under 30 % of its size', async () => {
    const parts = [await fileNoteFindings(text, glossary), sourcesOfIndex(buildDocumentIndex(text), glossary), spellingsToRecord(spellingsOf(text)), packMentions(findFileMentions(new MentionFinder(officials), text))];
    const bytes = (await gzipLines(parts.map(part => JSON.stringify(part)), async () => undefined)).length;
    const ratio = bytes / Buffer.byteLength(text);
    console.log(`      parts of the article saved: ${bytes} bytes, ${(ratio * 100).toFixed(1)} %`);
    assert.ok(ratio < 0.3, `parts ${bytes} bytes saved, ${(ratio * 100).toFixed(1)} % of the article`);
  });
});
