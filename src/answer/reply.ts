/** What the engine returns for one question: the short answer and the passages that support it. */
import type { Article, Passage } from '../ingest/types.ts';
import type { QuestionType } from '../shared/questionType.ts';

export interface CitedPassage {
  passage: Passage;
  article: Article;
  score: number;
}

export interface AnswerAlternative {
  /** The answer as quoted from a passage. */
  text: string;
  /** `YYYY-MM-DD` when the answer is a date phrase resolved against its article's date. */
  resolvedDate: string | null;
  /** Files of the articles that support this answer. */
  sources: string[];
}

export interface Reply {
  question: string;
  type: QuestionType;
  /** The short answer as shown: a quoted span, plus the resolved date when there is one. */
  answer: string | null;
  /** The best answer and, when the articles disagree, the others with their sources. */
  alternatives: AnswerAlternative[];
  passages: CitedPassage[];
  /** How many articles support the answer (or, with no short answer, hold a shown passage). */
  agreeingSources: number;
}
