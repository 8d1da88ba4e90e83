/** The JSON contract of `ask --json` (issue "Ingest ..."): other tools read these exact fields. */
import type { Reply } from '../answer/reply.ts';
import { capPassage } from './truncate.ts';

export interface JsonPassage {
  source: string;
  title: string;
  publisher: string | null;
  date: string | null;
  paragraph: number;
  text: string;
  score: number;
  /** The wire the story came from (`AFP`), or null. */
  agency: string | null;
  /** The people its byline names. */
  authors: string[];
  /** Present (true) only when `text` was cut at the passage length cap. */
  truncated?: true;
}

export interface JsonReply {
  question: string;
  type: string;
  answer: string | null;
  passages: JsonPassage[];
  agreeing_sources: number;
}

/** A reply as the `ask --json` contract (README: The JSON reply). */
export function toJsonReply(reply: Reply): JsonReply {
  return {
    question: reply.question,
    type: reply.type,
    answer: reply.answer,
    passages: reply.passages.map(({ passage, article, score }) => {
      const shown = capPassage(passage.text);
      return {
        source: article.source,
        title: article.title,
        publisher: article.publisher,
        date: article.date,
        paragraph: passage.paragraph,
        text: shown.text,
        score: Math.round(score * 1000) / 1000,
        agency: article.agency,
        authors: article.authors,
        ...(shown.truncated ? { truncated: true as const } : {}),
      };
    }),
    agreeing_sources: reply.agreeingSources,
  };
}
