/** What makes a question unaskable (too long, control characters, no words): one check for the CLI and `/summit`. */
import type { QuestionType } from '../shared/questionType.ts';

export const MAX_QUESTION_LENGTH = 1000;

/** Checks a question's text; returns the problem in words, or null when it can be asked. */
export function questionProblem(question: string, type: QuestionType | null): string | null {
  if (question.length > MAX_QUESTION_LENGTH) return `question is too long (${question.length} characters, at most ${MAX_QUESTION_LENGTH})`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(question)) return 'question contains control characters';
  if (question.trim() === '') return type ? null : 'question is empty: ask something, or give a type for the bare subcommand';
  if (!/[\p{L}\p{N}]/u.test(question)) return 'question has no words, only punctuation';
  return null;
}
