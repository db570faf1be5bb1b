// The research question and thesis an introduction states, proposed for an article without an argument file. The
// question is the first sentence of the author's own that asks one (ending in `?`) or says what the article asks or
// examines; the thesis the first that says what the article (or its author) argues or shows. Nothing is proposed
// where no sentence says so: a view shows a proposal as one, never as the author's curated argument. A question
// asked inside a quotation, or one of a run the next sentence says others answer (`Is God a trinity? … To answer
// these and similar dogmatic questions, Orthodox Christians relied on their creeds`), is the people's, not the
// article's.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph } from '../document/types';
import { plainToSource } from '../text/plainAlignment';
import type { Steps } from '../text/steps';
import type { OutlineStatement } from './outline';
import { SENTENCE_END } from './outlineParagraphs';
import { sentenceSpans } from './topicSentence';

/** The work speaking of itself: `this article`, `the following examination`, `my study`, `The paper` opening a
 * sentence (elsewhere `the study` may be another's). */
const THE_WORK = String.raw`(?:this|the present|the following|my|our|^the)\s+(?:article|essay|paper|chapter|study|book|analysis|examination|investigation|research|account)`;
const ASKS = new RegExp(
  String.raw`\b${THE_WORK}\b[^.?!]{0,80}?\b(?:asks|examines|explores|investigates|addresses|considers|analy[sz]es|traces|describes|discusses|revisits|poses|focuses on|cent(?:er|re)s on|concentrates on|is concerned with|seeks to (?:answer|explain|understand|establish|determine)|sets out to|aims to)\b` +
    String.raw`|\b(?:I|we)\s+(?:will\s+|shall\s+)?(?:ask|examine|explore|investigate|address|consider|analy[sz]e|trace)\b|\b(?:the|my|our)\s+(?:central|main|key|chief|principal)\s+question\b` +
    String.raw`|\ban?\s+(?:investigation|inquiry|enquiry)\s+(?:as to|into)\s+(?:whether|why|how)\b`,
  'iu',
);
const ARGUES = new RegExp(
  String.raw`\b${THE_WORK}\b[^.?!]{0,120}?\b(?:argues|contends|suggests|shows|demonstrates|maintains|proposes|reveals|finds)\s+that\b` +
    String.raw`|\b(?:I|we)\s+(?:will\s+|shall\s+)?(?:argue|contend|suggest|maintain|propose|show|demonstrate)\s+that\b` +
    String.raw`|\b(?:my|our|the central|the main)\s+(?:argument|contention|thesis|claim)\s+(?:here\s+)?is\b|\bit (?:is|will be) argued\b` +
    // The author's voice set off by commas: `Both liberal and Christian dissidents, I argue, broadly rejected …`.
    String.raw`|,\s*(?:I|we)\s+(?:would\s+|will\s+)?(?:argue|contend|suggest|maintain|submit)\s*,`,
  'iu',
);
/** A direct question of the author's, ending in `?` (a bracket may follow); a closing quote after it ends a
 * quotation's question (`As Lenin asked, “What is to be done?”`), a scare quote before it does not. */
const QUESTION_END = /\?[)\]]*$/u;
const QUOTED = /^[“‘"'«„]/u;
/** A sentence naming the questions before it (`these and similar dogmatic questions`, `this question`)… */
const NAMES_QUESTIONS = /\b(?:these|those|such|this|that|the same)\b(?:\s+[\p{L}-]+){0,3}?\s+questions?\b/iu;
/** … as answered, settled or decided (not `remain unanswered`, `have not been answered`) … */
const ANSWERED = /\b(?:answer(?:s|ed|ing)?|settled?|resolved?|decided?)\b/iu;
const NEGATED = /\b(?:not|never|no one|nobody|unanswered|unresolved|unsettled|remains?|yet to|little|few)\b|n['’]t\b/iu;
/** … by others than the work or its author. */
const AUTHOR = new RegExp(String.raw`\b${THE_WORK}\b|\b(?:we|my|our|here|below|what follows)\b`, 'iu');
const FIRST_PERSON = /\bI\b/u;

interface Sentence {
  text: string;
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** The question and thesis stated in `introduction` (paragraphs of prose, quotations left out), if any; a step
 * for each paragraph and each sentence. */
export function* questionAndThesis(index: DocumentIndex, introduction: readonly Paragraph[]): Steps<{ question: OutlineStatement | null; thesis: OutlineStatement | null }> {
  const own: Sentence[] = [];
  for (const paragraph of introduction) {
    for (const [start, end] of sentenceSpans(paragraph.text)) {
      const text = paragraph.text.slice(start, end);
      if (!QUOTED.test(text)) own.push({ text, paragraph, start, end });
    }
    yield;
  }
  // The first sentence that asks is the question; the first other one that argues, the thesis.
  let question: Sentence | undefined;
  let thesis: Sentence | undefined;
  for (let i = 0; i < own.length; i++) {
    const s = own[i];
    if (isList(s.text) || isHeadline(s, introduction[introduction.indexOf(s.paragraph) + 1])) continue;
    if (!question && ASKS.test(s.text)) question = s;
    else if (!question && QUESTION_END.test(s.text)) {
      // The run of questions this one opens, and the sentence after it in the same paragraph.
      let next = i;
      while (next < own.length && own[next].paragraph === s.paragraph && QUESTION_END.test(own[next].text)) next++;
      if (next < own.length && own[next].paragraph === s.paragraph && answeredByOthers(own[next].text)) i = next - 1;
      else question = s;
    } else if (!thesis && ARGUES.test(s.text)) thesis = s;
    if (question && thesis) break;
    yield;
  }
  return { question: question ? statement(index, question) : null, thesis: thesis ? statement(index, thesis) : null };
}

const LIST_LINE = 40;
/** Lines run on without a stop, most of those inside the sentence short, are a list (a contents' entries up to `5 A Second Serfdom?`),
 * not a sentence; a PDF's lines of prose are longer. */
function isList(text: string): boolean {
  // The first and last lines may hold only a part of the sentence.
  const lines = text.split('\n').filter(line => line.trim() !== '').slice(1, -1);
  return lines.length > 2 && lines.filter(line => line.trim().length < LIST_LINE).length * 3 >= lines.length * 2;
}

/** At most this many words, a question alone on its line over lines that end no sentence (a subtitle, a dateline)… */
const HEADLINE_WORDS = 10;
/** … is a headline the outline did not read as the title (`Why did Stalin exterminate the Ukrainians?` over `The
 * ideological dimension of the genocide` and `29 November, 00:00`), not the author's question. */
function isHeadline(s: Sentence, next: Paragraph | undefined): boolean {
  const text = s.paragraph.text.trim();
  const alone = text === s.text.trim() && !text.includes('\n') && text.split(/\s+/).length <= HEADLINE_WORDS;
  return alone && QUESTION_END.test(text) && next !== undefined && !SENTENCE_END.test(next.text.trim());
}

/** Whether a sentence says the questions before it are answered by others than the work or its author. */
function answeredByOthers(text: string): boolean {
  return NAMES_QUESTIONS.test(text) && ANSWERED.test(text) && !NEGATED.test(text) && !AUTHOR.test(text) && !FIRST_PERSON.test(text);
}

function statement(index: DocumentIndex, s: Sentence): OutlineStatement {
  const source = index.text.slice(s.paragraph.start, s.paragraph.end);
  const at = (plain: number) => s.paragraph.start + (plain === 0 ? 0 : plainToSource(source, s.paragraph.text, plain));
  // The source offset after the plain text before the sentence may sit before markup that opens it (`*`).
  let start = at(s.start);
  while (start < s.paragraph.end && /\s/.test(index.text[start])) start++;
  return { text: s.text.replace(/\s+/g, ' '), range: index.lines.rangeOf(start, at(s.end)) };
}
