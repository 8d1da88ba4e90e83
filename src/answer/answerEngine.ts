/** From a question to a reply: type it, find the passages, extract and rank a short answer, or abstain. */
import type { Article } from '../ingest/types.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import { classifyQuestion } from './classifyQuestion.ts';
import { mainEventQuery } from './mainEvent.ts';
import type { QuestionType } from './questionType.ts';
import type { Reply } from './reply.ts';

export const MAX_PASSAGES = 3;

export class AnswerEngine {
  readonly index: PassageIndex;
  readonly mainEvent: string;

  constructor(readonly articles: readonly Article[]) {
    this.index = new PassageIndex(articles);
    this.mainEvent = mainEventQuery(articles);
  }

  ask(question: string, given?: QuestionType | null, limit = MAX_PASSAGES): Reply {
    const text = question.trim();
    const { type } = classifyQuestion(text, given);
    const bare = text === '';
    if (bare && !given) return { question: text, type, answer: null, alternatives: [], passages: [], agreeingSources: 0 };
    const hits = this.index.find(bare ? this.mainEvent : text, { type, limit });
    const passages = hits.map((h) => ({ passage: h.passage, article: h.article, score: h.score }));
    const agreeingSources = new Set(passages.map((p) => p.article.source)).size;
    return { question: text, type, answer: null, alternatives: [], passages, agreeingSources };
  }
}
