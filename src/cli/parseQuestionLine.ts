/** One line of `ask`'s standard input: plain text, or a JSON object with `question` and `type`. */
import { isQuestionType, QUESTION_TYPES, type QuestionType } from '../shared/questionType.ts';
import { questionProblem } from '../answer/questionProblem.ts';

export interface QuestionRequest {
  question: string;
  /** null: infer the type from the wording. */
  type: QuestionType | null;
}

export type ParsedLine = { ok: true; request: QuestionRequest } | { ok: false; error: string };

/** A line read as JSON: an object or array, or a bare JSON literal (`42`, `null`, `true`) that no one asks as a question. */
const LOOKS_LIKE_JSON = /^(?:[{[]|(?:null|true|false|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$)/;

/** `defaultType` (`--type`) applies to plain lines and to JSON lines whose `type` is absent or null. */
export function parseQuestionLine(line: string, defaultType: QuestionType | null = null): ParsedLine {
  const trimmed = line.trim();
  if (LOOKS_LIKE_JSON.test(trimmed)) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      return { ok: false, error: `malformed JSON: ${(err as Error).message}` };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'expected a JSON object' };
    const record = value as Record<string, unknown>;
    const question = record['question'] ?? '';
    const type = record['type'] ?? defaultType;
    if (typeof question !== 'string') return { ok: false, error: '"question" must be a string' };
    if (type !== null && !isQuestionType(type)) return { ok: false, error: `unknown type ${JSON.stringify(type)}: use one of ${QUESTION_TYPES.join(', ')}` };
    const problem = questionProblem(question, type);
    return problem ? { ok: false, error: problem } : { ok: true, request: { question: question.trim(), type } };
  }
  const problem = questionProblem(line, defaultType);
  return problem ? { ok: false, error: problem } : { ok: true, request: { question: trimmed, type: defaultType } };
}
