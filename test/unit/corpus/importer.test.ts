import * as assert from 'node:assert/strict';
import { importRawArticle, ImportError } from '../../../src/core/corpus/importer';
import { MISSING_NOTE_TEXT } from '../../../src/core/corpus/missingNote';
import { bodyLines, FRAME, italic, marker, notes, quadrupled, titleBlock } from './rawLayout';
import { syntheticRaw } from './syntheticArticle';

/** Full printed lines of about the same width, so a short line stands out as a paragraph end. */
const FULL = [
  'The committees had grown out of the food detachments of the Civil War. Their members',
  'were local men who knew which villages had hidden stores and which had nothing left.',
  'They were paid from the provincial budget, and their secretaries were named locally',
  'rather than by the commissariat. Their loyalty ran to the province before the centre.',
];

/** An article around `raw` (a page body followed by its notes); returns the Markdown after the title. */
function body(raw: string): string {
  const markdown = importRawArticle(titleBlock('A. AUTHOR', 'A TITLE') + raw);
  return markdown.slice(markdown.indexOf('\n\n', markdown.indexOf('\n# ')) + 2);
}

describe('corpus importer', () => {
  it('writes front matter with the title and author the title block gives, then the title', () => {
    const markdown = importRawArticle(titleBlock('JANE DOE', 'THE GRAIN QUESTION', 'IN THE VOLGA PROVINCES', '1921-1923') + bodyLines(...FULL, 'In the Volga the grain ran out.' + marker(1)) + FRAME + notes(['1. A note.']));
    assert.ok(markdown.startsWith('---\ntitle: The grain question in the Volga provinces, 1921-1923\nauthor: Jane Doe\n---\n\n# The grain question in the Volga provinces, 1921-1923\n\n'));
  });

  it('reflows printed lines into paragraphs, ending one where a line is visibly short', () => {
    const md = body(bodyLines(...FULL, 'Nobody noticed.', ...FULL, 'The end came.' + marker(1)) + FRAME + notes(['1. A note.']));
    const paragraphs = md.split('\n\n').filter(p => !p.startsWith('[^'));
    assert.deepEqual(paragraphs, [`${FULL.join(' ')} Nobody noticed.`, `${FULL.join(' ')} The end came.[^1]`]);
  });

  it('turns stand-alone markers, glued markers and lost markers into references where they stood', () => {
    const md = body(
      bodyLines(FULL[0] + marker(1) + ' were', FULL[1].replace('nothing left.', 'nothing left.2'), FULL[2]) +
        '\n  ' + FULL[3] +
        '\n\n' +
        bodyLines('from 6.5 million to 2 million rubles by 1935.4 Then it stopped.') +
        FRAME +
        notes(['1. One.'], ['2. Two.'], ['3. Three.'], ['4. Four.']),
    );
    assert.match(md, /Civil War\. Their members\[\^1\] were were local/);
    assert.match(md, /nothing left\.\[\^2\] They were paid/);
    assert.match(md, /named locally\[\^3\] rather than/);
    assert.match(md, /from 6\.5 million to 2 million rubles by 1935\.\[\^4\] Then it stopped\./);
  });

  it('starts a paragraph where a marker was lost before a line that begins with one space', () => {
    const md = body(bodyLines(...FULL, 'It was over.') + '\n A new paragraph begins here and carries on to the end of the line.' + FRAME + notes(['1. One.']));
    assert.match(md, /It was over\.\[\^1\]\n\nA new paragraph begins here/);
  });

  it('reads decoded headings as sections, and a framed heading does not make what follows italic', () => {
    const md = body(bodyLines(...FULL) + marker(1) + notes(['1. One.']) + '\n ' + quadrupled('OGPU and the plan') + FRAME + bodyLines(...FULL));
    assert.match(md, /\n\n## OGPU and the plan\n\nThe committees had grown/);
    assert.doesNotMatch(md, /\*The committees/);
  });

  it('keeps italic runs, joining a run cut mid-word and spacing a run that began a printed line', () => {
    const md = body(
      bodyLines(FULL[0] + ' In' + FRAME + 'Smolensk under Soviet rule' + FRAME + ', Merle Fainsod, the local ' + italic('Obkom') + ' and its', FULL[2], FULL[3] + marker(1)) +
        FRAME +
        notes(['1. Robert Conquest, ' + FRAME + 'Inside Stalin’s secret polic' + FRAME + 'e (Stanford, 1985): ix; ' + FRAME + 'Ibid' + FRAME + '., l. 2.']),
    );
    assert.match(md, /Their members In \*Smolensk under Soviet rule\*, Merle Fainsod, the local \*Obkom\* and its/);
    assert.match(md, /\[\^1\]: Robert Conquest, \*Inside Stalin’s secret police\* \(Stanford, 1985\): ix; \*Ibid\*\., l\. 2\./);
  });

  it('sets indented quotations as block quotes', () => {
    const md = body(bodyLines(...FULL, 'He wrote:') + '\n\n“We cannot go on like this,\nhe said, and nobody answered.”' + marker(1) + bodyLines(...FULL) + FRAME + notes(['1. One.']));
    assert.match(md, /He wrote:\n\n> “We cannot go on like this, he said, and nobody answered\.”\[\^1\]\n\nThe committees/);
  });

  it('puts the conclusion after a thematic break where the print has a lone star', () => {
    const md = body(bodyLines(...FULL, 'The end.', '*', ...FULL, 'Fin.' + marker(1)) + FRAME + notes(['1. One.']));
    assert.match(md, /The end\.\n\n\* \* \*\n\nThe committees/);
  });

  it('gathers note texts in order: carried over after the next page’s own notes, look-alike numbers kept', () => {
    const md = body(
      bodyLines(...FULL.slice(0, 2), 'Two notes here.' + marker(1) + ' And' + marker(2)) +
        FRAME +
        notes(['1. GASO, f. 1, op. 2, d. 9, ll. 10-', '12. These are the minutes.'], ['2. The second note runs on to']) +
        '\n ' + FULL[2] + marker(3) + FRAME +
        notes(['3. The third note.']) +
        '\n\n' +
        notes(['the next page, after that page’s own notes.']),
    );
    assert.match(md, /\[\^1\]: GASO, f\. 1, op\. 2, d\. 9, ll\. 10-12\. These are the minutes\.\n\n\[\^2\]: The second note runs on to the next page, after that page’s own notes\.\n\n\[\^3\]: The third note\.\n$/);
  });

  it('writes a definition saying the text is missing when a marker has no note text', () => {
    const md = body(bodyLines(...FULL, 'One.' + marker(1) + ' Two.' + marker(2)) + FRAME + notes(['1. One.']));
    assert.match(md, new RegExp(`\\[\\^2\\]: ${MISSING_NOTE_TEXT.replace(/\./g, '\\.')}\\n$`));
  });

  it('leaves no residue: no U+FFFD, no quadrupled letters, no bare numbers', () => {
    const md = body(bodyLines(...FULL, 'A.\uFFFDI. Busygin left.' + marker(1)) + FRAME + notes(['1. G.\uFFFDA. Unpelev.']));
    assert.match(md, /A\. I\. Busygin left\.\[\^1\]/);
    assert.match(md, /\[\^1\]: G\. A\. Unpelev\./);
    assert.doesNotMatch(md, /\uFFFD|^\d+$/m);
  });

  it('imports a whole synthetic article in the same layout', () => {
    assert.equal(importRawArticle(syntheticRaw), SYNTHETIC_MARKDOWN);
  });

  describe('bad input', () => {
    it('refuses empty input', () => {
      assert.throws(() => importRawArticle('  \n\n'), (e: Error) => e instanceof ImportError && /empty/.test(e.message));
    });

    it('refuses binary input', () => {
      assert.throws(() => importRawArticle('PK\u0003\u0004\u0000\u0000abc'), (e: Error) => e instanceof ImportError && /binary/.test(e.message));
    });

    it('refuses text that is not an extraction in this layout', () => {
      const prose = 'An ordinary text file.\nIts lines follow each other\nwith no empty line between them,\nas in any README.\n\nA second paragraph.\n';
      assert.throws(() => importRawArticle(prose), (e: Error) => e instanceof ImportError && /layout/.test(e.message));
      assert.throws(() => importRawArticle(bodyLines(...FULL)), (e: Error) => e instanceof ImportError && /footnote/.test(e.message));
    });
  });
});

const SYNTHETIC_MARKDOWN = `---
title: The grain question? The provincial committees and the Volga famine, 1921-1923
author: Jane Q. Doe
---

# The grain question? The provincial committees and the Volga famine, 1921-1923

Who decided how much grain a province owed in the famine years? Few existing studies of the requisitioning campaigns examine the committees that set the quotas locally. This is all the more striking given that most of the grain was collected by them in[^1] the districts, far from any inspector sent out by the commissariat in Moscow. In the study by Smith, *Hunger on the Volga*, the committees appear as obedient tools of the centre. The documents of the provincial archives in Samara and Saratov suggest another story. In the first famine winter the committee secretaries hid grain from the collectors.[^2]

## The committees and the “centre”

The committees had grown out of the food detachments of the Civil War. Their members were local men who knew which villages had hidden stores and which had nothing left. They were paid from the provincial budget, and their secretaries were named by the *gubkom*, not by the commissariat. Their loyalty ran to the province before it ran to Moscow. When the centre raised the quota for the autumn of 1921 from 6.5 million to 8 million poods, the committees answered with a flood of reports on crop failure.[^3] They also sent a delegation to Moscow, which returned with a smaller quota and a warning.[^4] The warning was read aloud at a closed meeting of the committee in November 1921:

> “We can no longer pretend that the quota is fulfilled when half the district is eating bark. The commissariat must be told the truth, whatever it costs us.”[^5]

Nobody was punished for the report, and by the spring the committee had become bolder. It sent fewer and fewer figures to the centre, and more of them were false. By 1923 its secretary boasted that Moscow knew only what the committee told it.[^6]

The quotas of that year were the lowest of the decade, and the committee kept them so until the end of the year 1923.[^7] Nobody in Moscow noticed it for a long time.

* * *

The grain question shows that the famine years were not only a time of central terror but also of provincial self-defence, led by the committees with A. B. Petrov.[^8]

[^1]: Compare the figures in *Statisticheskii ezhegodnik* (Moscow, 1924): 12-14.

[^2]: GASO, f. 1, op. 2, d. 3, ll. 4-5.

[^3]: GASO, f. 1, op. 2, d. 7, l. 7.

[^4]: GASO, f. 1, op. 2, d. 9, ll. 10-12. These are the minutes of the delegation.

[^5]: Ibid., l. 14. The speaker compared the quota with the grain that was actually collected in the province.

[^6]: Ibid., l. 15.

[^7]: GASO, f. 1, op. 2, d. 11, l. 2.

[^8]: ${MISSING_NOTE_TEXT}
`;
