/** The kinds of question the bot answers, as the `/summit` subcommands name them. */
export const QUESTION_TYPES = ['who', 'when', 'where', 'why', 'what', 'how'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Whether a value (a subcommand, a JSON field) names one of the question types. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}
