// The research question and thesis an introduction states, proposed for an article without an argument file. The
// question is the first sentence of the author's own that asks one (ending in `?`) or says what the article asks or
// examines; the thesis the first that says what the article (or its author) argues or shows. Nothing is proposed
// where no sentence says so: a view shows a proposal as one, never as the author's curated argument.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph } from '../document/types';
import { plainToSource } from '../text/plainAlignment';
import type { Steps } from '../text/steps';
import type { OutlineStatement } from './outline';
import { sentenceSpans } from './topicSentence';

/** The work speaking of itself: `this article`, `the following examination`, `my study`, `The paper` opening a
 * sentence (elsewhere `the study` may be another's). */
const THE_WORK = String.raw`(?:this|the present|the following|my|our|^the)\s+(?:article|essay|paper|chapter|study|book|analysis|examination|investigation|research|account)`;
const ASKS = new RegExp(
  String.raw`\b${THE_WORK}\b[^.?!]{0,80}?\b(?:asks|examines|explores|investigates|addresses|considers|analy[sz]es|traces|describes|discusses|revisits|poses|focuses on|seeks to (?:answer|explain|understand|establish|determine)|sets out to|aims to)\b` +
    String.raw`|\b(?:I|we)\s+(?:will\s+|shall\s+)?(?:ask|examine|explore|investigate|address|consider|analy[sz]e|trace)\b|\b(?:the|my|our)\s+(?:central|main|key|chief|principal)\s+question\b` +
    String.raw`|\ban?\s+(?:investigation|inquiry|enquiry)\s+(?:as to|into)\s+(?:whether|why|how)\b`,
  'iu',
);
const ARGUES = new RegExp(
  String.raw`\b${THE_WORK}\b[^.?!]{0,120}?\b(?:argues|contends|suggests|shows|demonstrates|maintains|proposes|reveals|finds)\s+that\b` +
    String.raw`|\b(?:I|we)\s+(?:will\s+|shall\s+)?(?:argue|contend|suggest|maintain|propose|show|demonstrate)\s+that\b` +
    String.raw`|\b(?:my|our|the central|the main)\s+(?:argument|contention|thesis|claim)\s+(?:here\s+)?is\b|\bit (?:is|will be) argued\b`,
  'iu',
);
/** A direct question of the author's: not a quotation, ending in `?` (a closing quote or bracket may follow). */
const QUESTION_END = /\?[”’"')\]]*$/u;
const QUOTED = /^[“‘"'«„]/u;

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
  for (const s of own) {
    if (!question && (QUESTION_END.test(s.text) || ASKS.test(s.text))) question = s;
    else if (!thesis && ARGUES.test(s.text)) thesis = s;
    if (question && thesis) break;
    yield;
  }
  return { question: question ? statement(index, question) : null, thesis: thesis ? statement(index, thesis) : null };
}

function statement(index: DocumentIndex, s: Sentence): OutlineStatement {
  const source = index.text.slice(s.paragraph.start, s.paragraph.end);
  const at = (plain: number) => s.paragraph.start + (plain === 0 ? 0 : plainToSource(source, s.paragraph.text, plain));
  // The source offset after the plain text before the sentence may sit before markup that opens it (`*`).
  let start = at(s.start);
  while (start < s.paragraph.end && /\s/.test(index.text[start])) start++;
  return { text: s.text.replace(/\s+/g, ' '), range: index.lines.rangeOf(start, at(s.end)) };
}
