// A short article invented for the tests, in the layout of the raw extraction: a first page with stand-alone
// markers and italic runs; a second with a framed heading, glued markers, a quotation and lost markers; a
// last page whose notes follow the body directly, with the rest of a note carried over from the page before,
// a line that only looks like a new note, and a marker whose note text is lost.
import { bodyLines, FRAME, italic, marker, notes, quadrupled, titleBlock } from './rawLayout';

const page1 =
  titleBlock('JANE Q. DOE', 'THE GRAIN QUESTION?', 'THE PROVINCIAL COMMITTEES', 'AND THE VOLGA FAMINE', '1921-1923') +
  bodyLines(
    'Who decided how much grain a province owed in the famine years? Few existing studies',
    'of the requisitioning campaigns examine the committees that set the quotas locally.',
    'This is all the more striking given that most of the grain was collected by them in' + marker(1) + ' the',
    'districts, far from any inspector sent out by the commissariat in Moscow. In the study',
    'by Smith, ' + italic('Hunger on the Volga') + ', the committees appear as obedient tools of the centre.',
    'The documents of the provincial archives in Samara and Saratov suggest another story.',
    'In the first famine winter the committee secretaries hid grain from the collectors.' + marker(2),
  ) +
  FRAME +
  notes(
    ['1. Compare the figures in ' + FRAME + 'Statisticheskii ezhegodnik' + FRAME + ' (Moscow, 1924): 12-14.'],
    ['2. GASO, f. 1, op. 2, d. 3, ll. 4-5.'],
  ) +
  '\n';

const page2 =
  ' ' + quadrupled('The committees and the “centre”') +
  FRAME +
  bodyLines(
    'The committees had grown out of the food detachments of the Civil War. Their members',
    'were local men who knew which villages had hidden stores and which had nothing left.',
    'They were paid from the provincial budget, and their secretaries were named by the' + italic('gubkom') +
      ', not by the commissariat. Their loyalty ran to the province before it ran to Moscow.',
    'When the centre raised the quota for the autumn of 1921 from 6.5 million to 8 million',
    'poods, the committees answered with a flood of reports on crop failure.3 They also',
    'sent a delegation to Moscow, which returned with a smaller quota and a warning.4',
    'The warning was read aloud at a closed meeting of the committee in November 1921:',
  ) +
  '\n\n' +
  '“We can no longer pretend that the quota is fulfilled when half the district is\n' +
  'eating bark. The commissariat must be told the truth, whatever it costs us.”' +
  '\n  Nobody was punished for the report, and by the spring the committee had become' +
  '\n\n' +
  bodyLines('bolder. It sent fewer and fewer figures to the centre, and more of them were false.') +
  '\n\n' +
  notes(
    ['3. GASO, f. 1, op. 2, d. 7, l. 7.'],
    ['4. GASO, f. 1, op. 2, d. 9, ll. 10-', '12. These are the minutes of the delegation.'],
    ['5. Ibid., l. 14. The speaker compared the quota with'],
  ) +
  '\n';

const page3 =
  ' By 1923 its secretary boasted that Moscow knew only what the committee told it.' +
  '\n The quotas of that year were the lowest of the decade, and the committee kept them' +
  '\n\n' +
  bodyLines('so until the end of the year 1923.7 Nobody in Moscow noticed it for a long time.') +
  '\n\n*\n\n' +
  bodyLines(
    'The grain question shows that the famine years were not only a time of central terror',
    'but also of provincial self-defence, led by the committees with A.\uFFFDB. Petrov.8',
  ) +
  '\n' +
  notes([' 6. Ibid., l. 15.'], ['7. GASO, f. 1, op. 2, d. 11, l. 2.']) +
  '\n\n' +
  notes(['the grain that was actually collected in the province.']) +
  '\n';

/** The raw text; note 8 has a marker but no text. */
export const syntheticRaw = page1 + page2 + page3;
